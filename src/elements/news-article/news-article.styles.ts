import { css } from 'lit';

export const styles = css`
  /* Sized by its content where a page lets it (a float, a flex row, a table cell): the article's
     width, up to its maximum, and as narrow as the space when there is less. No size containment
     on the host: it would fix the narrowest width too, and push phones' pages sideways. */
  :host {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  /* The elements inside lie on the article's surface; alone, a dark page gives each its own. */
  news-quote,
  news-highlights,
  news-callout,
  share-prompt,
  related-news,
  ::slotted(:is(share-prompt, related-news)) {
    background: none;
  }
  article {
    max-inline-size: var(--news-article-max-width, 720px);
    margin-inline: auto;
    padding: var(--news-article-padding, var(--_space-l) var(--_space-m));
    display: grid;
    gap: var(--_space-l);
  }
  /* The container for the headline's size. It adds nothing to the article's own width. */
  header {
    display: grid;
    gap: var(--_space-s);
    container-type: inline-size;
  }
  .masthead {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    font-family: var(--_font-ui);
    font-size: 0.75em;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    padding-block-end: var(--_space-s);
    border-block-end: 1px solid var(--_border);
  }
  .brand {
    font-weight: 800;
    color: var(--_text);
    text-decoration: none;
    font-size: 1.2em;
    letter-spacing: 0.02em;
    text-transform: none;
  }
  .brand img {
    block-size: var(--news-article-logo-height, 28px);
    inline-size: auto;
  }
  .section {
    color: var(--_accent);
    font-weight: 700;
  }
  .headline {
    font-family: var(--_font-heading);
    font-size: var(--news-article-headline-size, clamp(1.75em, 1em + 4cqi, 2.6em));
    font-weight: 700;
    line-height: 1.12;
    letter-spacing: -0.01em;
    text-wrap: balance;
    margin-block-start: var(--_space-s);
  }
  .dek {
    font-size: 1.15em;
    line-height: 1.45;
    color: var(--_muted);
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    font-family: var(--_font-ui);
    font-size: 0.75em;
    color: var(--_muted);
    /* No lone "UTC" on a line of its own. */
    text-wrap: pretty;
  }
  .byline .authors {
    color: var(--_text);
    font-weight: 600;
  }
  .byline a {
    color: inherit;
  }
  .summary {
    font-size: 1.05em;
    line-height: 1.55;
    padding-inline-start: var(--_space-m);
    border-inline-start: 3px solid var(--_border);
  }
  .body {
    display: grid;
    gap: var(--_space-l);
  }
  .paragraph {
    line-height: 1.7;
  }
  /* Data beside other text is isolated: a stray direction override in it cannot reorder the rest. */
  .dateline,
  .credit,
  .attribution a {
    unicode-bidi: plaintext;
  }
  .dateline {
    font-family: var(--_font-ui);
    font-size: 0.85em;
    font-weight: 800;
    letter-spacing: 0.04em;
  }
  .subheading {
    font-family: var(--_font-heading);
    font-size: 1.35em;
    line-height: 1.25;
    margin-block-start: var(--_space-s);
  }
  .quotes {
    display: grid;
    gap: var(--_space-l);
    border-block-start: 3px solid var(--_text);
    padding-block-start: var(--_space-m);
  }
  .heading {
    margin-block-end: 0;
  }
  .figure img {
    inline-size: 100%;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
  }
  /* Without width and height, a 16:9 box holds the place until the picture gives its shape. */
  .figure img:not([width][height]) {
    aspect-ratio: auto 16 / 9;
  }
  figcaption {
    margin-block-start: var(--_space-s);
    font-family: var(--_font-ui);
    font-size: 0.75em;
    line-height: 1.45;
    color: var(--_muted);
  }
  .credit {
    margin-inline-start: 0.5em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    font-size: 0.9em;
  }
  .attribution {
    font-family: var(--_font-ui);
    font-size: 0.75em;
    color: var(--_muted);
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space-m);
  }
  .attribution a {
    color: var(--_text);
    font-weight: 600;
  }
  .skeleton {
    max-inline-size: var(--news-article-max-width, 720px);
    margin-inline: auto;
    padding: var(--news-article-padding, var(--_space-l) var(--_space-m));
    /* Exactly the reserved height, whatever the publisher sets: the same as the :not(:defined)
       rule in the README, so the upgrade does not move the page. */
    block-size: var(--news-article-min-block-size, 1400px);
    overflow: hidden;
    display: grid;
    align-content: start;
    gap: var(--_space-m);
  }
  /* The placeholder's width where the page sizes it by content: 720 px wide, yet able to shrink
     to nothing (a picture with a percentage maximum), as the article will. */
  .spacer {
    display: block;
    max-inline-size: 100%;
    margin-block-end: calc(-1 * var(--_space-m));
  }
  .bone {
    block-size: 1em;
    border-radius: 4px;
    background: var(--_surface-alt);
    /* Shows the shape in forced colours (high contrast), which drop backgrounds. */
    border: 1px solid transparent;
  }
  .b-brand {
    inline-size: 30%;
  }
  .b-title {
    block-size: 2.2em;
  }
  .b-short {
    inline-size: 70%;
  }
  .b-media {
    aspect-ratio: 16 / 9;
    block-size: auto;
  }
  .failed {
    max-inline-size: var(--news-article-max-width, 720px);
    margin-inline: auto;
    padding: var(--news-article-padding, var(--_space-l) var(--_space-m));
  }
  /* A story that failed to load on screen keeps the space its skeleton held, as a slot with no ad
     does: collapsing would pull the page below up under the reader's eyes. */
  .kept {
    min-block-size: var(--news-article-min-block-size, 1400px);
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.6s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
  }
`;
