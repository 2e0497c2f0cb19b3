import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clampLevel, heading } from '../../internal/heading.js';
import { renderInline } from '../../internal/inline.js';
import { NewsElement } from '../../internal/news-element.js';
import { readPart } from '../../model/parse.js';
import type { Inline } from '../../model/types.js';
import { styles } from './news-highlights.styles.js';

/**
 * @summary A titled bullet list of an article's highlights.
 * @tag news-highlights
 *
 * @slot - `<li>` elements, or one `<ul>` or `<ol>` of them, used when `items` is not set. A
 *   list of the page's own keeps its own markers (numbers, say), which the page styles: its items
 *   are out of the element's reach.
 *
 * @event {NewsErrorEvent} news-error - `items` held invalid entries; they were left out.
 *
 * @csspart base - The `<section>` wrapper.
 * @csspart title - The heading.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart link - Links inside items.
 *
 * @cssprop [--news-highlights-rule-color=var(--news-color-text)] - The rule above the list.
 * @cssprop [--news-highlights-marker-color=var(--news-color-accent)] - The bullets (of `items` and
 *   of slotted `<li>`s; a slotted `<ul>` or `<ol>` keeps the page's markers).
 *
 * @example
 * <news-highlights heading="Highlights">
 *   <li>Security guarantees must translate into real protections on the ground.</li>
 * </news-highlights>
 */
export class NewsHighlights extends NewsElement {
  static override styles = [...NewsElement.styles, styles];

  /** The items: strings, or arrays of spans with marks and links (the article format's `Inline`). */
  @property({ attribute: false }) items?: Inline[];

  /** The heading text. Default: "Highlights" in the UI language. */
  @property() heading = '';

  /**
   * @deprecated Use `heading`: a `title` attribute is also the browser's tooltip over the whole list.
   */
  @property() override title = '';

  /** Level of the title heading, 1–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** @internal The valid items. */
  private valid?: Inline[];

  /** @internal The host's children are its own `<ul>` or `<ol>`, not `<li>`s. */
  @state() private ownList = false;

  /** @internal */
  private readonly handleSlotChange = () => {
    this.ownList = !!this.querySelector(':scope > :is(ul, ol)');
  };

  override connectedCallback(): void {
    // Rendered on the server, the first render must match the server's (which sees no children):
    // the slot's change or the first update tells. Otherwise the first render is already right.
    const hydrating = !!this.shadowRoot;
    super.connectedCallback();
    if (!hydrating) this.handleSlotChange();
  }

  protected override firstUpdated(): void {
    if (this.shadowRoot?.querySelector('slot')) this.handleSlotChange();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('items')) return;
    const { value, issues } =
      this.items === undefined
        ? { value: undefined, issues: [] }
        : readPart<Inline[]>(['Inline'], this.items, 'items');
    // Not a list at all: the page's own items, if it wrote any, still show.
    this.valid = value;
    this.reportIssues(issues, 'news-highlights: invalid items were left out');
  }

  protected override render() {
    const value = this.valid;
    const title = this.heading || this.title || this.ui(this.t('highlights'));
    return html`
      <section part="base" aria-labelledby="title" dir=${this.textDir}>
        ${heading(clampLevel(this.headingLevel, 3), title, 'title', 'title', 'heading')}
        ${
          value
            ? // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari drops a list's role under list-style: none
              html`<ul part="list" role="list">
                ${value.map((item) => html`<li part="item">${renderInline(item)}</li>`)}
              </ul>`
            : // The host's own list stays its list (a list inside ours would be a list in a list).
              this.ownList
              ? html`<div part="list"><slot @slotchange=${this.handleSlotChange}></slot></div>`
              : // The slot takes the host's <li>s; role="list": Safari drops a list's role under list-style: none.
                // eslint-disable-next-line lit-a11y/list, lit-a11y/no-redundant-role
                html`<ul part="list" role="list">
                  <slot @slotchange=${this.handleSlotChange}></slot>
                </ul>`
        }
      </section>
    `;
  }
}
