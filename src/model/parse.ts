import * as v from 'valibot';
import { ArticleSchema, CanonicalUrl, LinkUrl, WebUrl } from './schema.js';
import type { Article, ArticleIssue, ParseResult } from './types.js';
import { resolveUrl } from './url.js';

/** The parts of a Valibot schema object the walker reads. */
interface Node {
  type: string;
  entries?: Record<string, Node>;
  item?: Node;
  wrapped?: Node;
  options?: Node[];
  key?: string;
  literal?: unknown;
  pipe?: (Node & { requirement?: unknown })[];
}

const FAIL = Symbol('fail');
type Result = unknown;

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** The requirement of a pipe action (`max_length`, `min_length`), looking into nested pipes. */
function requirement(node: Node, type: string): number | undefined {
  for (const action of node.pipe ?? []) {
    const found = action.type === type ? action.requirement : action !== node && requirement(action, type);
    if (typeof found === 'number') return found;
  }
  return undefined;
}
const quote = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

/**
 * Walks the input along the article schema, keeping what is valid. A failure inside an optional
 * field or a list item drops just that part (a warning); one that reaches the document is an
 * error. Only fields the schema knows are read, so unknown fields are ignored and nesting depth
 * is bounded by the format, whatever the input holds.
 */
class Walker {
  readonly issues: ArticleIssue[] = [];
  private pending: { path: string; detail: string }[] = [];

  constructor(private readonly base: string | undefined) {}

  walk(node: Node, value: unknown, path: string): Result {
    if (node === (WebUrl as unknown) || node === (LinkUrl as unknown) || node === (CanonicalUrl as unknown)) {
      return this.url(node, value, path);
    }
    switch (node.type) {
      case 'object':
        return this.object(node, value, path);
      case 'array':
        return this.array(node, value, path);
      case 'variant':
        return this.variant(node, value, path);
      case 'union':
        return this.union(node, value, path);
      default:
        return this.leaf(node, value, path);
    }
  }

  /** Reports the pending failures as warnings: `unit` was left out and the rest goes on. */
  drop(unit: string) {
    for (const { path, detail } of this.pending) {
      const note = path === unit ? 'left out' : `${unit} left out`;
      this.report('warning', path, `${detail} (${note})`);
    }
    this.pending = [];
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

  private object(node: Node, value: unknown, path: string): Result {
    if (!isRecord(value)) return this.fail(path, `must be an object, got ${describe(value)}`);
    const out: Record<string, unknown> = {};
    let failed = false;
    for (const [key, entry] of Object.entries(node.entries!)) {
      const at = path ? `${path}.${key}` : key;
      // Own properties only: a polluted Object.prototype must not supply fields.
      const raw = Object.hasOwn(value, key) ? value[key] : undefined;
      const optional = entry.type === 'optional';
      if (raw === undefined) {
        if (!optional) {
          this.fail(at, 'is required');
          failed = true;
        }
        continue;
      }
      const result = this.walk(optional ? entry.wrapped! : entry, raw, at);
      if (result !== FAIL) out[key] = result;
      else if (optional) this.drop(at);
      else failed = true;
    }
    return failed ? FAIL : out;
  }

  private array(node: Node, value: unknown, path: string): Result {
    if (!Array.isArray(value)) return this.fail(path, `must be a list, got ${describe(value)}`);
    const max = requirement(node, 'max_length');
    let items: unknown[] = value;
    if (max !== undefined && items.length > max) {
      this.report('warning', path, `has ${items.length} items; only the first ${max} are kept`);
      items = items.slice(0, max);
    }
    const out: unknown[] = [];
    items.forEach((item, index) => {
      const at = `${path}[${index}]`;
      const result = this.walk(node.item!, item, at);
      if (result === FAIL) this.drop(at);
      else out.push(result);
    });
    const min = requirement(node, 'min_length') ?? 0;
    if (out.length < min) {
      return this.fail(path, items.length ? 'has no valid items' : `must have at least ${min} item`);
    }
    return out;
  }

  private variant(node: Node, value: unknown, path: string): Result {
    if (!isRecord(value)) return this.fail(path, `must be an object, got ${describe(value)}`);
    const tag = value[node.key!];
    const option = node.options!.find((o) => o.entries![node.key!].literal === tag);
    if (!option) {
      const detail =
        typeof tag === 'string' ? `unknown ${node.key} ${quote(tag)}` : `${node.key} is required`;
      return this.fail(`${path}.${node.key}`, detail);
    }
    return this.object(option, value, path);
  }

  private union(node: Node, value: unknown, path: string): Result {
    const kind = Array.isArray(value) ? 'array' : typeof value;
    const option = node.options!.find((o) => o.type === kind);
    if (!option) return this.fail(path, `must be text or a list of spans, got ${describe(value)}`);
    return this.walk(option, value, path);
  }

  private url(node: unknown, value: unknown, path: string): Result {
    if (typeof value !== 'string') return this.fail(path, `must be a URL string, got ${describe(value)}`);
    const canonical = node === CanonicalUrl;
    const href = canonical ? resolveUrl(value) : resolveUrl(value, this.base, node === LinkUrl);
    if (href && (!canonical || /^https?:\/\//i.test(value.trim()))) return href;
    // Browsers skip leading spaces and control characters before the scheme.
    const scheme = /^([a-z][a-z\d+.\-\s]*):/i.exec(value.replace(/^[^a-z]+/i, ''))?.[1];
    return this.fail(
      path,
      scheme && !/^https?$/i.test(scheme)
        ? `unsafe URL scheme ${quote(`${scheme}:`)} in ${quote(value)}`
        : canonical
          ? `must be an absolute http(s) URL, got ${quote(value)}`
          : `is not a valid URL: ${quote(value)}`,
    );
  }

  private leaf(node: Node, value: unknown, path: string): Result {
    const max = requirement(node, 'max_length');
    if (typeof value === 'string' && max !== undefined && value.length > max) {
      this.report('warning', path, `has ${value.length} characters; cut to ${max}`);
      // Do not split a surrogate pair at the cut.
      value = value.slice(0, /[\uD800-\uDBFF]/.test(value[max - 1]) ? max - 1 : max);
    }
    const result = v.safeParse(node as unknown as v.GenericSchema, value);
    if (result.success) return result.output;
    const issue = result.issues[0];
    return this.fail(
      path,
      issue.kind === 'schema'
        ? `must be ${issue.expected}, got ${issue.received}`
        : issue.message.replace(/^Invalid (\w+): /, (_, what: string) => `invalid ${what}: `),
    );
  }
}

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
  let walker = new Walker(undefined);
  try {
    if (!isRecord(input)) {
      walker.report('error', '', `must be a JSON object, got ${describe(input)}`);
      return { article: null, issues: walker.issues };
    }
    const url = Object.hasOwn(input, 'url') ? input.url : undefined;
    walker = new Walker(typeof url === 'string' ? resolveUrl(url) : undefined);
    const article = walker.walk(ArticleSchema as unknown as Node, input, '');
    if (article === FAIL) {
      walker.fatal();
      return { article: null, issues: walker.issues };
    }
    return { article: article as Article, issues: walker.issues };
  } catch (error) {
    walker.report(
      'error',
      '',
      `could not be read (${error instanceof Error ? error.message : 'unexpected value'})`,
    );
    return { article: null, issues: walker.issues };
  }
}

/**
 * Validates one part of an article (a quote, a list of related items...) against its schema, the
 * way {@link parseArticle} would inside a document: used by elements given data directly.
 * Relative URLs resolve against `base` (the page's URL by default).
 */
export function parsePart<T>(
  schema: v.GenericSchema,
  input: unknown,
  path: string,
  base: string | undefined = globalThis.document?.baseURI,
): { value: T | undefined; issues: ArticleIssue[] } {
  const walker = new Walker(base);
  try {
    const value = walker.walk(schema, input, path);
    if (value === FAIL) walker.drop(path);
    return { value: value === FAIL ? undefined : (value as T), issues: walker.issues };
  } catch (error) {
    walker.report(
      'warning',
      path,
      `could not be read (${error instanceof Error ? error.message : 'unexpected value'})`,
    );
    return { value: undefined, issues: walker.issues };
  }
}
