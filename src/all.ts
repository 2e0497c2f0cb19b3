/**
 * Registers every element: the entry of the script-tag bundles. Tags already defined (the kit
 * loaded twice, or another version first) are skipped without an error.
 */
import './register/news-article.js';
import type { NewsArticle } from './elements/news-article/news-article.js';
import type { NewsCallout } from './elements/news-callout/news-callout.js';
import type { NewsHighlights } from './elements/news-highlights/news-highlights.js';
import type { NewsQuote } from './elements/news-quote/news-quote.js';
import type { RelatedNews } from './elements/related-news/related-news.js';
import type { SharePrompt } from './elements/share-prompt/share-prompt.js';

export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
    'news-quote': NewsQuote;
    'news-highlights': NewsHighlights;
    'news-callout': NewsCallout;
    'share-prompt': SharePrompt;
    'related-news': RelatedNews;
  }
}
