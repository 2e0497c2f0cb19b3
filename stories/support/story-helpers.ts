/** Small helpers shared by the stories: turning args into attributes, styles and story states. */
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Strings } from '../../src/i18n/index.js';
import { BRANDS } from './brands.js';

/** CSS custom properties as args: `{ '--news-color-accent': '#0b5394' }`. */
export type CssPropArgs = { [name: `--${string}`]: string | undefined };

/** The attributes and properties every element has (from the NewsElement base class). */
export interface CommonArgs {
  theme?: '' | 'light' | 'dark' | 'auto';
  lang?: string;
  dir?: '' | 'ltr' | 'rtl';
  /** Overrides for UI strings, passed as the `strings` property. */
  strings?: Partial<Strings>;
}

/** An attribute value, or no attribute at all when the arg is unset or empty. */
export const attr = (value: string | number | undefined | null) =>
  value === undefined || value === null || value === '' ? nothing : String(value);

/**
 * The args that are CSS custom properties, as an inline style on the element; none, no `style`
 * attribute (the Code panel would show an empty one).
 */
export const cssProps = (args: object) => {
  const props = Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
  return Object.keys(props).length ? styleMap(props) : nothing;
};

/** Controls for the base attributes; the manifest gives their names and descriptions. */
export const commonArgTypes = {
  theme: {
    control: { type: 'select', labels: { '': '(unset: follow the page)' } },
    options: ['', 'light', 'dark', 'auto'],
  },
  lang: { control: 'text' },
  dir: {
    control: { type: 'select', labels: { '': '(unset: from the language)' } },
    options: ['', 'ltr', 'rtl'],
  },
  // A JSON editor: e.g. `{ "sharePrompt": "Pass it on!" }`; every render passes it as `.strings`.
  strings: { control: 'object' },
} as const;

/** Shows a story in a phone-sized frame: the viewport toolbar in the canvas, a 320px column in docs. */
const narrowFrame = (story: () => unknown) => html`<div style="max-inline-size: 320px">${story()}</div>`;

/**
 * Story states shared by every element. (A story that feeds invalid data on purpose is tagged
 * `invalid-data`: the story check then expects an element to report it.)
 */
export const states = {
  dark: { args: { theme: 'dark' as const }, globals: { theme: 'dark' } },
  rtl: { args: { lang: 'ar' } },
  narrow: {
    globals: { viewport: { value: 'mobile1', isRotated: false } },
    decorators: [narrowFrame],
  },
  partner: { args: { ...BRANDS.nordic.properties }, globals: { brand: 'nordic' } },
};

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: unknown) =>
  (typeof text === 'string' ? text : '').replace(/[&<>"]/g, (c) => ENTITIES[c]);

/** A string or spans of the article format as the HTML a page would slot: marks and links kept. */
export function inlineHtml(inline: unknown): string {
  if (!Array.isArray(inline)) return escapeHtml(inline);
  return inline
    .map((span: { text?: unknown; marks?: unknown[]; href?: unknown }) => {
      let out = escapeHtml(span.text);
      for (const mark of span.marks ?? [])
        if (mark === 'em' || mark === 'strong') out = `<${mark}>${out}</${mark}>`;
      return span.href ? `<a href="${escapeHtml(span.href)}">${out}</a>` : out;
    })
    .join('');
}

/**
 * Code panel parameters that write what a story sets as a property (an article, a list) into the
 * element's content, the way a page would write it in HTML: a copied snippet then carries the data
 * instead of an empty element. `content` returns that markup, or nothing to leave the code alone.
 */
export function sourceWithContent<A>(tag: string, content: (args: A) => string | undefined) {
  const transform = (code: string, { args }: { args: A }) => {
    const inner = content(args);
    // Only an element with nothing inside: what a story slots itself stays as it is.
    const empty = new RegExp(`(<${tag}\\b[^>]*)>\\s*</${tag}>`);
    return inner && empty.test(code)
      ? code.replace(empty, (_, open: string) => `${open}>\n${inner}\n</${tag}>`)
      : code;
  };
  return { docs: { source: { transform } } };
}
