import { css } from 'lit';

/**
 * Shared by every element: design tokens with their defaults, theme switching and the resets that
 * keep a host page's inherited styles (odd font sizes, letter spacing, text-transform) out.
 *
 * Colours use `light-dark()`, resolved by `color-scheme`: the `theme` attribute sets it, and an
 * element without one inherits it, from the page or from the `<news-article>` around it.
 * Text sizes follow the reader's default font size (the `medium` keyword), not rem: a host page's
 * `html { font-size: 62.5% }` must not shrink us. Spacing is in px.
 */
export const baseStyles = css`
  :host {
    --_text: var(--news-color-text, light-dark(#1c1b1f, #ecebf0));
    --_muted: var(--news-color-text-muted, light-dark(#53525b, #aeadb8));
    --_surface: var(--news-color-surface, light-dark(#ffffff, #141418));
    --_surface-alt: var(--news-color-surface-alt, light-dark(#f5f3ee, #1f1f25));
    --_border: var(--news-color-border, light-dark(#d9d6cd, #3a3942));
    --_accent: var(--news-color-accent, light-dark(#b3261e, #ff8f85));
    --_link: var(--news-color-link, light-dark(#0a50c2, #93b8ff));
    --_focus: var(--news-color-focus, light-dark(#0a50c2, #93b8ff));
    --_font-body: var(--news-font-body, Georgia, 'Iowan Old Style', 'Noto Serif', 'Times New Roman', serif);
    --_font-heading: var(--news-font-heading, var(--_font-body));
    /* One line: a minifier keeps a custom property's value as written. */
    /* prettier-ignore */
    --_font-ui: var(--news-font-ui, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif);
    /* 18px at the browser's default size (medium, 16px); a reader who sets a larger default gets
       larger text. em, not rem: against the host, which is pinned to medium below. */
    --_size: var(--news-font-size, 1.125em);
    --_space-xs: var(--news-space-xs, 4px);
    --_space-s: var(--news-space-s, 8px);
    --_space-m: var(--news-space-m, 16px);
    --_space-l: var(--news-space-l, 24px);
    --_radius: var(--news-radius, 6px);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    /* The reader's default size, whatever the page sets (62.5% roots, "* { font-size: 40px
       !important }"): an important declaration inside the shadow root beats the page's. */
    font-size: medium !important;
  }
  /* Our own wrapper, which no page selector reaches, starts from initial values: whatever a page
     sets on the host and its ancestors ("* { font-size: 40px !important }", letter-spacing,
     text-fill colours, writing modes, font features) stops here. Without specificity, so each
     element's own rules for its wrapper still apply. */
  :where([part~='base'], [part~='error']) {
    all: initial;
    display: block;
    box-sizing: border-box;
    color-scheme: inherit;
    color: var(--_text);
    font: 400 var(--_size) / 1.6 var(--_font-body);
    /* anywhere, not break-word: a long word then also narrows grid and flex tracks, so it wraps. */
    overflow-wrap: anywhere;
  }
  :host([theme]) {
    background: var(--_surface);
  }
  /* No theme: the page's colours show through, until its scheme turns dark. A page may declare
     "light dark" yet stay white; the light text then still comes on its dark surface. */
  :host(:not([theme])) {
    background: light-dark(transparent, var(--_surface));
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* Paper is white, and browsers drop backgrounds when printing: dark text, whatever the theme. */
  @media print {
    :host {
      color-scheme: light !important;
      background: none !important;
    }
  }
  /* The page's own slotted content keeps whole words in its tables and flex items. */
  ::slotted(*) {
    overflow-wrap: break-word;
  }
  /* Not inherit: the wrapper would inherit the host's, which a page's rule can set. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Arabic, Hebrew and CJK type has no italic (a browser would slant it): emphasis is bolder. */
  :is(em, blockquote):is(:lang(ar), :lang(fa), :lang(ur), :lang(he), :lang(ja), :lang(ko), :lang(zh)) {
    font-style: normal;
  }
  em:is(:lang(ar), :lang(fa), :lang(ur), :lang(he), :lang(ja), :lang(ko), :lang(zh)) {
    font-weight: bolder;
  }
  a {
    color: var(--_link);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  figure,
  blockquote {
    margin: 0;
    padding: 0;
  }
  img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .heading {
    font-family: var(--_font-ui);
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_text);
    margin-block-end: var(--_space-m);
  }
  .error {
    display: grid;
    justify-items: start;
    gap: var(--_space-s);
    padding: var(--_space-m) var(--_space-l);
    border: 1px solid var(--_accent);
    border-inline-start-width: 5px;
    border-radius: var(--_radius);
    font-family: var(--_font-ui);
    font-size: 0.85em;
  }
  .alert {
    display: grid;
    gap: inherit;
  }
  .error-title {
    font-size: 1em;
    font-weight: 700;
  }
  .error details {
    color: var(--_muted);
  }
  /* The bullets inside the text column, not in the box's padding. */
  .error ul {
    padding-inline-start: 1.25em;
  }
  .error summary {
    cursor: pointer;
  }
  .retry {
    min-block-size: 44px;
    padding: 0 var(--_space-l);
    /* Transparent, but drawn in forced colours (high contrast), where the background is not. */
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_text);
    color: var(--_surface);
    font: 600 1em / 1 var(--_font-ui);
    cursor: pointer;
  }
`;
