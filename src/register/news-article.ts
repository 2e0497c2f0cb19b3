/** Registers `<news-article>` and the elements it renders. */
import './news-quote.js';
import './news-highlights.js';
import './news-callout.js';
import './share-prompt.js';
import './related-news.js';
import { NewsArticle } from '../elements/news-article/news-article.js';
import { define } from '../internal/define.js';

define('news-article', NewsArticle);

export { NewsArticle };

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
