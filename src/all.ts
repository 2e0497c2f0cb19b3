/**
 * Registers every element: the entry of the script-tag bundles (and `news-widgets/all.js`). Tags
 * already defined (the kit loaded twice, or another version first) are skipped without an error.
 * `<news-article>` first, then the elements it nests: so they find it when they upgrade, and these
 * bundles need no `ContextRoot` (the one-element npm entries carry it, for imports in any order).
 */
import './register/news-article-first.js';
import { NewsQuote } from './elements/news-quote/news-quote.js';
import { NewsHighlights } from './elements/news-highlights/news-highlights.js';
import { NewsCallout } from './elements/news-callout/news-callout.js';
import { SharePrompt } from './elements/share-prompt/share-prompt.js';
import { RelatedNews } from './elements/related-news/related-news.js';
import { define } from './internal/define.js';
import type { NewsArticle } from './register/news-article-first.js';

define('news-quote', NewsQuote);
define('news-highlights', NewsHighlights);
define('news-callout', NewsCallout);
define('share-prompt', SharePrompt);
define('related-news', RelatedNews);

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
