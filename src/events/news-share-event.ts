import type { ShareTarget } from '../model/types.js';

export interface NewsShareDetail {
  /** The share action chosen. */
  target: ShareTarget;
  /** The URL being shared. */
  url: string;
}

/**
 * Fired by `<share-prompt>` before a share action runs. Cancel it with `preventDefault()` to
 * handle the share yourself: the kit then does nothing (no window, no clipboard, no navigation).
 */
export class NewsShareEvent extends CustomEvent<NewsShareDetail> {
  constructor(detail: NewsShareDetail) {
    super('news-share', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-share': NewsShareEvent;
  }
}
