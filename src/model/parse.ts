import schema from '../../article.schema.json' with { type: 'json' };
import type { DEFINITIONS } from './schema.js';
import type { Article, ArticleIssue, ParseResult } from './types.js';
import { LIMITS } from './limits.js';
import { ABSOLUTE_PATTERN, LINK_PATTERN, URL_PATTERN, resolveUrl } from './url.js';

/**
 * The parts of a JSON Schema node the reader understands: exactly what `article.schema.json`
 * (generated from the Valibot source in schema.ts) uses. Reading the published schema at run time
 * means the reader and the contract cannot drift, and no schema library ships in the bundle.
 */
interface Node {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number';
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  const?: unknown;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
}

/** Names of the parts in `$defs`, for {@link parsePart}. */
export type PartName = keyof typeof DEFINITIONS;

/** A copy without prototypes: a polluted Object.prototype can add no keyword and no field. */
const bare = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(bare)
    : value && typeof value === 'object'
      ? Object.assign(
          Object.create(null) as object,
          ...Object.entries(value).map(([k, v]) => ({ [k]: bare(v) })),
        )
      : value;
const root = bare(schema) as Node & { $defs: Record<string, Node> };
const FAIL = Symbol('fail');
const URLS = [URL_PATTERN, LINK_PATTERN, ABSOLUTE_PATTERN].map((r) => r.source);
const DATE_TIME = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d(?::?\d\d)?)$/i;

/** True when Intl accepts the tag: the pattern alone lets through tags such as `en-1`. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Lone surrogates replaced by U+FFFD, as `String#toWellFormed` does. */
export const wellFormed = (text: string) => text.replace(/\p{Cs}/gu, '\uFFFD');

/** A node with its `$ref` followed. */
const deref = (node: Node): Node => (node.$ref ? root.$defs[node.$ref.slice(8)] : node);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * A value quoted for a message; bidi controls are spelled out, so they cannot reorder the message,
 * and C1 controls, which a terminal showing it could act on (JSON escapes only C0).
 */
const show = (value: string) =>
  JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value).replace(
    /[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
const describe = (value: unknown) =>
  typeof value === 'string'
    ? show(value)
    : value === null || typeof value !== 'object'
      ? String(value)
      : Array.isArray(value)
        ? 'a list'
        : 'an object';
const A: Record<string, string> = { string: 'a string', integer: 'an integer', number: 'a number' };

/**
 * Walks the input along the schema, keeping what is valid. A failure inside an optional field or
 * a list item drops just that part (a warning); one that reaches the document is an error. Only
 * fields the schema knows are read, so unknown fields are ignored and the depth of the walk is
 * bounded by the format, whatever the input holds.
 */
class Walker {
  readonly issues: ArticleIssue[] = [];
  private pending: { path: string; detail: string }[] = [];
  /** Entries kept in the body's lists so far (LIMITS.entries). */
  private entries = 0;

  constructor(private readonly base: string | undefined) {}

  walk(node: Node, value: unknown, path: string): unknown {
    node = deref(node);
    if (node.pattern && URLS.includes(node.pattern)) return this.url(node, value, path);
    if (node.oneOf) return this.variant(node.oneOf, value, path);
    if (node.anyOf) return this.union(node.anyOf, value, path);
    if (node.type === 'object') return this.object(node, value, path);
    if (node.type === 'array') return this.array(node, value, path);
    return this.leaf(node, value, path);
  }

  /** Reports the pending failures as warnings: `unit` was left out and the rest goes on. */
  drop(unit: string) {
    // Only the failures inside `unit`: a required field that failed earlier is still an error.
    const inside = ({ path }: { path: string }) =>
      !unit || path === unit || path.startsWith(`${unit}.`) || path.startsWith(`${unit}[`);
    for (const { path, detail } of this.pending.filter(inside)) {
      this.report('warning', path, `${detail} (${path === unit ? 'left out' : `${unit} left out`})`);
    }
    this.pending = this.pending.filter((p) => !inside(p));
  }

  /** Reports the pending failures as errors: the article cannot be rendered. */
  fatal() {
    for (const { path, detail } of this.pending) this.report('error', path, detail);
    this.pending = [];
  }

  report(severity: ArticleIssue['severity'], path: string, detail: string) {
    this.issues.push({ severity, path, message: `${path || 'article'}: ${detail}` });
  }

  private fail(path: string, detail: string): typeof FAIL {
    this.pending.push({ path, detail });
    return FAIL;
  }

  private object(node: Node, value: unknown, path: string): unknown {
    if (!isRecord(value)) return this.fail(path, `must be an object, got ${describe(value)}`);
    // No prototype: a field the article lacks is not found on a polluted Object.prototype.
    const out = Object.create(null) as Record<string, unknown>;
    let failed = false;
    for (const [key, entry] of Object.entries(node.properties!)) {
      const at = path ? `${path}.${key}` : key;
      // Own properties only: a polluted Object.prototype must not supply fields.
      const raw = Object.hasOwn(value, key) ? value[key] : undefined;
      const required = node.required?.includes(key);
      if (raw === undefined) {
        if (required) {
          this.fail(at, 'is required');
          failed = true;
        }
        continue;
      }
      const result = this.walk(entry, raw, at);
      if (result !== FAIL) out[key] = result;
      else if (required) failed = true;
      else this.drop(at);
    }
    return failed ? FAIL : out;
  }

  private array(node: Node, value: unknown, path: string): unknown {
    if (!Array.isArray(value)) return this.fail(path, `must be a list, got ${describe(value)}`);
    let items: unknown[] = value;
    const max = node.maxItems ?? Infinity;
    if (items.length > max) {
      this.report('warning', path, `has ${items.length} items; only the first ${max} are kept`);
      items = items.slice(0, max);
    }
    const out: unknown[] = [];
    // In the body, each entry kept counts towards LIMITS.entries (marks aside: a tag or two each).
    // Past it, whole blocks are left out (never the first), not the rest of a sentence.
    const counts = path.startsWith('body') && !path.endsWith('marks');
    let left = 0;
    items.forEach((item, index) => {
      if (left) return;
      const at = `${path}[${index}]`;
      const result = this.walk(node.items!, item, at);
      if (result === FAIL) this.drop(at);
      else if (path === 'body' && out.length && this.entries >= LIMITS.entries) left = items.length - index;
      else {
        out.push(result);
        if (counts) this.entries++;
      }
    });
    if (left) {
      this.report(
        'warning',
        `${path}[${items.length - left}]`,
        `the body's lists hold over ${LIMITS.entries} entries: this block and the ${left - 1} after it are left out`,
      );
    }
    const min = node.minItems ?? 0;
    if (out.length < min) {
      return this.fail(path, items.length ? 'has no valid items' : `must have at least ${min} item`);
    }
    return out;
  }

  /** One of several object shapes, told apart by a constant (blocks by their `type`). */
  private variant(options: Node[], value: unknown, path: string): unknown {
    const key = Object.keys(options[0].properties!).find((k) => 'const' in options[0].properties![k])!;
    if (!isRecord(value)) return this.fail(path, `must be an object, got ${describe(value)}`);
    const tag = Object.hasOwn(value, key) ? value[key] : undefined;
    const option = options.find((o) => o.properties![key].const === tag);
    if (option) return this.object(option, value, path);
    return this.fail(`${path}.${key}`, tag === undefined ? 'is required' : `unknown ${key} ${describe(tag)}`);
  }

  /** Text or a list of spans: the option whose type matches the value. */
  private union(options: Node[], value: unknown, path: string): unknown {
    const kind = Array.isArray(value) ? 'array' : typeof value;
    const option = options.map(deref).find((o) => o.type === kind);
    if (!option) return this.fail(path, `must be text or a list of spans, got ${describe(value)}`);
    return this.walk(option, value, path);
  }

  private url(node: Node, value: unknown, path: string): unknown {
    if (typeof value !== 'string') return this.fail(path, `must be a URL, got ${describe(value)}`);
    if (value.length > (node.maxLength ?? Infinity)) return this.fail(path, 'is too long for a URL');
    const canonical = node.pattern === ABSOLUTE_PATTERN.source;
    const href = canonical
      ? /^\s*https?:\/\/[^\s/?#]/i.test(value) && resolveUrl(value)
      : resolveUrl(value, this.base, node.pattern === LINK_PATTERN.source);
    if (href) return href;
    // Browsers skip leading spaces and control characters before the scheme.
    const scheme = /^([a-z][a-z\d+.\-\s]*):/i.exec(value.replace(/^[^a-z]+/i, ''))?.[1];
    return this.fail(
      path,
      scheme && !/^https?$/i.test(scheme)
        ? `unsafe URL scheme ${show(`${scheme}:`)} in ${show(value)}`
        : canonical
          ? `must be an absolute http(s) URL, got ${show(value)}`
          : `is not a valid URL: ${show(value)}`,
    );
  }

  private leaf(node: Node, value: unknown, path: string): unknown {
    if ('const' in node)
      return value === node.const
        ? value
        : this.fail(path, `must be ${describe(node.const)}, got ${describe(value)}`);
    if (node.enum) {
      return node.enum.includes(value)
        ? value
        : this.fail(path, `must be one of ${node.enum.map(describe).join(', ')}, got ${describe(value)}`);
    }
    const type = node.type!;
    if (type === 'string') {
      if (typeof value !== 'string') return this.fail(path, `must be a string, got ${describe(value)}`);
      // A lone surrogate (JSON allows "\ud800") is not text: URL encoding and UTF-8 would throw on it.
      let text = wellFormed(value);
      const max = node.maxLength ?? Infinity;
      if (text.length > max) {
        this.report('warning', path, `has ${text.length} characters; cut to ${max}`);
        // Do not split a surrogate pair at the cut.
        text = text.slice(0, /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max);
      }
      if (text.length < (node.minLength ?? 0)) return this.fail(path, 'must not be empty');
      if (node.pattern) {
        // Two patterns: a name's "\S" (not blank) and the language tag's.
        const name = node.pattern === '\\S';
        if (!(new RegExp(node.pattern).test(text) && (name || isLanguageTag(text)))) {
          return this.fail(path, name ? 'must not be blank' : `is not a valid language tag: ${show(text)}`);
        }
      }
      if (node.format === 'date-time' && !(DATE_TIME.test(text) && Date.parse(text) >= -Infinity)) {
        return this.fail(
          path,
          `must be an ISO 8601 date-time such as 2025-08-17T14:30:00Z, got ${show(text)}`,
        );
      }
      return text;
    }
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      (type === 'integer' && !Number.isInteger(value))
    ) {
      return this.fail(path, `must be ${A[type]}, got ${describe(value)}`);
    }
    if (value < (node.minimum ?? -Infinity) || value > (node.maximum ?? Infinity)) {
      return this.fail(path, `must be between ${node.minimum} and ${node.maximum}, got ${value}`);
    }
    return value;
  }
}

const reason = (error: unknown) =>
  `could not be read (${error instanceof Error ? error.message : 'unexpected value'})`;

/**
 * Validates an article JSON value against the format and returns the article it could render,
 * cleaned (unknown fields removed, limits applied, URLs resolved, unsafe URLs neutralised), plus
 * every issue found. It never throws: anything unexpected becomes an error issue.
 *
 * @example
 * const { article, issues } = parseArticle(await response.json());
 * if (!article) console.error(issues);
 */
export function parseArticle(input: unknown): ParseResult {
  const result = readArticle(input);
  // Plain objects for the caller; the elements render the prototype-free ones.
  return { ...result, article: structuredClone(result.article) };
}

/**
 * @internal {@link parseArticle} for the elements: the article's objects have no prototype, so a
 * field it lacks cannot come from a polluted `Object.prototype` when a template reads it.
 */
export function readArticle(input: unknown): ParseResult {
  let walker = new Walker(undefined);
  try {
    if (!isRecord(input)) {
      walker.report('error', '', `must be a JSON object, got ${describe(input)}`);
      return { article: null, issues: walker.issues };
    }
    const url = Object.hasOwn(input, 'url') ? input.url : undefined;
    walker = new Walker(typeof url === 'string' ? resolveUrl(url) : undefined);
    const article = walker.walk(root, input, '');
    if (article === FAIL) walker.fatal();
    return { article: article === FAIL ? null : (article as Article), issues: walker.issues };
  } catch (error) {
    walker.report('error', '', reason(error));
    return { article: null, issues: walker.issues };
  }
}

/**
 * Validates one part of an article (`Quote`, `Inline`, `RelatedItem`...; the names of the JSON
 * Schema's `$defs`, or a list of them as `[name]`) the way {@link parseArticle} would inside a
 * document: for elements given data directly. Relative URLs resolve against `base`.
 */
export function parsePart<T>(
  part: PartName | [PartName],
  input: unknown,
  path: string,
  base: string | undefined = globalThis.document?.baseURI,
): { value: T | undefined; issues: ArticleIssue[] } {
  const result = readPart<T>(part, input, path, base);
  return { ...result, value: structuredClone(result.value) };
}

/** @internal {@link parsePart} for the elements, without prototypes (see {@link readArticle}). */
export function readPart<T>(
  part: PartName | [PartName],
  input: unknown,
  path: string,
  base: string | undefined = globalThis.document?.baseURI,
): { value: T | undefined; issues: ArticleIssue[] } {
  const walker = new Walker(base);
  try {
    const node: Node = Array.isArray(part)
      ? { type: 'array', items: { $ref: `#/$defs/${part[0]}` }, maxItems: LIMITS.items }
      : { $ref: `#/$defs/${part}` };
    const value = walker.walk(node, input, path);
    if (value === FAIL) walker.drop(path);
    return { value: value === FAIL ? undefined : (value as T), issues: walker.issues };
  } catch (error) {
    walker.report('warning', path, reason(error));
    return { value: undefined, issues: walker.issues };
  }
}
