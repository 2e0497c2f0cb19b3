import type { ArticleIssue } from '../model/types.js';

export const ERROR_KINDS = ['network', 'timeout', 'http', 'parse', 'validation', 'too-large'] as const;
export type NewsErrorKind = (typeof ERROR_KINDS)[number];

export interface NewsErrorDetail {
  /** What went wrong. */
  kind: NewsErrorKind;
  /** HTTP status, for `http` errors. */
  status?: number;
  /** The validator's issues, for `validation` errors. */
  issues?: ArticleIssue[];
  /** A message for developers' logs (English). */
  message: string;
}

/**
 * Fired when an element cannot show its content (it shows its error state instead), or when it
 * left invalid parts of its input out and shows the rest (`kind: 'validation'`, with `issues`).
 */
export class NewsErrorEvent extends CustomEvent<NewsErrorDetail> {
  constructor(detail: NewsErrorDetail) {
    super('news-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-error': NewsErrorEvent;
  }
}
