/** Registers `<news-callout>` (importing this module is the side effect). */
import '../internal/context-root.js';
import { NewsCallout } from '../elements/news-callout/news-callout.js';
import { define } from '../internal/define.js';

define('news-callout', NewsCallout);

export { NewsCallout };

declare global {
  interface HTMLElementTagNameMap {
    'news-callout': NewsCallout;
  }
}
