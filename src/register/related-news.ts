/** Registers `<related-news>` (importing this module is the side effect). */
import '../internal/context-root.js';
import { RelatedNews } from '../elements/related-news/related-news.js';
import { define } from '../internal/define.js';

define('related-news', RelatedNews);

export { RelatedNews };

declare global {
  interface HTMLElementTagNameMap {
    'related-news': RelatedNews;
  }
}
