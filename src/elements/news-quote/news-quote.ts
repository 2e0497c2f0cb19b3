import { consume } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NewsElement } from '../../internal/news-element.js';
import { readPart } from '../../model/parse.js';
import type { Quote } from '../../model/types.js';
import { articleContext, type ArticleContextValue } from '../../context/article-context.js';
import { styles } from './news-quote.styles.js';

/**
 * @summary A quote with its speaker, the speaker's role and the context in which it was said.
 * @tag news-quote
 *
 * @slot - The quote text, when neither `text` nor `quote` is set. White space before it does not
 *   show; end it at the closing tag, or a space shows before the closing mark.
 *
 * @event {NewsErrorEvent} news-error - The `quote` property held invalid data, or `cite` an unsafe URL;
 *   what was valid is shown.
 *
 * @csspart base - The `<figure>` wrapper.
 * @csspart text - The `<blockquote>`.
 * @csspart caption - The `<figcaption>` with speaker, role and context.
 * @csspart speaker - The speaker's name.
 * @csspart role - The speaker's role.
 * @csspart context - The line saying when or where it was said.
 *
 * @cssprop [--news-quote-rule-color=var(--news-color-accent)] - Colour of the rule beside the quote.
 * @cssprop [--news-quote-rule-width=4px] - Width of that rule.
 * @cssprop [--news-quote-font-size=1.15em] - Size of the quote text.
 *
 * @example
 * <news-quote speaker-role="Special U.S. envoy" speaker="Steve Witkoff" context="Witkoff describing progress after the summit">
 *   We covered almost all the other issues necessary for a peace deal.</news-quote>
 */
export class NewsQuote extends NewsElement {
  static override styles = [...NewsElement.styles, styles];

  /** The whole quote as an object of the article format; attributes below take precedence. */
  @property({ attribute: false }) quote?: Quote;

  /** The quote text. Without it, the slotted content is the quote. */
  @property() text?: string;

  /** Who said it. */
  @property() speaker?: string;

  /**
   * The speaker's role, e.g. "President of Ukraine". (Not `role`: that attribute is the ARIA role
   * of the element, and a job title there would break accessibility.)
   */
  @property({ attribute: 'speaker-role' }) speakerRole?: string;

  /** When or where it was said, e.g. "at a Brussels news conference". */
  @property() context?: string;

  /** URL of the source of the quote. */
  @property() cite?: string;

  /** @internal Used to resolve a relative `cite` against the article. */
  @consume({ context: articleContext, subscribe: true })
  private article?: ArticleContextValue;

  /** @internal */
  protected override forget(): void {
    super.forget();
    this.article = undefined;
  }

  /** @internal */
  private data: Partial<Quote> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { value, issues } =
      this.quote === undefined
        ? { value: undefined, issues: [] }
        : readPart<Quote>('Quote', this.quote, 'quote', this.article?.url);
    // The cite attribute is checked like the quote's own: an unsafe URL is dropped and reported.
    const cite = this.cite
      ? readPart<string>('WebUrl', this.cite, 'cite', this.article?.url)
      : { value: this.cite === undefined ? value?.cite : undefined, issues: [] };
    this.reportIssues(
      [...(changed.has('quote') ? issues : []), ...(changed.has('cite') ? cite.issues : [])],
      'news-quote: invalid quote',
    );
    this.data = {
      text: this.text ?? value?.text,
      speaker: this.speaker ?? value?.speaker,
      role: this.speakerRole ?? value?.role,
      context: this.context ?? value?.context,
      cite: cite.value,
    };
  }

  protected override render() {
    const { text, speaker, role, context, cite } = this.data;
    const caption = speaker || role || context;
    // Speaker, role and context are the article's words: punctuated in its language.
    const comma = /^(ar|fa|ur|ps|sd|ckb|ug)\b/.test(
      (!this.lang && this.inheritedLocale?.text) || this.askedLang,
    )
      ? '، '
      : ', ';
    return html`
      <figure part="base" lang=${ifDefined(this.lang || undefined)} dir=${this.textDir}>
        <blockquote part="text" cite=${ifDefined(cite)}>
          <p class="text">${text ?? html`<slot></slot>`}</p>
        </blockquote>
        ${
          caption
            ? html`<figcaption part="caption">
                ${speaker ? html`<span part="speaker" class="speaker">${speaker}</span>` : nothing}${
                  speaker && role ? comma : nothing
                }${role ? html`<span part="role" class="role">${role}</span>` : nothing}${
                  // The context shows on a line of its own; a screen reader needs the pause spelled out.
                  context && (speaker || role) ? html`<span class="visually-hidden">${comma}</span>` : nothing
                }
                ${context ? html`<span part="context" class="context">${context}</span>` : nothing}
              </figcaption>`
            : nothing
        }
      </figure>
    `;
  }
}
