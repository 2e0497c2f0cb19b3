import { consume } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { articleContext, type ArticleContextValue } from '../../context/article-context.js';
import { FetchJsonController } from '../../controllers/fetch-json-controller.js';
import { NewsErrorEvent } from '../../events/news-error-event.js';
import { NewsRelatedClickEvent } from '../../events/news-related-click-event.js';
import { NewsRelatedLoadEvent } from '../../events/news-related-load-event.js';
import { directionOf, safeLang } from '../../i18n/index.js';
import { renderError } from '../../internal/error-view.js';
import { renderTime } from '../../internal/dates.js';
import { clampLevel, heading } from '../../internal/heading.js';
import { renderPlaceholder } from '../../internal/placeholder.js';
import { NewsElement } from '../../internal/news-element.js';
import { readPart } from '../../model/parse.js';
import { resolveUrl } from '../../model/url.js';
import type { RelatedItem } from '../../model/types.js';
import { styles } from './related-news.styles.js';
import type { RelatedLayout } from './related-news.types.js';

/**
 * @summary A titled list of related stories, each with headline, and optionally image, section,
 * date and summary.
 * @tag related-news
 *
 * @event {NewsRelatedClickEvent} news-related-click - A story was clicked, with `{ item }`.
 *   Cancelable: call `preventDefault()` to route the reader yourself. Not fired for a click with a
 *   modifier key or another button (a new tab or window stays the browser's).
 * @event {NewsRelatedLoadEvent} news-related-load - The list from `src` or `items` rendered (also
 *   when it has no stories), with `{ items, warnings }`.
 * @event {NewsErrorEvent} news-error - `src` could not be loaded, or held invalid entries (left out).
 *
 * @csspart base - The `<nav>` wrapper.
 * @csspart title - The heading.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart link - Each story's link: its headline, stretched over the whole card for pointers.
 * @csspart image - Story images.
 * @csspart section - Story section labels.
 * @csspart date - Story dates.
 * @csspart headline - Story headlines.
 * @csspart summary - Story summaries.
 * @csspart empty - "No related stories.", shown when a Retry loaded a list with none.
 * @csspart skeleton - The placeholder shown while `src` loads.
 * @csspart error - The error message shown when `src` could not be loaded.
 * @csspart error-title - The error's title, a heading at the list title's level.
 * @csspart retry - The error's Retry button.
 *
 * @cssprop [--news-related-rule-color=var(--news-color-text)] - The rule above the list.
 * @cssprop [--news-related-min-column=220px] - Narrowest column of the `grid` layout.
 * @cssprop [--news-related-min-block-size=240px] - Height the loading skeleton reserves for a list
 *   loaded by `src` (use the same value in the page's `related-news:not(:defined)` rule). A list
 *   that fails to load on screen keeps this space.
 *
 * @example
 * <related-news src="https://t4k3.news/api/articles/putin-guarantees.json" layout="grid"></related-news>
 */
export class RelatedNews extends NewsElement {
  static override styles = [...NewsElement.styles, styles];

  /** The stories (the article format's `RelatedItem`s). Default: the surrounding article's. */
  @property({ attribute: false }) items?: RelatedItem[];

  /** The heading text. Default: the article's, else "Related News" in the UI language. */
  @property() heading = '';

  /**
   * @deprecated Use `heading`: a `title` attribute is also the browser's tooltip over every story.
   */
  @property() override title = '';

  /**
   * `list` (default: rows, pictures as thumbnails), `grid` (cards, pictures on top) or `compact`
   * (no pictures or summaries).
   */
  @property({ reflect: true }) layout: RelatedLayout = 'list';

  /**
   * URL of JSON to load the stories from: an article (its `related`), a `{ title, items }` object
   * or a list of items. Fetched with CORS and without credentials.
   */
  @property() src?: string;

  /** `lazy` waits until the element nears the viewport before fetching `src`. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** `include` sends cookies with the `src` request (the server must allow credentials). */
  @property() credentials: 'omit' | 'include' = 'omit';

  /** Milliseconds to wait for `src` before showing the timeout error. */
  @property({ type: Number }) timeout = 10000;

  /** Level of the title heading, 1–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** @internal */
  @consume({ context: articleContext, subscribe: true })
  private article?: ArticleContextValue;

  /** @internal */
  protected override forget(): void {
    super.forget();
    this.article = undefined;
  }

  /** @internal The valid items given as a property, or loaded. */
  private valid?: RelatedItem[];

  /** @internal A title that came with loaded data. */
  private loadedTitle?: string;

  /** @internal The language of a loaded article, its related stories' too. */
  private loadedLang?: string;

  /** @internal The direction of a loaded article's text. */
  private loadedDir?: 'ltr' | 'rtl';

  /** @internal */
  private readonly loader = new FetchJsonController(this);

  /** @internal The loader state last handled. */
  private seenLoad?: unknown;

  /** Fetches `src` again (what the Retry button does). */
  retry(): void {
    this.loader.retry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items')) this.useItems(this.items, 'items');
    // Taking `items` away falls back to `src`. A changed `loading` matters only before the fetch.
    const removed = changed.has('items') && this.items === undefined && changed.get('items') !== undefined;
    const pending = changed.has('loading') && this.loader.state.status === 'loading';
    if (this.items === undefined && (removed || pending || changed.has('src'))) {
      this.valid = this.loadedTitle = this.loadedLang = this.loadedDir = undefined;
      if (this.src) this.loader.load(this.src, this);
      else this.loader.clear();
    }
    const load = this.loader.state;
    if (this.items === undefined && load !== this.seenLoad) {
      this.seenLoad = load;
      this.loadedLang = this.loadedDir = undefined;
      if (load.status === 'error') this.pendingEvent = new NewsErrorEvent(load.error);
      if (load.status === 'done') {
        // An article, its `related` object, or a bare list.
        const data = load.value as {
          related?: { title?: unknown; items?: unknown };
          title?: unknown;
          items?: unknown;
          language?: unknown;
          direction?: unknown;
        };
        const related = Array.isArray(data) ? { items: data } : (data?.related ?? data);
        this.loadedTitle = typeof related?.title === 'string' ? related.title : undefined;
        // An article's stories are in its language: marked so, and laid out in its direction.
        if (typeof data?.language === 'string') {
          this.loadedLang = safeLang(data.language);
          this.loadedDir =
            data.direction === 'ltr' || data.direction === 'rtl'
              ? data.direction
              : directionOf(this.loadedLang);
        }
        // Relative links resolve against the article's canonical url (the format's rule), else the JSON's.
        const url = (data as { url?: unknown })?.url;
        this.useItems(
          related?.items ?? [],
          'items',
          typeof url === 'string' ? resolveUrl(url) : undefined,
          `${this.src}: `,
        );
      }
    }
  }

  /** @internal Validates items given directly or loaded (`from` names the URL, for the logs). */
  private useItems(items: unknown, path: string, base?: string, from = '') {
    if (items === undefined) {
      this.valid = undefined;
      return;
    }
    const { value, issues } = readPart<RelatedItem[]>(
      ['RelatedItem'],
      items,
      path,
      base ?? (this.src ? resolveUrl(this.src, globalThis.document?.baseURI) : undefined),
    );
    this.valid = value ?? [];
    this.reportIssues(issues, `related-news: ${from}invalid items were left out`);
    this.pendingEvent = new NewsRelatedLoadEvent({ items: structuredClone(this.valid), warnings: issues });
  }

  /** @internal UI text is marked where a loaded article's language is not the UI's. */
  protected override get uiMark(): string | undefined {
    const text = this.items === undefined ? this.loadedLang : undefined;
    return text ? (this.uiLang === text ? undefined : this.uiLang) : super.uiMark;
  }

  /** @internal */
  protected override get textDir(): 'ltr' | 'rtl' {
    const explicit = this.dir === 'ltr' || this.dir === 'rtl';
    return (!explicit && this.items === undefined && this.loadedDir) || super.textDir;
  }

  /** @internal */
  private handleClick(event: MouseEvent, item: RelatedItem) {
    // A click with a modifier (a new tab, a new window, a download) stays the browser's: a router
    // cancelling the event would take it over.
    const { button, ctrlKey, metaKey, shiftKey, altKey } = event;
    if (button || ctrlKey || metaKey || shiftKey || altKey) return;
    if (!this.dispatchEvent(new NewsRelatedClickEvent({ item }))) event.preventDefault();
  }

  /**
   * One story as a card: the link is the headline (its name stays short to hear in a list of
   * links, and is the words a voice user sees), and CSS stretches it over the whole card, so the
   * label, summary and picture are part of what a pointer clicks. The label shows above the
   * headline.
   * @internal
   */
  private renderItem(item: RelatedItem) {
    const { image, section, published, summary } = item;
    return html`<li part="item">
      <a part="link" href=${item.url} @click=${(e: MouseEvent) => this.handleClick(e, item)}
        ><span part="headline" class="headline">${item.headline}</span></a
      >
      ${
        section || published
          ? html`<span class="meta"
              >${section ? html`<span part="section" class="section">${section}</span>` : nothing}
              ${this.ui(renderTime(published, this.uiLang, 'date'))}</span
            >`
          : nothing
      }
      ${summary ? html`<span part="summary" class="summary">${summary}</span>` : nothing}
      ${
        image
          ? html`<img
              part="image"
              class="image"
              src=${image.src}
              alt=${image.alt}
              width=${ifDefined(image.width)}
              height=${ifDefined(image.height)}
              loading="lazy"
              decoding="async"
            />`
          : nothing
      }
    </li>`;
  }

  protected override render() {
    const load = this.loader.state;
    if (this.items === undefined && this.src && load.status === 'loading') {
      return renderPlaceholder(
        this.t('loadingRelated'),
        html`<div class="bone b-title"></div>
          ${[1, 2, 3].map(() => html`<div class="bone"></div>`)}`,
        this.uiMark,
      );
    }
    if (this.items === undefined && this.src && load.status === 'error') {
      return html`<div
        part="base"
        class=${this.loader.keep ? 'kept' : ''}
        lang=${ifDefined(this.uiMark)}
        dir=${this.uiDir}
      >
        ${renderError(
          load.error,
          (k, v) => this.t(k, v),
          clampLevel(this.headingLevel, 2),
          () => this.retry(),
          'errorRelatedTitle',
        )}
      </div>`;
    }
    const items = this.valid ?? this.article?.related?.items ?? [];
    if (!items.length) {
      // A Retry that found no stories says so where the error was (and focus goes there).
      return this.items === undefined && this.src && this.loader.retried && load.status === 'done'
        ? html`<p
            part="base empty"
            class="empty"
            tabindex="-1"
            lang=${ifDefined(this.uiMark)}
            dir=${this.uiDir}
          >
            ${this.t('noRelated')}
          </p>`
        : nothing;
    }
    const given = this.heading || this.title || this.loadedTitle || this.article?.related?.title;
    const title = given || this.t('related');
    return html`
      <nav
        part="base"
        aria-label=${title}
        lang=${ifDefined(this.items === undefined ? this.loadedLang : undefined)}
        dir=${this.textDir}
        tabindex="-1"
      >
        ${heading(clampLevel(this.headingLevel, 2), given || this.ui(title), 'title', undefined, 'heading')}
        <ul part="list">
          ${items.map((item) => this.renderItem(item))}
        </ul>
      </nav>
    `;
  }
}
