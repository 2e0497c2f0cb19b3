/**
 * The Arabic language pack: registers the Arabic UI strings with every copy of the kit on the page.
 * `import 'news-widgets/locales/ar.js'`, or `<script src=".../dist/locales/ar.js"></script>`.
 */
import { ar } from '../i18n/ar.js';
import { registerStrings } from '../i18n/registry.js';

registerStrings('ar', ar);
