/**
 * Imported by the npm entries of the elements `<news-article>` nests (`news-widgets/share-prompt.js`
 * and the others), not by the bundles, which define `<news-article>` first. An app that imports
 * `share-prompt.js` before `news-article.js` gets a page's own `<share-prompt slot="share">` upgraded
 * first: it asks for the article before any `<news-article>` can answer. A `ContextRoot` on the page
 * keeps that request and asks again once one appears, so any order of imports works.
 */
import { ContextRoot } from '@lit/context';

const ROOT = Symbol.for('news-widgets.context-root');
const page = globalThis.document?.documentElement;
const kit = globalThis as { [ROOT]?: ContextRoot };
if (page && !kit[ROOT]) (kit[ROOT] = new ContextRoot()).attach(page);
