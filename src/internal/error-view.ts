import { html, nothing } from 'lit';
import { heading } from './heading.js';
import type { NewsErrorDetail } from '../events/news-error-event.js';
import type { StringKey, Translate } from '../i18n/index.js';

const MESSAGES: Record<NewsErrorDetail['kind'], StringKey> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  http: 'errorHttp',
  parse: 'errorParse',
  validation: 'errorInvalid',
  'too-large': 'errorTooLarge',
};

/** Safari and VoiceOver do not focus a clicked button: focus it, so focus can follow the retry. */
const handleRetry = (retry: () => void) => (event: Event) => {
  (event.currentTarget as HTMLElement).focus();
  retry();
};

/**
 * The error state: visible, announced (`role="alert"`), in the UI language, with the validator's
 * issues (or where the JSON broke) for the publisher and, when the data came from a URL, a Retry
 * button. The alert holds the title and the reason only: the button is announced once, when focus
 * comes back to it, and is described by the title (a page may show several). The title is a
 * heading at the `level` of the content it stands in for, so a reader moving by headings finds it.
 */
export function renderError(
  error: NewsErrorDetail,
  t: Translate,
  level: number,
  retry?: () => void,
  title: StringKey = 'errorTitle',
) {
  // What the publisher fixes: the validator's issues, or the browser's account of where the JSON broke.
  const notes =
    error.issues?.map((issue) => issue.message) ?? (error.kind === 'parse' ? [error.message] : []);
  return html`<div part="error" class="error">
    <div class="alert" role="alert">
      ${heading(level, t(title), 'error-title', 'error-title', 'error-title')}
      <span>${t(MESSAGES[error.kind], { status: String(error.status ?? '') })}</span>
    </div>
    ${
      notes.length
        ? html`<details>
            <summary>${t('errorDetails')}</summary>
            <ul lang="en" dir="ltr">
              ${notes.map((note) => html`<li>${note}</li>`)}
            </ul>
          </details>`
        : nothing
    }
    ${
      retry
        ? html`<button
            part="retry"
            class="retry"
            type="button"
            aria-describedby="error-title"
            @click=${handleRetry(retry)}
          >
            ${t('retry')}
          </button>`
        : nothing
    }
  </div>`;
}
