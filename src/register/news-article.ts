/** Registers `<news-article>` and the elements it renders, in that order. */
import { NewsArticle } from './news-article-first.js';
import './news-quote.js';
import './news-highlights.js';
import './news-callout.js';
import './share-prompt.js';
import './related-news.js';

export { NewsArticle };

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
