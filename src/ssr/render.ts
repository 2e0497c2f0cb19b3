/**
 * Server rendering of `<news-article>` with declarative shadow DOM, on @lit-labs/ssr. Runs in Node
 * (no DOM, no global shim needed: Lit's Node build brings what it uses).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../register/news-article.js';
// On the server bytes cost nothing: every language renders. Pages in other languages load the
// same pack in the browser (`dist/locales/<lang>.js`), so hydration keeps the text.
import '../locales/all.js';
import type { Theme } from '../internal/news-element.js';
import { jsonLd, scriptJson } from '../model/json-ld.js';
import { parseArticle } from '../model/parse.js';
import type { Article, ArticleIssue } from '../model/types.js';

/** Options of {@link renderArticleToString}. */
export interface RenderArticleOptions {
  /** Level of the headline, 1–6 (the `heading-level` attribute). Default 2. */
  headingLevel?: number;
  /**
   * The `lang` attribute: the language of the UI strings, dates and attribution, when the page's
   * is not the article's. The article text keeps its own. Default: the article's language.
   */
  lang?: string;
  /** The `theme` attribute: `light`, `dark` or `auto`. Default: none (follows the page). */
  theme?: Theme;
  /**
   * URL of the page the article will be shown on. It decides the "Originally published by" line
   * until the page hydrates; the browser then decides from `location`, and corrects the line if
   * the two disagree. Default: the article's own `url` (the publisher's page).
   */
  pageUrl?: string;
  /**
   * Add the schema.org `NewsArticle` JSON-LD inside the element (and the `seo` attribute, so the
   * browser keeps it current). Default true.
   */
  seo?: boolean;
  /**
   * Keep the article JSON inside the element, so the hydrating bundle takes it over. Default true.
   * False: the element stays as the server wrote it (`defer-hydration`), with no share actions.
   */
  hydratable?: boolean;
  /**
   * A CSP nonce for the `<style>` elements of the shadow roots, for pages whose policy allows
   * inline styles only by nonce (`style-src 'nonce-...'`). Without it such a page shows the
   * article unstyled until the hydrating script adopts the styles.
   */
  nonce?: string;
}

/** What {@link renderArticle} returns. */
export interface RenderedArticle {
  /** The `<news-article>` element with its declarative shadow DOM. */
  html: string;
  /** The article as rendered (validated and cleaned); `null` when it has errors. */
  article: Article | null;
  /** The validator's findings; with an error, `html` holds the element's error state. */
  issues: ArticleIssue[];
  /** The JSON-LD text (already safe inside `<script>`), when there is an article. */
  jsonLd?: string;
}

const escapeAttr = (s: string) => s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Runs `fn` with `location` set to `url`, as the elements read it; restores it after. */
function atLocation<T>(url: string | undefined, fn: () => T): T {
  const g = globalThis as { location?: unknown };
  const before = Object.getOwnPropertyDescriptor(g, 'location');
  let page: URL | undefined;
  try {
    page = url ? new URL(url) : undefined;
  } catch {
    page = undefined;
  }
  if (!page || (before && !before.configurable)) return fn();
  Object.defineProperty(g, 'location', { value: page, configurable: true, writable: true });
  try {
    return fn();
  } finally {
    if (before) Object.defineProperty(g, 'location', before);
    else delete g.location;
  }
}

/** The input as JSON for the browser, or undefined where it has no JSON form (scriptJson throws). */
function inputJson(data: unknown): string | undefined {
  try {
    return scriptJson(data);
  } catch {
    return undefined;
  }
}

/**
 * Renders an article (JSON of the article format) to HTML on the server: `<news-article>` with its
 * content in declarative shadow DOM, the nested elements too, so it is visible and indexable before
 * any script runs. The JSON stays inside the element, so `news-widgets.hydrate.js` takes the page
 * over without re-rendering. Never throws for bad data: the issues come back with the HTML.
 */
export function renderArticle(data: unknown, options: RenderArticleOptions = {}): RenderedArticle {
  // The server reads what the browser will: the input's JSON form (a Date becomes its string), or
  // null for input with none (undefined, a BigInt, a cycle), so both show the same (unset, the
  // element would show nothing at all).
  const json = inputJson(data);
  const shown = json === undefined ? null : (JSON.parse(json) as unknown);
  const { article, issues } = parseArticle(shown);
  const seo = options.seo !== false && article !== null;
  const ld = article ? jsonLd(article) : undefined;
  // An article that cannot be shown stays as its error (`defer-hydration`, as `hydratable: false`):
  // the browser gets none of the input, whose unknown fields (a CMS's notes) the page must not carry.
  const hydratable = options.hydratable !== false && article !== null;
  // The browser gets the article as validated: no field the format does not know, nothing left
  // out or over the limits.
  const children = [
    hydratable ? `<script type="application/json">${scriptJson(article)}</script>` : '',
    seo ? `<script type="application/ld+json">${ld}</script>` : '',
  ].join('');
  const template = html`<news-article
    ?defer-hydration=${!hydratable}
    heading-level=${options.headingLevel ?? 2}
    theme=${ifDefined(options.theme)}
    lang=${ifDefined(options.lang)}
    ?seo=${seo}
    .article=${shown}
  ></news-article>`;
  const out = atLocation(options.pageUrl ?? article?.url, () => collectResultSync(render(template)));
  // The light-DOM children go in as text: Lit's SSR would parse them again as HTML.
  const end = out.lastIndexOf('</news-article>');
  let result = out.slice(0, end) + children + out.slice(end);
  // Only Lit writes `<style>` here: text from the article is escaped.
  if (options.nonce) result = result.replaceAll('<style>', `<style nonce="${escapeAttr(options.nonce)}">`);
  return { html: result, article, issues, jsonLd: ld };
}

/**
 * Renders an article to the HTML of a `<news-article>` element with declarative shadow DOM.
 * See {@link renderArticle}, which also returns the validator's issues.
 *
 * @example
 * import { renderArticleToString } from 'news-widgets/ssr';
 * const html = renderArticleToString(article, { headingLevel: 1 });
 */
export function renderArticleToString(data: unknown, options?: RenderArticleOptions): string {
  return renderArticle(data, options).html;
}
