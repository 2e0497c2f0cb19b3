/**
 * Registers every element: the entry of the script-tag bundles. Tags already defined (the kit
 * loaded twice, or another version first) are skipped without an error.
 */
import { define } from './internal/define.js';
import { NewsArticle } from './elements/news-article/news-article.js';
import { NewsCallout } from './elements/news-callout/news-callout.js';
import { NewsHighlights } from './elements/news-highlights/news-highlights.js';
import { NewsQuote } from './elements/news-quote/news-quote.js';
import { RelatedNews } from './elements/related-news/related-news.js';
import { SharePrompt } from './elements/share-prompt/share-prompt.js';

define('news-quote', NewsQuote);
define('news-highlights', NewsHighlights);
define('news-callout', NewsCallout);
define('share-prompt', SharePrompt);
define('related-news', RelatedNews);
define('news-article', NewsArticle);

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
