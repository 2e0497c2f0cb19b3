import { consume } from '@lit/context';
import { LitElement, html, isServer, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localeContext, type LocaleContextValue } from '../context/locale-context.js';
import { NewsErrorEvent } from '../events/news-error-event.js';
import {
  STRINGS_EVENT,
  directionOf,
  format,
  safeLang,
  stringFor,
  withStrings,
  type StringKey,
  type Strings,
} from '../i18n/index.js';
import type { ArticleIssue } from '../model/types.js';
import { baseStyles } from '../styles/base.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * `lang` and `dir` reflect, as the built-in properties they replace do: a framework that sets
 * `el.lang = 'de'` (React 19 does) gets `lang="de"` on the element, so the page around reads its text
 * in German. Unset (empty) leaves no attribute: `lang=""` would mean "unknown language".
 */
const REFLECT_SET = { reflect: true, converter: { toAttribute: (value: string) => value || null } };

/**
 * Whether this copy of Lit takes server-rendered DOM over (the hydrating bundles: Lit's hydration
 * support runs before this module). Read once: another library's support loaded later does not
 * change this copy.
 */
const HYDRATING = 'litElementHydrateSupport' in globalThis;

/**
 * Documents and shadow roots whose `lang` attributes are watched: an app that switches language
 * there (on `<html>`, `<body>`, a container, a component's own shadow tree) re-renders every
 * element, as a language pack's arrival does. One observer per tree an element is in, and per tree
 * around it (a shadow root's host's), made when its first element connects; it watches the whole
 * tree, so a replaced `<html>` is watched too.
 */
const watched = new WeakSet<Node>();

/**
 * The `lang` of the nearest element around `el` that has one, across shadow boundaries (an element
 * in a component's shadow root takes the component's language), as the browser's `:lang()` does.
 */
function langAround(el: Element): string | null | undefined {
  for (let node: Element | undefined = el.parentElement ?? hostOf(el); node; node = hostOf(node)) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
  }
}

const hostOf = (node: Node) => (node.getRootNode() as Partial<ShadowRoot>).host;

/** Each element class's styles, rebuilt for each other document it was moved into. */
const sheetsFor = new WeakMap<Document, Map<unknown, CSSStyleSheet[]>>();

/**
 * The base of every element: theme, language and direction, UI strings, and reporting bad input
 * as a `news-error` event instead of an exception. The design tokens below (styles/base.ts) apply
 * to every element, and inherit: set them once on a page, or on a `<news-article>`.
 *
 * @cssprop [--news-color-text=light-dark(#1c1b1f, #ecebf0)] - Body text. Every colour takes any CSS colour, `light-dark()` too.
 * @cssprop [--news-color-text-muted=light-dark(#53525b, #aeadb8)] - Secondary text: dek, byline, captions.
 * @cssprop [--news-color-surface=light-dark(#ffffff, #141418)] - Background: with a `theme`, or when the page's colour scheme is dark.
 * @cssprop [--news-color-surface-alt=light-dark(#f5f3ee, #1f1f25)] - Background of boxes (share prompt).
 * @cssprop [--news-color-border=light-dark(#d9d6cd, #3a3942)] - Rules and borders.
 * @cssprop [--news-color-accent=light-dark(#b3261e, #ff8f85)] - Brand accent: section labels, quote rules, bullets.
 * @cssprop [--news-color-link=light-dark(#0a50c2, #93b8ff)] - Links.
 * @cssprop [--news-color-focus=light-dark(#0a50c2, #93b8ff)] - Focus ring.
 * @cssprop [--news-font-body=Georgia, serif] - Body typeface (the default: Georgia, then other serifs).
 * @cssprop [--news-font-heading=var(--news-font-body)] - Headline typeface.
 * @cssprop [--news-font-ui=system-ui, sans-serif] - Typeface of labels, bylines and buttons (the default:
 *   the system's, then other sans-serifs).
 * @cssprop [--news-font-size=1.125em] - Base text size; everything else scales from it. The default
 *   is 18px at the browser's default 16px, and follows the reader's font-size setting; an `em` here
 *   is the reader's default size, whatever the page's.
 * @cssprop [--news-space-xs=4px] - Smallest spacing: between a label and its text.
 * @cssprop [--news-space-s=8px] - Small spacing: between buttons, inside captions.
 * @cssprop [--news-space-m=16px] - Base spacing: between blocks.
 * @cssprop [--news-space-l=24px] - Large spacing: around boxes and sections.
 * @cssprop [--news-radius=6px] - Corner radius of boxes.
 */
export class NewsElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * Colour theme: `light`, `dark`, or `auto` (follows the reader's `prefers-color-scheme`). Unset,
   * the element follows the `color-scheme` of the page or of the `<news-article>` around it.
   */
  @property({ reflect: true }) theme?: Theme;

  /**
   * Language of the UI strings and dates (BCP 47). Unset: the article's, else the page's. The
   * article's own text keeps the article's language.
   */
  @property(REFLECT_SET) override lang = '';

  /** Writing direction. Unset: derived from the language. */
  @property(REFLECT_SET) override dir = '';

  /** Overrides for any UI string, e.g. `{ copyLink: 'Copy the address' }`. */
  @property({ attribute: false }) strings?: Partial<Strings>;

  /** @internal Language and strings from a surrounding `<news-article>`. */
  @consume({ context: localeContext, subscribe: true })
  @state()
  protected inheritedLocale?: LocaleContextValue;

  /** @internal Re-renders when a language pack registers after this element rendered. */
  private readonly handleStrings = () => this.requestUpdate();

  override connectedCallback(): void {
    // Rendered on the server to stay as it is (`defer-hydration`, as Lit's server marks nested
    // elements too), under a bundle that cannot hydrate: leave it, as Lit's hydration would.
    if (!HYDRATING && this.hasAttribute('defer-hydration')) return;
    if (this.hasUpdated) {
      // Moved: what the last place gave (an article, its language, the language around) may not
      // hold here. The context asked for again below answers at once where there is one.
      this.forget();
      this.requestUpdate();
    }
    super.connectedCallback();
    globalThis.addEventListener?.(STRINGS_EVENT, this.handleStrings);
    // Every tree around, watched or not: a component moved into a new place brings its own root,
    // watched already, into trees that may not be.
    for (
      let root: Node | undefined = this.getRootNode();
      root && globalThis.MutationObserver;
      root = hostOf(root)?.getRootNode()
    ) {
      if (watched.has(root)) continue;
      watched.add(root);
      new MutationObserver(() => dispatchEvent(new Event(STRINGS_EVENT))).observe(root, {
        subtree: true,
        attributeFilter: ['lang'],
      });
    }
  }

  /** @internal Drops what a surrounding `<news-article>` gave through context. */
  protected forget(): void {
    this.inheritedLocale = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.(STRINGS_EVENT, this.handleStrings);
  }

  /** @internal The language asked for: the element's, the article's, the page's. */
  protected get askedLang(): string {
    return safeLang(
      this.lang ||
        this.inheritedLocale?.lang ||
        langAround(this) ||
        globalThis.document?.documentElement.lang ||
        'en',
    );
  }

  /** @internal The language of the UI strings and dates: the one asked for, if its strings are loaded. */
  protected get uiLang(): string {
    return withStrings(this.askedLang);
  }

  /** @internal The direction in force. */
  protected get uiDir(): 'ltr' | 'rtl' {
    if (this.dir === 'ltr' || this.dir === 'rtl') return this.dir;
    if (!this.lang && this.inheritedLocale) return this.inheritedLocale.dir;
    return directionOf(this.uiLang);
  }

  /**
   * @internal The UI language, where it differs from the text around (the UI of a German page
   * around an English article, or English labels on an Arabic page without the Arabic pack), so UI
   * strings are marked with it; else undefined.
   */
  protected get uiMark(): string | undefined {
    const around = (!this.lang && this.inheritedLocale?.text) || this.askedLang;
    return this.uiLang !== around ? this.uiLang : undefined;
  }

  /**
   * @internal The direction of the element's text: inside an article, the article's; else that of
   * the language asked for, even when its pack (the labels') is not loaded.
   */
  protected get textDir(): 'ltr' | 'rtl' {
    if (this.dir === 'ltr' || this.dir === 'rtl') return this.dir;
    return (!this.lang && this.inheritedLocale?.textDir) || directionOf(this.askedLang);
  }

  /** @internal UI text, marked with the UI language where the text around is in another. */
  protected ui(text: unknown) {
    // Always a span, marked or not: a server-rendered page hydrates whichever the browser decides.
    const lang = this.uiMark;
    return html`<span lang=${ifDefined(lang)} dir=${ifDefined(lang && this.uiDir)}>${text}</span>`;
  }

  /** @internal A UI string in the language in force, with placeholders filled. */
  protected t(key: StringKey, values?: Record<string, string>): string {
    const text = stringFor(this.uiLang, key, this.strings, this.inheritedLocale?.strings);
    return values ? format(text, values) : text;
  }

  /**
   * @internal First shown in another document than the one the kit loaded in (an iframe, a popup):
   * Lit would adopt sheets made for the first document, which that one refuses.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Rendered on the server, but loaded without Lit's hydration support (a bundle other than the
    // hydrating one): render afresh, not a second copy before the server's DOM. (Unless the server
    // meant it to stay as it is: `defer-hydration`.)
    if (!HYDRATING && !this.hasAttribute('defer-hydration')) this.shadowRoot?.replaceChildren();
    if (this.ownerDocument === globalThis.document) return super.createRenderRoot();
    let root = this.shadowRoot;
    if (root) {
      // Rendered on the server: Lit takes the declarative root over (hydration). Without the
      // hydration support, Lit's adopting the first document's sheets throws; the root stays.
      try {
        root = super.createRenderRoot() as ShadowRoot;
      } catch {
        // The sheets come next.
      }
    } else {
      // eslint-disable-next-line wc/attach-shadow-constructor -- where Lit attaches it too
      root = this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    }
    this.useSheets(root);
    return root;
  }

  /**
   * @internal Moved into another document: a constructed style sheet applies only in the document
   * it was made for, so the shadow root gets sheets made for the new one. (Not yet shown, the
   * element has no root: {@link createRenderRoot} does it when it is.)
   */
  adoptedCallback(): void {
    this.useSheets(this.renderRoot as ShadowRoot | undefined);
  }

  /** @internal */
  private useSheets(root?: ShadowRoot) {
    const doc = this.ownerDocument;
    const view = doc.defaultView;
    if (!view || !root || !('adoptedStyleSheets' in root)) return;
    const perClass = sheetsFor.get(doc) ?? new Map<unknown, CSSStyleSheet[]>();
    sheetsFor.set(doc, perClass);
    let sheets = perClass.get(this.constructor);
    if (!sheets) {
      sheets = (this.constructor as typeof NewsElement).elementStyles.map((style) => {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync((style as CSSResult).cssText);
        return sheet;
      });
      perClass.set(this.constructor, sheets);
    }
    root.adoptedStyleSheets = sheets;
  }

  /** @internal An event to fire once what it describes has rendered (`news-load` and the like). */
  protected pendingEvent?: Event;

  /** @internal `news-error`s for input found bad during this update, fired after it. */
  private reported: Event[] = [];

  /**
   * Events fire once the update is done: a listener sees the element as it now renders, and what
   * it sets (another `targets`, other `items`) starts an update of its own, not lost in this one.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const events = [...this.reported.splice(0), this.pendingEvent];
    this.pendingEvent = undefined;
    for (const event of events) if (event) this.fire(event);
  }

  /** @internal Tells the host, after this update, about input that was dropped or could not be shown. */
  protected reportIssues(issues: ArticleIssue[], message: string): void {
    if (!issues.length) return;
    this.reported.push(
      new NewsErrorEvent({
        kind: 'validation',
        issues,
        message: `${message}: ${issues.map((issue) => issue.message).join('; ')}`,
      }),
    );
  }

  /**
   * @internal Fires `event`, and puts what went wrong on the console too: a publisher who pasted
   * a script tag has no listener, and learns there which field to fix. Text only: the console
   * keeps what it is given, and a logged element would stay in memory after the page removed it.
   */
  protected fire(event: Event): void {
    this.dispatchEvent(event);
    const { type, detail } = event as CustomEvent<{ message?: string; warnings?: ArticleIssue[] }>;
    const left = type === 'news-load' && detail.warnings?.length ? detail.warnings : undefined;
    const message = left
      ? `${this.localName}: parts were left out: ${left.map((issue) => issue.message).join('; ')}`
      : type === 'news-error' && detail.message;
    if (message && !isServer) console.warn(message);
  }
}
