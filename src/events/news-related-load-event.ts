import type { ArticleIssue, RelatedItem } from '../model/types.js';

export interface NewsRelatedLoadDetail {
  /** The stories as rendered (validated; invalid ones left out). */
  items: RelatedItem[];
  /** The validator's warnings: stories or fields that were left out. */
  warnings: ArticleIssue[];
}

/** Fired by `<related-news>` once a list from `src` or `items` has rendered (also when it is empty). */
export class NewsRelatedLoadEvent extends CustomEvent<NewsRelatedLoadDetail> {
  constructor(detail: NewsRelatedLoadDetail) {
    super('news-related-load', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-related-load': NewsRelatedLoadEvent;
  }
}
