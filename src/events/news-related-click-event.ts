import type { RelatedItem } from '../model/types.js';

export interface NewsRelatedClickDetail {
  /** The related story that was clicked. */
  item: RelatedItem;
}

/**
 * Fired by `<related-news>` when a story is clicked. Cancel it with `preventDefault()` to route
 * the reader yourself (a single-page app); otherwise the link is followed. Not fired for a click
 * with Ctrl, Cmd, Shift or Alt held, or another button than the main one: the browser opens a new
 * tab or window, as the reader asked.
 */
export class NewsRelatedClickEvent extends CustomEvent<NewsRelatedClickDetail> {
  constructor(detail: NewsRelatedClickDetail) {
    super('news-related-click', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-related-click': NewsRelatedClickEvent;
  }
}
