import { css } from 'lit';

export const styles = css`
  :host {
    --_tone: var(--news-callout-color, var(--news-color-note, light-dark(#4d5159, #b9bcc4)));
  }
  :host([tone='info']) {
    --_tone: var(--news-callout-color, var(--news-color-info, var(--_link)));
  }
  :host([tone='warning']) {
    --_tone: var(--news-callout-color, var(--news-color-warning, light-dark(#8a4b00, #f3b64e)));
  }
  :host([tone='risk']) {
    --_tone: var(--news-callout-color, var(--news-color-risk, light-dark(#b3261e, #ff8f85)));
  }
  aside {
    border: 1px solid color-mix(in srgb, var(--_tone) 35%, transparent);
    border-inline-start: 5px solid var(--_tone);
    border-radius: var(--_radius);
    background: var(--news-callout-background, color-mix(in srgb, var(--_tone) 7%, var(--_surface)));
    padding: var(--_space-m) var(--_space-l);
  }
  .tone {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    font-family: var(--_font-ui);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_tone);
  }
  svg {
    inline-size: 1.5em;
    block-size: 1.5em;
    flex: none;
    fill: currentColor;
  }
  .title {
    font-family: var(--_font-heading);
    font-size: 1.1em;
    line-height: 1.3;
    margin-block: var(--_space-s);
  }
  .text {
    line-height: 1.55;
  }
`;
