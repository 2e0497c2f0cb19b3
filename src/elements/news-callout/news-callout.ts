import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { clampLevel, heading } from '../../internal/heading.js';
import { renderInline } from '../../internal/inline.js';
import { NewsElement } from '../../internal/news-element.js';
import { readPart } from '../../model/parse.js';
import type { Inline } from '../../model/types.js';
import { styles } from './news-callout.styles.js';
import { TONES, type Tone } from './news-callout.types.js';

// One shape per tone, so the tone never rests on colour alone.
const ICONS: Record<Tone, ReturnType<typeof svg>> = {
  note: svg`<path d="M5 3h10l4 4v14H5zm9 1.5V8h3.5M8 11h8v1.5H8zm0 3.5h8V16H8z"/>`,
  info: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m-1 8h2v7h-2zm0-3.5h2v2h-2z"/>`,
  warning: svg`<path d="M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z"/>`,
  risk: svg`<path d="M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9zM11 6.5v7h2v-7zm0 9v2h2v-2z"/>`,
};

/**
 * @summary A titled box that sets a note, information, a warning or a risk apart from the story.
 * @tag news-callout
 *
 * @slot - The callout text, when `text` is not set.
 *
 * @event {NewsErrorEvent} news-error - `text` held invalid data, or `tone` an unknown name (shown
 *   as a note).
 *
 * @csspart base - The `<aside>` box.
 * @csspart tone - The icon and tone label ("Risk").
 * @csspart icon - The tone icon.
 * @csspart title - The title heading.
 * @csspart text - The text.
 * @csspart link - Links inside the text.
 *
 * @cssprop [--news-callout-color] - The tone colour; by default from `--news-color-note`,
 *   `--news-color-info`, `--news-color-warning` or `--news-color-risk`.
 * @cssprop [--news-callout-background] - The box background; by default a tint of the tone colour.
 * @cssprop [--news-color-note=light-dark(#4d5159, #b9bcc4)] - Colour of the `note` tone, for every callout on the page.
 * @cssprop [--news-color-info=var(--news-color-link)] - Colour of the `info` tone: by default the links'.
 * @cssprop [--news-color-warning=light-dark(#8a4b00, #f3b64e)] - Colour of the `warning` tone.
 * @cssprop [--news-color-risk=light-dark(#b3261e, #ff8f85)] - Colour of the `risk` tone.
 *
 * @example
 * <news-callout tone="risk" heading="Geopolitical risk rises over security guarantees">
 *   The plan depends on detailed mechanisms that are still undefined.
 * </news-callout>
 */
export class NewsCallout extends NewsElement {
  static override styles = [...NewsElement.styles, styles];

  /** The kind of callout: `note`, `info`, `warning` or `risk`. It sets the colour, icon and label. */
  @property({ reflect: true }) tone: Tone = 'note';

  /** The heading text. */
  @property() heading = '';

  /**
   * @deprecated Use `heading`: a `title` attribute is also the browser's tooltip over the whole box.
   */
  @property() override title = '';

  /** The text (a string or spans); without it, the slotted content is shown. */
  @property({ attribute: 'text' }) text?: Inline;

  /** Level of the title heading, 1–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** @internal The valid text. */
  private valid?: Inline;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // No tone (the attribute removed) is a note; a name the kit does not know is the page's mistake.
    if (changed.has('tone') && this.tone != null && !TONES.includes(this.tone)) {
      const message = `tone: must be one of ${TONES.map((t) => `"${t}"`).join(', ')}, got "${String(this.tone)}"`;
      this.reportIssues(
        [{ severity: 'warning', path: 'tone', message }],
        'news-callout: unknown tone, shown as a note',
      );
    }
    if (!changed.has('text')) return;
    const { value, issues } =
      this.text === undefined
        ? { value: undefined, issues: [] }
        : readPart<Inline>('Inline', this.text, 'text');
    this.valid = value;
    this.reportIssues(issues, 'news-callout: invalid text');
  }

  protected override render() {
    const tone: Tone = TONES.includes(this.tone) ? this.tone : 'note';
    const value = this.valid;
    const label = this.t(tone);
    const title = this.heading || this.title;
    return html`
      <aside part="base" aria-labelledby=${title ? 'tone title' : 'tone'} dir=${this.textDir}>
        <p part="tone" class="tone" id="tone">
          <svg part="icon" viewBox="0 0 24 24" aria-hidden="true">${ICONS[tone]}</svg>${this.ui(label)}
        </p>
        ${title ? heading(clampLevel(this.headingLevel, 3), title, 'title', 'title', 'title') : nothing}
        <div part="text" class="text">${value === undefined ? html`<slot></slot>` : renderInline(value)}</div>
      </aside>
    `;
  }
}
