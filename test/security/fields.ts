/**
 * The string and URL fields of the article format, read from the published JSON Schema, so a field
 * added to the format is covered by the security suites without editing them.
 */
import schema from '../../article.schema.json' with { type: 'json' };

interface Node {
  $ref?: string;
  type?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minimum?: number;
}

/** What a string field holds: free text, a URL, the canonical URL, or a constrained value. */
export type FieldKind = 'text' | 'url' | 'canonical' | 'date' | 'language' | 'enum' | 'const';

export interface Field {
  /** JSON path, e.g. `body[2].items[0].cite`. */
  path: string;
  /** The same path as keys, to set a value. */
  keys: (string | number)[];
  kind: FieldKind;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const root = schema as unknown as Node & { $defs: Record<string, Node> };
const deref = (node: Node): Node => (node.$ref ? root.$defs[node.$ref.split('/').pop()!] : node);
const show = (keys: (string | number)[]) =>
  keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');

function kindOf(node: Node): FieldKind {
  if ('const' in node) return 'const';
  if (node.enum) return 'enum';
  if (node.format === 'date-time') return 'date';
  if (node.pattern?.includes('[Hh][Tt][Tt][Pp]'))
    return node.pattern.includes('\\/\\/') ? 'canonical' : 'url';
  if (node.pattern) return 'language';
  return 'text';
}

/**
 * A document with every optional part present. `variant` picks the option of each union (text as a
 * string, or as spans); lists of unions and of block types hold one item per option.
 */
function build(node: Node, keys: (string | number)[], variant: number, fields: Field[]): Json {
  node = deref(node);
  if (node.anyOf) return build(node.anyOf[variant % node.anyOf.length], keys, variant, fields);
  if (node.type === 'object' || node.properties) {
    const out: Record<string, Json> = {};
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      out[key] = build(child, [...keys, key], variant, fields);
    }
    return out;
  }
  if (node.type === 'array') {
    const item = deref(node.items!);
    const options = item.oneOf ?? item.anyOf ?? [item];
    return options.map((option, i) => build(option, [...keys, i], variant, fields));
  }
  if (node.type === 'integer' || node.type === 'number') return node.minimum ?? 100;
  const kind = kindOf(node);
  if (kind === 'const' && typeof node.const !== 'string') return node.const as Json;
  fields.push({ path: show(keys), keys, kind });
  switch (kind) {
    case 'const':
      return node.const as string;
    case 'enum':
      return node.enum![0] as string;
    case 'date':
      return '2025-08-17T14:30:00Z';
    case 'language':
      return 'en';
    case 'canonical':
      return 'https://news.example/world/a-1';
    case 'url':
      return `https://news.example/${show(keys).replace(/\W+/g, '-')}`;
    default:
      return `Text of ${show(keys)}`;
  }
}

/** A complete article in one variant, and its string fields. */
export function fullArticle(variant: 0 | 1): { article: Record<string, Json>; fields: Field[] } {
  const fields: Field[] = [];
  const article = build(root, [], variant, fields) as Record<string, Json>;
  return { article, fields };
}

/** Every string field of the format (both variants of text: a string and spans). */
export const FIELDS: Field[] = [
  ...new Map([...fullArticle(0).fields, ...fullArticle(1).fields].map((f) => [f.path, f])).values(),
];

/** A copy of `doc` with `value` at each of `fields` (fields of the same variant). */
export function withValues<T>(doc: T, fields: Field[], value: string): T {
  const copy = structuredClone(doc);
  for (const { keys } of fields) {
    let node = copy as Record<string | number, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[keys.at(-1)!] = value;
  }
  return copy;
}
