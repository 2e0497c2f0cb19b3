import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * The placeholder while `src` loads, for `<news-article>` and `<related-news>`: a group named by
 * `label` ("Loading article…"), focusable, so focus can wait on it during a Retry and say what is
 * happening. `shape` draws the content to come; `lang` marks the label where the page is in another.
 */
export const renderPlaceholder = (label: string, shape: unknown, lang?: string) =>
  html`<div part="base skeleton" class="skeleton" role="group" aria-labelledby="loading" tabindex="-1">
    <p class="visually-hidden" id="loading" lang=${ifDefined(lang)}>${label}</p>
    ${shape}
  </div>`;
