import { directionOf, safeLang } from '../i18n/index.js';
import { renderArticle, type RenderArticleOptions, type RenderedArticle } from './render.js';

/** Options of {@link renderArticlePage}. */
export interface RenderPageOptions extends RenderArticleOptions {
  /** `src` of a script to hydrate the article with, e.g. `/news-widgets.hydrate.js`. Default: none. */
  script?: string;
  /** `href` of a stylesheet for the page around the article. */
  stylesheet?: string;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * A complete HTML page around the server-rendered article: doctype, `lang` and `dir`, charset,
 * title, description, canonical link, the JSON-LD (inside the element), and optionally a
 * `<script type="module">` that hydrates it.
 */
export function renderArticlePage(
  data: unknown,
  options: RenderPageOptions = {},
): RenderedArticle & { page: string } {
  const rendered = renderArticle(data, options);
  const a = rendered.article;
  const lang = safeLang(a?.language ?? 'en');
  const dir = a?.direction ?? directionOf(lang);
  const title = a ? `${a.headline} · ${a.publisher.name}` : 'Article';
  const description = a?.summary ?? a?.dek;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    description ? `<meta name="description" content="${escapeHtml(description)}">` : '',
    a ? `<link rel="canonical" href="${escapeHtml(a.url)}">` : '',
    options.stylesheet ? `<link rel="stylesheet" href="${escapeHtml(options.stylesheet)}">` : '',
    options.script ? `<script type="module" src="${escapeHtml(options.script)}"></script>` : '',
  ].filter(Boolean);
  const page = `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${dir}">
<head>
${head.join('\n')}
</head>
<body>
<main>
${rendered.html}
</main>
</body>
</html>
`;
  return { ...rendered, page };
}
