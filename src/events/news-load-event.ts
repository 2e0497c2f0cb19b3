import type { Article, ArticleIssue } from '../model/types.js';

export interface NewsLoadDetail {
  /** The article as rendered (validated and cleaned). */
  article: Article;
  /** The validator's warnings: parts that were dropped or cleaned. */
  warnings: ArticleIssue[];
}

/** Fired by `<news-article>` once an article has rendered. */
export class NewsLoadEvent extends CustomEvent<NewsLoadDetail> {
  constructor(detail: NewsLoadDetail) {
    super('news-load', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': NewsLoadEvent;
  }
}
