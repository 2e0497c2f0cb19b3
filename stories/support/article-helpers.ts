/** Rendering `<news-article>` in stories: from args, or embedded the way a publisher does it. */
import { html, nothing } from 'lit';
import { attr, cssProps, type CommonArgs, type CssPropArgs } from './story-helpers.js';

export type ArticleArgs = CommonArgs &
  CssPropArgs & {
    article?: unknown;
    src?: string;
    loading?: string;
    timeout?: number;
    credentials?: string;
    seo?: boolean;
    'heading-level'?: number;
    /** The default slot: article JSON, rendered as a child `<script type="application/json">`. */
    default?: string;
    onNewsLoad?: (event: Event) => void;
    onNewsError?: (event: Event) => void;
    /** Elements of the page inside the article (for its `share` and `related` slots). */
    children?: unknown;
    /** The named slots: listed in the docs table, filled by a story rather than a control. */
    share?: never;
    related?: never;
    /** Read-only: listed in the docs table, without a control. */
    renderedArticle?: unknown;
  };

/** A `<script type="application/json">` holding `text`, as a publisher writes it. */
function jsonScript(text: string) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

/**
 * `<news-article>` from args. JSON in the `default` arg goes into a child script (the slot); the
 * element reads that script only while the `article` property is unset, so the story then leaves
 * the property out: what is typed in the control is what shows.
 */
export const renderArticle = (args: ArticleArgs) => {
  const slotted = args.default?.trim() ? args.default : undefined;
  return html`<news-article
    heading-level=${attr(args['heading-level'])}
    src=${attr(args.src)}
    loading=${attr(args.loading)}
    timeout=${attr(args.timeout)}
    credentials=${attr(args.credentials)}
    ?seo=${args.seo}
    theme=${attr(args.theme)}
    lang=${attr(args.lang)}
    dir=${attr(args.dir)}
    .article=${slotted === undefined ? args.article : undefined}
    .strings=${args.strings}
    style=${cssProps(args)}
    @news-load=${args.onNewsLoad}
    @news-error=${args.onNewsError}
    >${slotted === undefined ? nothing : jsonScript(slotted)}${args.children ?? nothing}</news-article
  >`;
};

/**
 * The article as a publisher embeds it: JSON in a child script, no JavaScript of their own. The
 * attributes come from the story's args (`theme`, `lang`, `dir`, … : the toolbar's language
 * arrives as `lang`); unset or empty ones are left out.
 */
export function embedded(article: unknown, attributes: Record<string, string | number | undefined> = {}) {
  const element = document.createElement('news-article');
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== '') element.setAttribute(name, String(value));
  }
  element.append(jsonScript(JSON.stringify(article, null, 2)));
  return element;
}

/** The attributes of an embedded article that follow the args (and so the toolbar). */
export const pageAttributes = (args: ArticleArgs) => ({ theme: args.theme, lang: args.lang, dir: args.dir });

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
