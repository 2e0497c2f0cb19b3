/**
 * fast-check arbitraries for the fuzz suite: any JSON, and mutations of the demo articles (wrong
 * types, missing fields, values past the limits, deep nesting, odd Unicode) at any path.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

/** Code units that break naive text handling: controls, direction overrides, lone surrogates... */
const ODD = [
  '\u0000',
  '\u202E',
  '\u2066',
  '\u200B',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\u2028',
  '<',
  '"',
  '&',
  '\\',
];
export const oddString = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...ODD),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  ),
  maxLength: 40,
});

export type Op = 'replace' | 'delete' | 'wrong-type' | 'huge-string' | 'huge-list' | 'deep' | 'unicode';
export interface Mutation {
  /** Picks the path: an index into every path of the document, modulo their number. */
  at: number;
  op: Op;
  value: Json;
  size: number;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom<Op>('replace', 'delete', 'wrong-type', 'huge-string', 'huge-list', 'deep', 'unicode'),
  value: fc.oneof(fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>, oddString),
  size: fc.nat({ max: 3000 }),
});

/** Every path in `doc` down to the format's depth (deep junk is one target), the root excluded. */
export function pathsOf(doc: Json, at: Key[] = []): Key[][] {
  if (doc === null || typeof doc !== 'object' || at.length >= 8) return [];
  const entries: [Key, Json][] = Array.isArray(doc) ? doc.map((v, i) => [i, v]) : Object.entries(doc);
  return entries.flatMap(([key, value]) => [[...at, key], ...pathsOf(value, [...at, key])]);
}

const wrongType = (value: Json, size: number): Json => {
  const options: Json[] = [size, size % 2 === 0, null, [value], { value }, String(size)];
  const same = (v: Json) => typeof v === typeof value && Array.isArray(v) === Array.isArray(value);
  return options.filter((v) => !same(v))[size % 5];
};

/** `doc` with `m` applied (a copy); returns the path it touched, too. */
export function mutate(doc: Json, m: Mutation): { doc: Json; path: Key[] } {
  const copy = structuredClone(doc);
  return { doc: copy, path: mutateInPlace(copy, m) };
}

/** Applies `m` to `copy` itself; returns the path it touched. */
export function mutateInPlace(copy: Json, m: Mutation): Key[] {
  const paths = pathsOf(copy);
  if (!paths.length) return [];
  const path = paths[m.at % paths.length];
  let parent = copy as Record<Key, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<Key, Json>;
  const key = path.at(-1)!;
  const old = parent[key];
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'replace':
      parent[key] = m.value;
      break;
    case 'wrong-type':
      parent[key] = wrongType(old, m.size);
      break;
    case 'huge-string':
      parent[key] = `${typeof old === 'string' ? old.slice(0, 40) : 'x'}\u202E🙂`.repeat(
        Math.ceil((20001 + m.size) / 4),
      );
      break;
    case 'huge-list': {
      const length = (path[0] === 'body' ? 2001 : 101) + (m.size % 200);
      const item = Array.isArray(old) && old.length ? old[0] : old;
      parent[key] = Array.from({ length }, () => structuredClone(item));
      break;
    }
    case 'deep': {
      let value: Json = m.value;
      for (let i = 0; i < 200 + (m.size % 800); i += 1) value = i % 2 ? [value] : { text: value };
      parent[key] = value;
      break;
    }
    case 'unicode':
      parent[key] = typeof m.value === 'string' ? m.value : JSON.stringify(m.value);
      break;
  }
  return path;
}
