/**
 * The German language pack: registers the German UI strings with every copy of the kit on the page.
 * `import 'news-widgets/locales/de.js'`, or `<script src=".../dist/locales/de.js"></script>`.
 */
import { de } from '../i18n/de.js';
import { registerStrings } from '../i18n/registry.js';

registerStrings('de', de);
