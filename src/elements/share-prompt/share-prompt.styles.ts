import { css } from 'lit';

export const styles = css`
  [part~='base'] {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-l);
    border-radius: var(--_radius);
    background: var(--news-share-background, var(--_surface-alt));
    text-align: center;
    justify-items: center;
  }
  .prompt {
    font-family: var(--_font-heading);
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
    text-wrap: balance;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_space-s);
  }
  /* Not a line of text: at large text sizes a line is taller than a button, and buttons with an
     icon would sit on another baseline than those without. */
  li {
    display: flex;
  }
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0 var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--news-share-button-background, var(--_surface));
    color: var(--news-share-button-color, var(--_text));
    font: 600 0.8em / 1 var(--_font-ui);
    text-decoration: none;
    cursor: pointer;
  }
  .action:hover {
    border-color: var(--_text);
  }
  .primary {
    background: var(--news-share-primary-background, var(--_text));
    color: var(--news-share-primary-color, var(--_surface));
    border-color: transparent;
  }
  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Empty, out of the grid, so it takes no row and no gap; still there for the live region. */
  .status:empty {
    position: absolute;
  }
  .status {
    font-family: var(--_font-ui);
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_text);
  }
  @media (prefers-reduced-motion: no-preference) {
    .action {
      transition:
        border-color 120ms ease,
        transform 120ms ease;
    }
    .action:active {
      transform: scale(0.97);
    }
  }
  /* Share buttons do nothing on paper. */
  @media print {
    :host {
      display: none;
    }
  }
`;
