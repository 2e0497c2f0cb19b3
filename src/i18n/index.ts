import { en, type StringKey, type Strings } from './en.js';
import { catalogs, primary } from './registry.js';

export type { StringKey, Strings };

/** A UI string in the language in force, with placeholders filled (`NewsElement.t`). */
export type Translate = (key: StringKey, values?: Record<string, string>) => string;

export { STRINGS_EVENT, registerStrings } from './registry.js';
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/**
 * The UI string `key`: from the first of `overrides` that has it, else the catalog for `lang`, else
 * English. Each string falls back on its own, so a catalog or override that leaves one out, or
 * gives something other than text, cannot leave a label empty or make formatting throw. Own
 * properties only, so a polluted prototype adds nothing.
 */
export function stringFor(
  lang: string,
  key: StringKey,
  ...overrides: (Partial<Strings> | undefined)[]
): string {
  for (const source of [...overrides, catalogs[primary(lang)]] as Record<string, unknown>[])
    if (source && Object.hasOwn(source, key) && typeof source[key] === 'string') return source[key];
  return en[key];
}

/**
 * `lang` when its UI strings are loaded (English always is), else `'en'`. Without the pack for an
 * article's language the labels are English: the elements then mark them, and format dates, as
 * English, so a screen reader does not read English words with an Arabic voice.
 */
export const withStrings = (lang: string): string =>
  primary(lang) === 'en' || catalogs[primary(lang)] ? lang : 'en';

/**
 * A valid BCP 47 tag for Intl, or 'en': a host's odd `lang` must not make Intl throw. `de_DE`, as
 * many systems write it, is read as `de-DE`.
 */
export function safeLang(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang.replaceAll('_', '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Writing direction of a BCP 47 language tag. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  // Script subtags only: not an extension's (`en-u-nu-arab` is English with Arabic digits).
  const tag = lang.toLowerCase().replace(/-\w-.*/, '');
  return RTL.has(primary(tag)) || /-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)\b/.test(tag) ? 'rtl' : 'ltr';
}

/**
 * `template` in pieces for a Lit template, each `{name}` replaced by `node` (a `<time>`, a link),
 * so a language puts it where its grammar wants. A catalog written before the placeholder existed
 * gets the node after its text, in the same three pieces (so a server's and a browser's catalogs
 * of either kind still hydrate).
 */
export function splice<T>(template: string, name: string, node: T): (string | T)[] {
  const pieces = template.split(`{${name}}`);
  return pieces.length > 1
    ? pieces.flatMap((piece, i) => (i ? [node, piece] : [piece]))
    : [`${template} `, node, ''];
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
