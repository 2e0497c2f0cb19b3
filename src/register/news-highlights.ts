/** Registers `<news-highlights>` (importing this module is the side effect). */
import '../internal/context-root.js';
import { NewsHighlights } from '../elements/news-highlights/news-highlights.js';
import { define } from '../internal/define.js';

define('news-highlights', NewsHighlights);

export { NewsHighlights };

declare global {
  interface HTMLElementTagNameMap {
    'news-highlights': NewsHighlights;
  }
}
