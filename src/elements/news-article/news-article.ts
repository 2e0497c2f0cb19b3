import { provide } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { articleContext, type ArticleContextValue } from '../../context/article-context.js';
import { localeContext, type LocaleContextValue } from '../../context/locale-context.js';
import { renderError } from '../../internal/error-view.js';
import { clampLevel } from '../../internal/heading.js';
import { syncJsonLd } from '../../internal/json-ld-script.js';
import { NewsElement } from '../../internal/news-element.js';
import { directionOf, safeLang } from '../../i18n/index.js';
import type { Article } from '../../model/types.js';
import { isOtherOrigin } from '../../model/url.js';
import { renderBlocks } from './news-article.blocks.js';
import {
  renderAttribution,
  renderHeader,
  renderLeadImage,
  renderRelatedSlot,
  renderShareSlot,
  renderSkeleton,
  type FrameContext,
} from './news-article.frame.js';
import { ArticleSourceController } from '../../controllers/article-source-controller.js';
import { styles } from './news-article.styles.js';

const explicitDir = (dir: string): dir is 'ltr' | 'rtl' => dir === 'ltr' || dir === 'rtl';

/**
 * @summary A whole news story from article JSON: brand, headline, byline, lead image, body blocks,
 * share prompt, attribution and related stories.
 * @tag news-article
 *
 * @slot - A `<script type="application/json">` holding the article, the no-JavaScript way to embed.
 *   With `seo`, the element adds a `<script type="application/ld+json">` beside it.
 * @slot share - Your own `<share-prompt>` in place of the built-in one (other `targets`, another
 *   `prompt`); it takes the article's URL, headline and summary from the article (through context).
 *   Anything else put here replaces the share prompt too.
 * @slot related - Your own `<related-news>` in place of the built-in one (another `layout`, your
 *   `heading-level`); it lists the article's related stories unless given `items` or `src`.
 *
 * @event {NewsLoadEvent} news-load - The article rendered, with `{ article, warnings }`.
 * @event {NewsErrorEvent} news-error - The article cannot be shown: `{ kind, status?, issues?, message }`.
 *
 * @csspart base - The `<article>`.
 * @csspart header - Brand, section, headline, dek and byline.
 * @csspart brand - The publisher's name or logo, linked.
 * @csspart section - The section label.
 * @csspart headline - The headline.
 * @csspart dek - The standfirst under the headline.
 * @csspart byline - Authors and dates.
 * @csspart published - The `<time>` the article was published.
 * @csspart modified - The `<time>` it was last updated.
 * @csspart lead-image - The lead `<figure>`.
 * @csspart summary - The summary paragraph.
 * @csspart body - The body blocks.
 * @csspart paragraph - Body paragraphs.
 * @csspart dateline - The dateline opening the first paragraph.
 * @csspart subheading - Headings inside the body.
 * @csspart figure - Images inside the body.
 * @csspart caption - Image captions.
 * @csspart credit - Image credits.
 * @csspart quotes - A group of quotes.
 * @csspart quotes-title - The title of a group of quotes.
 * @csspart link - Links in text: in paragraphs, highlights and callouts.
 * @csspart attribution - The line crediting the source, with `rights`.
 * @csspart error - The error message shown when the article cannot be rendered.
 * @csspart error-title - The error's title, a heading at the headline's level.
 * @csspart retry - The error's Retry button (articles loaded with `src`).
 * @csspart skeleton - The placeholder shown while `src` loads.
 * @csspart quote - `<news-quote>`'s `base`; its other parts are forwarded with the prefix `quote-`.
 * @csspart quote-text - `<news-quote>`'s `text`.
 * @csspart quote-caption - `<news-quote>`'s `caption`.
 * @csspart quote-speaker - `<news-quote>`'s `speaker`.
 * @csspart quote-role - `<news-quote>`'s `role`.
 * @csspart quote-context - `<news-quote>`'s `context`.
 * @csspart highlights - `<news-highlights>`'s `base`; its other parts are forwarded with the prefix `highlights-`.
 * @csspart highlights-title - `<news-highlights>`'s `title`.
 * @csspart highlights-list - `<news-highlights>`'s `list`.
 * @csspart highlights-item - `<news-highlights>`'s `item`.
 * @csspart highlights-link - `<news-highlights>`'s `link`.
 * @csspart callout - `<news-callout>`'s `base`; its other parts are forwarded with the prefix `callout-`.
 * @csspart callout-tone - `<news-callout>`'s `tone`.
 * @csspart callout-icon - `<news-callout>`'s `icon`.
 * @csspart callout-title - `<news-callout>`'s `title`.
 * @csspart callout-text - `<news-callout>`'s `text`.
 * @csspart callout-link - `<news-callout>`'s `link`.
 * @csspart share - `<share-prompt>`'s `base`; its other parts are forwarded with the prefix `share-`.
 * @csspart share-prompt - `<share-prompt>`'s `prompt`.
 * @csspart share-actions - `<share-prompt>`'s `actions`.
 * @csspart share-action - `<share-prompt>`'s `action`.
 * @csspart share-icon - `<share-prompt>`'s `icon`.
 * @csspart share-status - `<share-prompt>`'s `status`.
 * @csspart related - `<related-news>`'s `base`; its other parts are forwarded with the prefix `related-`.
 * @csspart related-title - `<related-news>`'s `title`.
 * @csspart related-list - `<related-news>`'s `list`.
 * @csspart related-item - `<related-news>`'s `item`.
 * @csspart related-link - `<related-news>`'s `link`.
 * @csspart related-image - `<related-news>`'s `image`.
 * @csspart related-section - `<related-news>`'s `section`.
 * @csspart related-date - `<related-news>`'s `date`.
 * @csspart related-headline - `<related-news>`'s `headline`.
 * @csspart related-summary - `<related-news>`'s `summary`.
 *
 * @cssprop [--news-article-max-width=720px] - Reading width.
 * @cssprop [--news-article-padding=24px 16px] - Padding around the article (the default follows
 *   `--news-space-l` and `--news-space-m`).
 * @cssprop [--news-article-headline-size=clamp(1.75em, 1em + 4cqi, 2.6em)] - Headline size: by default it
 *   grows with the article's width and with the reader's font size.
 * @cssprop [--news-article-logo-height=28px] - Height of the publisher logo.
 * @cssprop [--news-article-min-block-size=1400px] - Height the loading skeleton reserves for an
 *   article loaded by `src` (use the same value in the page's `news-article:not(:defined)` rule).
 *   An article that fails to load on screen keeps this space, so the page below does not move.
 * @cssprop [--news-color-note=light-dark(#4d5159, #b9bcc4)] - Colour of `note` callouts in the body.
 * @cssprop [--news-color-info=var(--news-color-link)] - Colour of `info` callouts.
 * @cssprop [--news-color-warning=light-dark(#8a4b00, #f3b64e)] - Colour of `warning` callouts.
 * @cssprop [--news-color-risk=light-dark(#b3261e, #ff8f85)] - Colour of `risk` callouts.
 *
 * @example
 * <news-article heading-level="2">
 *   <script type="application/json">{ "version": 1, ... }</script>
 * </news-article>
 */
export class NewsArticle extends NewsElement {
  static override styles = [...NewsElement.styles, styles];

  /** The article (JSON of the article format). It is validated; invalid parts are left out. */
  @property({ attribute: false }) article?: unknown;

  /** URL of the article JSON, fetched with CORS and without credentials. */
  @property() src?: string;

  /** `lazy` waits until the element nears the viewport before fetching `src`. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** Milliseconds to wait for `src` before showing the timeout error. */
  @property({ type: Number }) timeout = 10000;

  /** `include` sends cookies with the `src` request (the server must allow credentials). */
  @property() credentials: 'omit' | 'include' = 'omit';

  /** Level of the headline, 1–6; the host page owns its `h1`, so the default is 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Adds the article's schema.org `NewsArticle` JSON-LD as a child `<script>` (for search engines). */
  @property({ type: Boolean }) seo = false;

  /** @internal Where the article comes from: `article`, `src` or the child script. */
  private readonly source = new ArticleSourceController(this, (event) => (this.pendingEvent = event));

  /** @internal */
  @provide({ context: articleContext })
  private provided: ArticleContextValue;

  /** @internal */
  @provide({ context: localeContext })
  private providedLocale?: LocaleContextValue;

  /**
   * @internal What a server decided about the "Originally published by" line, read from its
   * HTML before hydration: the first render repeats it, so hydration finds what it expects; the
   * next one shows the browser's own decision (the server may have assumed another page).
   */
  private serverSyndicated?: boolean;

  /** The article as rendered (validated and cleaned), or undefined. */
  get renderedArticle(): Article | undefined {
    const outcome = this.source.outcome;
    return outcome && 'plain' in outcome ? outcome.plain : undefined;
  }

  /** @internal The article being rendered, without prototypes. */
  private get shown(): Article | undefined {
    const outcome = this.source.outcome;
    return outcome && 'article' in outcome ? outcome.article : undefined;
  }

  protected override get askedLang(): string {
    // The article's language once there is one; before that (loading, errors) the page's.
    return this.lang ? safeLang(this.lang) : this.shown ? this.textLang : super.askedLang;
  }

  protected override get uiDir(): 'ltr' | 'rtl' {
    return explicitDir(this.dir) ? this.dir : this.uiMark ? directionOf(this.uiLang) : this.textDir;
  }

  /** @internal The article's language (`lang` on the host picks the UI's only). */
  private get textLang(): string {
    return safeLang(this.shown?.language ?? 'en');
  }

  /** @internal */
  protected override get uiMark(): string | undefined {
    // Before the article (loading, errors), the text around is the page's.
    return this.uiLang !== (this.shown ? this.textLang : this.askedLang) ? this.uiLang : undefined;
  }

  /** @internal */
  protected override get textDir(): 'ltr' | 'rtl' {
    // With a UI language of its own, the host's `dir` is the UI's; the text keeps the article's.
    const a = this.shown;
    return explicitDir(this.dir) && !this.uiMark
      ? this.dir
      : (a?.direction ?? directionOf(a ? this.textLang : this.uiLang));
  }

  /** Fetches `src` again (what the Retry button does). */
  retry(): void {
    this.source.retry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      const footer = this.shadowRoot?.querySelector('[part~="attribution"]');
      if (footer) this.serverSyndicated = footer.hasAttribute('data-syndicated');
    }
    this.source.update(changed);
    const article = this.shown;
    if (this.provided !== article) this.provided = article;
    const locale: LocaleContextValue = {
      lang: this.uiLang,
      dir: this.uiDir,
      text: article && this.textLang,
      textDir: this.textDir,
      strings: this.strings,
    };
    const prev = this.providedLocale as Record<string, unknown> | undefined;
    if (!prev || Object.entries(locale).some(([key, value]) => prev[key] !== value)) {
      this.providedLocale = locale;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const server = this.serverSyndicated;
    this.serverSyndicated = undefined;
    const article = this.shown;
    if (server !== undefined && article && server !== this.isSyndicated(article)) this.requestUpdate();
    // Turning seo off takes ours away (the page's own JSON-LD children are left alone).
    if (this.seo || changed.get('seo')) syncJsonLd(this, this.seo ? article : undefined);
    // Fires news-load or news-error: after the JSON-LD, so a listener finds it in place.
    super.updated(changed);
  }

  /** @internal Shown off the publisher's origin: the attribution says "Originally published by". */
  private isSyndicated(a: Article) {
    return isOtherOrigin(a.url, globalThis.location?.origin ?? '');
  }

  /** @internal What the header, attribution and skeleton need. */
  private get frame(): FrameContext {
    return {
      lang: this.uiLang,
      mark: this.uiMark,
      dir: this.uiDir,
      t: (key, values) => this.t(key, values),
      ui: (text) => this.ui(text),
    };
  }

  protected override render() {
    const outcome = this.source.outcome;
    if (!outcome) return this.source.fetching ? renderSkeleton((key) => this.t(key), this.uiMark) : nothing;
    if ('error' in outcome) {
      return html`<div
        part="base"
        class="failed ${this.source.keepSpace ? 'kept' : ''}"
        lang=${this.uiLang}
        dir=${this.uiDir}
      >
        ${renderError(
          outcome.error,
          (k, v) => this.t(k, v),
          clampLevel(this.headingLevel, 2),
          this.src ? () => this.retry() : undefined,
        )}
      </div>`;
    }
    const a = outcome.article;
    const level = clampLevel(this.headingLevel, 2);
    const frame = this.frame;
    const syndicated = this.serverSyndicated ?? this.isSyndicated(a);
    return html`
      <article part="base" lang=${this.textLang} dir=${this.textDir} aria-labelledby="headline" tabindex="-1">
        ${renderHeader(a, level, frame)} ${renderLeadImage(a, this)}
        ${a.summary ? html`<p part="summary" class="summary">${a.summary}</p>` : nothing}
        <div part="body" class="body">
          ${renderBlocks(a.body, {
            level: Math.min(level + 1, 6),
            keyTakeaways: this.ui(this.t('keyTakeaways')),
            dateline: a.dateline,
            locale: this.providedLocale,
          })}
        </div>
        ${renderShareSlot(a, this.providedLocale)} ${renderAttribution(a, syndicated, frame)}
        ${renderRelatedSlot(a, level + 1, this.providedLocale)}
      </article>
    `;
  }
}
