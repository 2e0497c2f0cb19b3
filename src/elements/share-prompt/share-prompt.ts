import { consume } from '@lit/context';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { articleContext, type ArticleContextValue } from '../../context/article-context.js';
import { NewsShareEvent } from '../../events/news-share-event.js';
import { splice } from '../../i18n/index.js';
import { NewsElement } from '../../internal/news-element.js';
import { readPart } from '../../model/parse.js';
import type { ArticleIssue, Share } from '../../model/types.js';
import { resolveUrl } from '../../model/url.js';
import { styles } from './share-prompt.styles.js';
import {
  DEFAULT_TARGETS,
  TARGET_NAMES,
  shareHref,
  type ShareData,
  type ShareTarget,
} from './share-prompt.types.js';

const icon = (d: ReturnType<typeof svg>) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" part="icon">${d}</svg>`;
const SHARE = svg`<path d="M12 3v12M7 8l5-5 5 5M5 13v7h14v-7"/>`;
const LINK = svg`<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>`;
const MAIL = svg`<path d="M3 5h18v14H3zM3 6l9 7 9-7"/>`;

/** `"x facebook, email"` as a list; unknown names are kept here and reported when checked. */
const splitTargets = (value: string) => value.split(/[\s,]+/).filter(Boolean) as ShareTarget[];

/** Reads `targets="x facebook email"` (spaces or commas). */
const targetsConverter = {
  fromAttribute: (value: string | null) => (value === null ? undefined : splitTargets(value)),
};

/**
 * @summary "Enjoyed this? Let your friends know!" with share actions: the device's share sheet,
 * copy link, and links to social networks and email.
 * @tag share-prompt
 *
 * @event {NewsShareEvent} news-share - Before any share action, with `{ target, url }`. Cancelable:
 *   call `preventDefault()` to handle the share yourself.
 * @event {NewsErrorEvent} news-error - `url` was unsafe or not a URL (the default is shared instead),
 *   or `targets` held unknown names (they are left out).
 *
 * @csspart base - The wrapper, a group named "Share this article".
 * @csspart prompt - The prompt line.
 * @csspart actions - The list of actions.
 * @csspart action - Each action (button or link).
 * @csspart icon - The icons in the actions.
 * @csspart status - The "Link copied" message.
 *
 * @cssprop [--news-share-background=var(--news-color-surface-alt)] - Background of the prompt.
 * @cssprop [--news-share-button-background=var(--news-color-surface)] - Background of the actions.
 * @cssprop [--news-share-button-color=var(--news-color-text)] - Text colour of the actions.
 * @cssprop [--news-share-primary-background=var(--news-color-text)] - Background of the main action.
 * @cssprop [--news-share-primary-color=var(--news-color-surface)] - Text colour of the main action.
 *
 * @example
 * <share-prompt url="https://t4k3.news/world/story" headline="Headline" targets="native copy x email"></share-prompt>
 */
export class SharePrompt extends NewsElement {
  static override styles = [...NewsElement.styles, styles];

  /**
   * The URL to share. Default: the surrounding article's share URL or canonical URL, else the page's.
   * An unsafe or invalid URL is left out (the default is shared) and reported with `news-error`.
   */
  @property() url?: string;

  /** The headline to share. Default: the article's, else the document title. */
  @property() headline = '';

  /**
   * @deprecated Use `headline`: a `title` attribute is also the browser's tooltip over every action.
   */
  @property() override title = '';

  /** The text to share. Default: the article's share text or summary. */
  @property() text?: string;

  /** The prompt line. Default: the article's, else "Enjoyed this? Let your friends know!". */
  @property() prompt?: string;

  /**
   * The actions, in order, separated by spaces: `native`, `copy`, `x`, `facebook`, `linkedin`,
   * `whatsapp`, `telegram`, `reddit`, `bluesky`, `email`. `native` shows only where the device can share
   * (alone, it becomes `copy` where it cannot). As a property, a list or the same string. Default: the
   * article's, else `native copy x facebook linkedin whatsapp email`.
   */
  @property({ converter: targetsConverter }) targets?: ShareTarget[] | string;

  /** @internal */
  @consume({ context: articleContext, subscribe: true })
  private article?: ArticleContextValue;

  /** @internal */
  protected override forget(): void {
    super.forget();
    this.article = undefined;
  }

  /** @internal The status line ("Link copied"). */
  @state() private status = '';

  /** @internal */
  private statusTimer?: ReturnType<typeof setTimeout>;

  /** @internal `url`, resolved, when it is safe. */
  private givenUrl?: string;

  /** @internal The known names in `targets`, when it is set. */
  private givenTargets?: ShareTarget[];

  /** @internal Rendered on the server, which cannot share natively: hydration must render the same. */
  private fromServer = !!this.shadowRoot;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const issues: ArticleIssue[] = [];
    // Checked on every update: a relative url resolves against the article, which may come later.
    const url =
      this.url == null
        ? { value: undefined, issues: [] }
        : readPart<string>('WebUrl', this.url, 'url', this.article?.url);
    this.givenUrl = url.value;
    if (changed.has('url')) issues.push(...url.issues);
    if (changed.has('targets')) {
      // Frameworks that set properties from attributes pass the attribute's string.
      const raw: unknown = typeof this.targets === 'string' ? splitTargets(this.targets) : this.targets;
      const checked =
        raw === undefined || raw === null
          ? { value: undefined, issues: [] }
          : readPart<Share>('Share', { targets: raw }, '');
      this.givenTargets = checked.value?.targets;
      issues.push(...checked.issues);
    }
    this.reportIssues(issues, 'share-prompt: invalid url or targets were left out');
  }

  /** @internal What is shared, from attributes first, then the article, then the page. */
  private get data(): ShareData {
    const a = this.article;
    const base = a?.url ?? globalThis.document?.baseURI;
    const candidate = this.givenUrl ?? a?.share?.url ?? a?.url ?? globalThis.location?.href ?? '';
    return {
      url: resolveUrl(candidate, base) ?? '',
      title: this.headline || this.title || a?.headline || globalThis.document?.title || '',
      text: this.text ?? a?.share?.text ?? a?.summary ?? a?.dek ?? '',
    };
  }

  /** @internal */
  private get canShareNatively(): boolean {
    const nav = globalThis.navigator;
    if (typeof nav?.share !== 'function' || (this.fromServer && !this.hasUpdated)) return false;
    try {
      return nav.canShare?.({ url: this.data.url }) ?? true;
    } catch {
      return false;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.statusTimer);
    // Its timer is gone: the message goes now (the line stays, as when it times out).
    if (this.status.trim()) this.status = '\u00a0';
  }

  protected override firstUpdated(): void {
    // Hydrated: now the share sheet may join the actions.
    if (this.fromServer && typeof navigator.share === 'function') this.requestUpdate();
  }

  /** @internal Fires `news-share`; true when the host did not cancel it. */
  private announce(target: ShareTarget, url: string): boolean {
    return this.dispatchEvent(new NewsShareEvent({ target, url }));
  }

  /** @internal */
  private showStatus(message: string) {
    clearTimeout(this.statusTimer);
    // The same words again: a live region is spoken only when it changes, so alternate a trailing
    // no-break space (not an empty moment, which would collapse the line and move the page).
    this.status = this.status === message ? `${message}\u00a0` : message;
    // The words go, the line stays: taking it away would pull what follows up under the reader's
    // eyes, a layout shift no click explains. (It opened on the click, which browsers allow.)
    this.statusTimer = setTimeout(() => (this.status = '\u00a0'), 4000);
  }

  /** @internal */
  private async handleNative() {
    const data = this.data;
    if (!this.announce('native', data.url)) return;
    try {
      await navigator.share({ url: data.url, title: data.title, text: data.text });
    } catch {
      // The reader closed the share sheet, or the device refused: nothing to report.
    }
  }

  /** @internal */
  private async handleCopy() {
    const { url } = this.data;
    if (!this.announce('copy', url)) return;
    try {
      await navigator.clipboard.writeText(url);
      this.showStatus(this.t('linkCopied'));
    } catch {
      // The address isolated, left to right, whatever the direction of the words around it.
      this.showStatus(splice(this.t('copyFailed'), 'url', `\u2066${url}\u2069`).join(''));
    }
  }

  /** @internal */
  private handleLink(event: MouseEvent, target: ShareTarget) {
    if (!this.announce(target, this.data.url)) event.preventDefault();
  }

  /** @internal One action: the share sheet or copy as a button, a network or email as a link. */
  private renderAction(target: ShareTarget, data: ShareData, primary: boolean) {
    const cls = `action${primary ? ' primary' : ''}`;
    if (target === 'native') {
      return html`<button part="action" class=${cls} type="button" @click=${this.handleNative}>
        ${icon(SHARE)}${this.t('share')}
      </button>`;
    }
    if (target === 'copy') {
      return html`<button part="action" class=${cls} type="button" @click=${this.handleCopy}>
        ${icon(LINK)}${this.t('copyLink')}
      </button>`;
    }
    const href = shareHref(target, data);
    if (!href) return nothing;
    const email = target === 'email';
    const name = email ? this.t('email') : TARGET_NAMES[target];
    return html`<a
      part="action"
      class=${cls}
      href=${href}
      target=${email ? '_self' : '_blank'}
      rel="noopener noreferrer"
      aria-label=${email ? this.t('shareByEmail') : this.t('shareOn', { target: name })}
      aria-describedby=${ifDefined(email ? undefined : 'new-tab')}
      @click=${(e: MouseEvent) => this.handleLink(e, target)}
      >${email ? icon(MAIL) : nothing}${name}</a
    >`;
  }

  protected override render() {
    const data = this.data;
    const chosen = this.givenTargets ?? this.article?.share?.targets ?? DEFAULT_TARGETS;
    let targets = chosen.filter(
      (t, i) => chosen.indexOf(t) === i && (t !== 'native' || this.canShareNatively),
    );
    // Only the share sheet, where the browser has none (most desktops): the link to copy, not an empty box.
    if (!targets.length && chosen.includes('native')) targets = ['copy'];
    const given = this.prompt ?? this.article?.share?.prompt;
    // The article's own prompt, in a UI of another language: marked with the article's.
    const own = given !== undefined && this.uiMark ? this.inheritedLocale?.text : undefined;
    const ownDir = ifDefined(own && this.textDir);
    // Not an empty string: Lit's hydration would then write later text into a comment.
    const status = this.status || nothing;
    const prompt = given ?? this.t('sharePrompt');
    return html`
      <div
        part="base"
        role="group"
        aria-label=${this.t('shareActions')}
        lang=${ifDefined(this.uiMark)}
        dir=${this.uiDir}
      >
        <p part="prompt" class="prompt" lang=${ifDefined(own)} dir=${ownDir}>${prompt}</p>
        ${
          data.url
            ? // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari drops a list's role under list-style: none
              html`<ul part="actions" role="list">
                ${targets.map((t, i) => html`<li>${this.renderAction(t, data, i === 0)}</li>`)}
              </ul>`
            : nothing
        }
        <p part="status" class="status" role="status">${status}</p>
        <span id="new-tab" hidden>${this.t('newTab')}</span>
      </div>
    `;
  }
}
