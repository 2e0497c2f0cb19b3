import { css } from 'lit';

export const styles = css`
  nav {
    border-block-start: 3px solid var(--news-related-rule-color, var(--_text));
    padding-block-start: var(--_space-m);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-m);
  }
  /* A card: the headline's link covers it all (a::after), so it clicks as one. */
  li {
    position: relative;
    display: grid;
    grid-template-columns: 1fr;
    align-content: start;
    gap: var(--_space-xs) var(--_space-m);
    min-block-size: 44px;
    border-block-end: 1px solid var(--_border);
    padding-block-end: var(--_space-m);
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  /* The ring goes round the card the link covers, above the next card's picture. */
  a:focus-visible {
    outline: 0;
  }
  a:focus-visible::after {
    z-index: 1;
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  li:hover .headline {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  /* In a list, the picture is a thumbnail at the end of the line. */
  li:has(> .image) {
    grid-template: auto auto auto 1fr / 1fr clamp(3.5em, 25%, 10em);
  }
  .image {
    grid-area: 1 / 2 / -1;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 3 / 2;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
  }
  .meta {
    order: -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    font-family: var(--_font-ui);
    font-size: 0.7em;
    color: var(--_muted);
    letter-spacing: 0.04em;
  }
  /* Only the label in capitals: Chrome gives a screen reader CSS capitals, and "AUG" is spelled out. */
  .section {
    color: var(--_accent);
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .headline {
    font-family: var(--_font-heading);
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.3;
  }
  .summary {
    font-size: 0.85em;
    line-height: 1.5;
    color: var(--_muted);
  }
  /* Cards share their rows (picture, label, headline, summary), so labels line up across a row.
     The space between rows of cards is each card's bottom padding: a gap of the list would also
     open between the four rows inside a card, empty ones included. No minimum height either:
     spread over the shared rows, it would push a text-only headline down. */
  :host([layout='grid']) ul {
    grid-template-columns: repeat(auto-fill, minmax(var(--news-related-min-column, 220px), 1fr));
    gap: 0 var(--_space-l);
  }
  :host([layout='grid']) li {
    min-block-size: 0;
    grid-row: span 4;
    grid-template: subgrid / 1fr;
    row-gap: var(--_space-xs);
    border: 0;
    padding: 0 0 var(--_space-l);
  }
  :host([layout='grid']) .image {
    grid-area: 1 / 1;
    aspect-ratio: 16 / 9;
    margin-block-end: var(--_space-xs);
  }
  :host([layout='grid']) .meta {
    grid-row: 2;
  }
  :host([layout='grid']) a {
    grid-row: 3;
  }
  :host([layout='grid']) .summary {
    grid-row: 4;
  }
  :host([layout='compact']) ul {
    gap: 0;
  }
  :host([layout='compact']) li {
    padding-block: var(--_space-s);
  }
  :host([layout='compact']) .headline {
    font-size: 0.95em;
  }
  :host([layout='compact']) :is(.image, .summary) {
    display: none;
  }
  :host([layout='compact']) li {
    grid-template: none / 1fr;
  }
  .empty {
    font-family: var(--_font-ui);
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* A list that failed to load keeps the space its skeleton held: the page below stays put. */
  .kept {
    min-block-size: var(--news-related-min-block-size, 240px);
  }
  /* The shape of the list: its rule, its title, then stories. */
  .skeleton {
    display: grid;
    gap: var(--_space-m);
    border-block-start: 3px solid var(--news-related-rule-color, var(--_text));
    padding-block-start: var(--_space-m);
    block-size: var(--news-related-min-block-size, 240px);
    overflow: hidden;
    align-content: start;
  }
  .bone {
    block-size: 4em;
    border-radius: 4px;
    background: var(--_surface-alt);
    /* Shows the shape in forced colours (high contrast), which drop backgrounds. */
    border: 1px solid transparent;
  }
  .b-title {
    block-size: 1em;
    inline-size: 30%;
  }
`;
