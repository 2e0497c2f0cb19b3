import type { Strings } from './en.js';

/**
 * Catalogs by primary language. English ships in the kit; other languages are packs
 * (`news-widgets/locales/de.js`, `dist/locales/de.js`) that register here, so a page pays only for
 * the languages it loads. The registry is global, so a pack reaches every copy of the kit on the
 * page whichever loaded first; this module stays free of catalogs so a pack carries only its own.
 */
export const catalogs = ((globalThis as Record<symbol, unknown>)[Symbol.for('news-widgets.strings')] ??=
  {}) as Record<string, Partial<Strings> | undefined>;

/**
 * Fired on `window` when a catalog is registered, or a page's `lang` changes: rendered elements
 * render again in the language now in force.
 */
export const STRINGS_EVENT = 'news-widgets-strings';

/** `de` of `de-AT`, `ar` of `ar_EG`. */
export const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0];

/**
 * Registers or replaces a catalog, e.g. `registerStrings('fr', { share: 'Partager' })`. A string
 * the catalog leaves out is shown in English. Elements already on the page re-render in it.
 */
export function registerStrings(lang: string, strings: Partial<Strings>): void {
  catalogs[primary(lang)] = strings;
  globalThis.dispatchEvent?.(new Event(STRINGS_EVENT));
}
