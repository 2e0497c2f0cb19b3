/** Registers `<news-quote>` (importing this module is the side effect). */
import '../internal/context-root.js';
import { NewsQuote } from '../elements/news-quote/news-quote.js';
import { define } from '../internal/define.js';

define('news-quote', NewsQuote);

export { NewsQuote };

declare global {
  interface HTMLElementTagNameMap {
    'news-quote': NewsQuote;
  }
}
