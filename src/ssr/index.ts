/**
 * news-widgets/ssr: render articles to HTML on the server (Node), with declarative shadow DOM and
 * schema.org JSON-LD. Hydrate the result in the browser with `news-widgets.hydrate.js`.
 */
export { renderArticle, renderArticleToString } from './render.js';
export type { RenderArticleOptions, RenderedArticle } from './render.js';
export { renderArticlePage, type RenderPageOptions } from './page.js';
export { newsArticleLd, jsonLd, scriptJson } from '../model/json-ld.js';
export { parseArticle } from '../model/parse.js';
export type * from '../model/types.js';
