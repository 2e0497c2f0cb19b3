// The pages the benchmark loads: one article (or many cards) made five ways, inside the same host
// page, with content after the article so a layout shift would be measured.
import { readFileSync } from 'node:fs';
import { parseArticle, renderArticleToString } from '../dist/npm/ssr.js';
import { STATIC_CSS, staticArticle } from './static-page.mjs';

export const VARIANTS = {
  static: '(a) static HTML',
  client: '(b) kit, inline JSON',
  src: '(c) kit, from src',
  ssr: '(d) server-rendered, no script',
  hydrated: '(e) server-rendered + hydrated',
};

/** The reference article. */
export const seed = () =>
  JSON.parse(readFileSync(new URL('../demo/articles/seed.json', import.meta.url), 'utf8'));

/** The seed with `n` body paragraphs and `n` related items. */
export function scaled(n) {
  const a = seed();
  const texts = a.body.filter((b) => b.type === 'paragraph').map((b) => b.text);
  let paragraphs = texts.length;
  for (let i = 0; paragraphs < n; i += 1, paragraphs += 1) {
    a.body.splice(a.body.length - 1, 0, { type: 'paragraph', text: texts[i % texts.length] });
  }
  const items = a.related.items;
  a.related.items = Array.from({ length: n }, (_, i) => ({
    ...items[i % items.length],
    url: `${items[i % items.length].url}?n=${i}`,
  }));
  return a;
}

/** A small article for a page of cards. */
export function card(i) {
  const a = seed();
  return {
    ...a,
    id: `${a.id}-${i}`,
    url: `${a.url}-${i}`,
    headline: `${a.headline} (${i + 1})`,
    summary: undefined,
    modified: undefined,
    body: [a.body[0]],
    related: undefined,
    share: { targets: ['copy', 'x', 'email'] },
  };
}

/** What the page recommends before the kit loads (README, "Embed"): reserve the article's space. */
export const RESERVE_CSS = `news-article:not(:defined){display:block;min-block-size:var(--news-article-min-block-size,1400px)}`;

const PAGE_CSS = `body{margin:0;font-family:system-ui,sans-serif;background:#fbfaf7;color:#1c1b1f}
.site{display:flex;gap:32px;align-items:center;padding:14px 24px;border-bottom:1px solid #e2dfd6}
.site b{font-size:22px}.site nav{display:flex;gap:18px;font-size:14px}
main{padding:8px 0 48px}
.site-footer{padding:24px;border-top:1px solid #e2dfd6;font-size:15px;line-height:1.6}
.site-footer ul{columns:2;max-width:720px}`;

const FOOTER = `<footer class="site-footer"><h2>More from T4K3.news</h2><ul>${Array.from(
  { length: 12 },
  (_, i) => `<li><a href="#s${i}">Section story number ${i + 1}, a headline in the page footer</a></li>`,
).join('')}</ul><p>© T4K3.news. The host page's own content, after the article.</p></footer>`;

const shell = (head, main) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench</title><style>${PAGE_CSS}</style>${head}</head>
<body><header class="site"><b>T4K3.news</b><nav><a href="#">World</a><a href="#">Politics</a><a href="#">Business</a></nav></header>
<main>${main}</main>
${FOOTER}</body></html>`;

const json = (data) => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * The page of one variant for `articles` (raw JSON). `origin` is where the bench serves it (the
 * attribution line depends on it); `jsonUrl(i)` the URL of article `i` for the `src` variant.
 */
export function page(variant, articles, { origin, jsonUrl }) {
  switch (variant) {
    case 'static':
      return shell(
        `<style>${STATIC_CSS}</style>`,
        articles.map((a) => staticArticle(parseArticle(a).article)).join('\n'),
      );
    case 'client':
      return shell(
        `<script type="module" src="/dist/news-widgets.js"></script><style>${RESERVE_CSS}</style>`,
        articles
          .map((a) => `<news-article><script type="application/json">${json(a)}</script></news-article>`)
          .join('\n'),
      );
    case 'src':
      return shell(
        `<script type="module" src="/dist/news-widgets.js"></script><style>${RESERVE_CSS}</style>`,
        articles.map((_, i) => `<news-article src="${jsonUrl(i)}"></news-article>`).join('\n'),
      );
    case 'ssr':
    case 'hydrated':
      return shell(
        variant === 'hydrated' ? `<script type="module" src="/dist/news-widgets.hydrate.js"></script>` : '',
        articles.map((a) => renderArticleToString(a, { pageUrl: origin })).join('\n'),
      );
    default:
      throw new Error(`unknown variant ${variant}`);
  }
}

/**
 * "Ready": the page is parsed and every article shows its content through to its last part (the
 * attribution line, and the last related story when there are any), laid out. Checked at each
 * animation frame from the start, the same way for every variant.
 */
export const READY_PROBE = `() => {
  if (document.readyState === 'loading') return false;
  const kit = document.querySelectorAll('news-article');
  const plain = document.querySelectorAll('article.news');
  const roots = kit.length ? [...kit].map((el) => el.shadowRoot) : [...plain];
  if (!roots.length) return false;
  for (const root of roots) {
    const end = root && root.querySelector(kit.length ? '[part~="attribution"]' : '.attribution');
    if (!end || !end.getBoundingClientRect().height) return false;
    if (kit.length) {
      const related = root.querySelector('related-news');
      if (related && !(related.shadowRoot && related.shadowRoot.querySelector('li:last-child'))) return false;
    }
  }
  return true;
}`;
