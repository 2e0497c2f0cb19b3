import { directionOf, safeLang, stringFor, withStrings } from '../i18n/index.js';
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
 * title, description, canonical link, Open Graph and Twitter card tags (the preview a shared link
 * gets), the JSON-LD (inside the element), and optionally a `<script type="module">` that hydrates
 * it. A page for an article that cannot be shown asks search engines not to index it.
 */
export function renderArticlePage(
  data: unknown,
  options: RenderPageOptions = {},
): RenderedArticle & { page: string } {
  const rendered = renderArticle(data, options);
  const a = rendered.article;
  // A page that cannot show its article is in the UI's language, as the error it shows is.
  const lang = a ? safeLang(a.language ?? 'en') : withStrings(safeLang(options.lang ?? 'en'));
  const dir = a?.direction ?? directionOf(lang);
  const title = a ? `${a.headline} · ${a.publisher.name}` : stringFor(lang, 'errorTitle');
  const description = a?.summary ?? a?.dek;
  const meta = (key: 'name' | 'property', name: string, value?: string) =>
    value ? `<meta ${key}="${name}" content="${escapeHtml(value)}">` : '';
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    a ? `<link rel="canonical" href="${escapeHtml(a.url)}">` : meta('name', 'robots', 'noindex'),
    ...(a
      ? [
          meta('property', 'og:type', 'article'),
          meta('property', 'og:title', a.headline),
          meta('property', 'og:description', description),
          meta('property', 'og:url', a.url),
          meta('property', 'og:image', a.image?.src),
          meta('property', 'og:image:alt', a.image?.alt),
          meta('property', 'og:site_name', a.publisher.name),
          meta('property', 'article:published_time', a.published),
          meta('property', 'article:modified_time', a.modified),
          meta('name', 'twitter:card', a.image ? 'summary_large_image' : 'summary'),
        ]
      : []),
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
