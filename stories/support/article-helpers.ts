/** Rendering `<news-article>` in stories: from args, or embedded the way a publisher does it. */
import { html } from 'lit';
import { attr, cssProps, type CommonArgs, type CssPropArgs } from './story-helpers.js';

export type ArticleArgs = CommonArgs &
  CssPropArgs & {
    article?: unknown;
    src?: string;
    loading?: string;
    timeout?: number;
    credentials?: string;
    'heading-level'?: number;
    onNewsLoad?: (event: Event) => void;
    onNewsError?: (event: Event) => void;
    /** Read-only: listed in the docs table, without a control. */
    renderedArticle?: unknown;
  };

export const renderArticle = (args: ArticleArgs) =>
  html`<news-article
    heading-level=${attr(args['heading-level'])}
    src=${attr(args.src)}
    loading=${attr(args.loading)}
    timeout=${attr(args.timeout)}
    theme=${attr(args.theme)}
    lang=${attr(args.lang)}
    dir=${attr(args.dir)}
    .article=${args.article}
    style=${cssProps(args)}
    @news-load=${args.onNewsLoad}
    @news-error=${args.onNewsError}
  ></news-article>`;

/** The article as a publisher embeds it: JSON in a child script, no JavaScript of their own. */
export function embedded(article: unknown, attributes: Record<string, string> = {}) {
  const element = document.createElement('news-article');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(article, null, 2);
  element.append(script);
  return element;
}

export const EMBED_SNIPPET = `<script type="module" src="https://cdn.example/news-widgets/dist/news-widgets.js"></script>

<news-article heading-level="2">
  <script type="application/json">
    {
      "version": 1,
      "id": "t4k3-2025-putin-nato-style-guarantees",
      "url": "https://t4k3.news/world/putin-agrees-to-nato-style-security-guarantees-for-ukraine",
      "publisher": { "name": "T4K3.news", "url": "https://t4k3.news/" },
      "headline": "Putin agrees to NATO style security guarantees for Ukraine",
      "body": [{ "type": "paragraph", "text": "based talks yielded a notable concession. …" }]
    }
  </script>
</news-article>`;
