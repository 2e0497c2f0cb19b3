/**
 * Defines `<news-article>` before the elements it nests (./news-article.ts imports this first): a
 * page's own `<share-prompt slot="share">`, upgraded when its tag is defined, then finds the
 * article there to ask for its data (through context).
 */
import { NewsArticle } from '../elements/news-article/news-article.js';
import { define } from '../internal/define.js';

define('news-article', NewsArticle);

export { NewsArticle };
