import { css } from 'lit';

export const styles = css`
  section {
    border-block-start: 3px solid var(--news-highlights-rule-color, var(--_text));
    padding-block-start: var(--_space-m);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-m);
  }
  /* The host's own <ul> or <ol>: its items are out of reach here, so they keep their markers. */
  ::slotted(:is(ul, ol)) {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    padding-inline-start: 1.5em;
    line-height: 1.5;
  }
  li,
  ::slotted(li) {
    position: relative;
    padding-inline-start: 1.5em;
    line-height: 1.5;
  }
  /* The round bullet before each item: a border, not a background, so forced colours keep it. */
  li::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.2em;
    inset-block-start: 0.55em;
    box-sizing: content-box;
    inline-size: 0;
    block-size: 0;
    border: 0.25em solid var(--news-highlights-marker-color, var(--_accent));
    border-radius: 50%;
  }
  /* The same bullet for slotted items, written out again: in a rule of its own, so a browser that
     rejects this selector still draws the one above. (A shared fragment of declarations would
     stop the template minifier, which takes whole rules only.) */
  ::slotted(li)::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.2em;
    inset-block-start: 0.55em;
    box-sizing: content-box;
    inline-size: 0;
    block-size: 0;
    border: 0.25em solid var(--news-highlights-marker-color, var(--_accent));
    border-radius: 50%;
  }
`;
