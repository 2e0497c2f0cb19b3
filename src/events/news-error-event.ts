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

/** Fired when an element cannot show its content; the element shows its error state. */
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
