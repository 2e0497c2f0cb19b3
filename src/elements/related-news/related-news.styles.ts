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
  li {
    border-block-end: 1px solid var(--_border);
    padding-block-end: var(--_space-m);
  }
  a {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space-xs);
    color: inherit;
    text-decoration: none;
    min-block-size: 44px;
  }
  a:hover .headline {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .image {
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
    margin-block-end: var(--_space-xs);
    order: -2;
  }
  .meta {
    order: -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    font-family: var(--_font-ui);
    font-size: 0.7em;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.06em;
  }
  .section {
    color: var(--_accent);
    font-weight: 700;
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
  :host([layout='grid']) ul {
    grid-template-columns: repeat(auto-fill, minmax(var(--news-related-min-column, 220px), 1fr));
    gap: var(--_space-l);
  }
  :host([layout='grid']) li {
    border: 0;
    padding: 0;
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
  .empty {
    font-family: var(--_font-ui);
    font-size: 0.85em;
    color: var(--_muted);
  }
  .skeleton {
    display: grid;
    gap: var(--_space-m);
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
`;
