import { css } from 'lit';

export const styles = css`
  figure {
    border-inline-start: var(--news-quote-rule-width, 4px) solid var(--news-quote-rule-color, var(--_accent));
    padding-inline-start: var(--_space-m);
    margin: 0;
  }
  blockquote {
    font-family: var(--_font-heading);
    font-size: var(--news-quote-font-size, 1.15em);
    line-height: 1.45;
    font-style: italic;
    quotes: auto;
  }
  /* The opening mark hangs in the margin, out of the flow, so the white space before slotted
     text is at the start of the line, where it collapses: no space between the mark and the words. */
  blockquote > .text::before {
    content: open-quote;
    position: absolute;
    margin-inline-start: -0.45em;
  }
  blockquote > .text::after {
    content: close-quote;
  }
  figcaption {
    margin-block-start: var(--_space-s);
    font-family: var(--_font-ui);
    font-size: 0.8em;
    line-height: 1.45;
    color: var(--_muted);
  }
  .speaker,
  .role {
    unicode-bidi: plaintext;
  }
  .speaker {
    font-weight: 700;
    color: var(--_text);
  }
  .context {
    display: block;
  }
`;
