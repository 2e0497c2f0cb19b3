import { en, type StringKey, type Strings } from './en.js';
import { catalogs, primary } from './registry.js';

export type { StringKey, Strings };

export { STRINGS_EVENT, registerStrings } from './registry.js';
const RTL = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku-arab',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/** The UI strings for `lang` (falling back to English), with `overrides` on top. */
export function stringsFor(lang: string, overrides?: Partial<Strings>): Strings {
  const base = catalogs[primary(lang)] ?? en;
  return overrides ? { ...base, ...overrides } : base;
}

/** A valid BCP 47 tag for Intl, or 'en': a host's `lang="en_US"` must not make Intl throw. */
export function safeLang(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Writing direction of a BCP 47 language tag. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  const tag = lang.toLowerCase();
  return RTL.has(primary(tag)) || /-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)\b/.test(tag) ? 'rtl' : 'ltr';
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
