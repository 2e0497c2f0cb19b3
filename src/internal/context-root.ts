/**
 * Imported by the npm entries of the elements `<news-article>` nests (`news-widgets/share-prompt.js`
 * and the others), not by the bundles, which define `<news-article>` first. An app that imports
 * `share-prompt.js` before `news-article.js` gets a page's own `<share-prompt slot="share">` upgraded
 * first: it asks for the article before any `<news-article>` can answer. A `ContextRoot` on the page
 * keeps that request and asks again once one appears, so any order of imports works.
 */
import { ContextRoot } from '@lit/context';
import { articleContext } from '../context/article-context.js';
import { localeContext } from '../context/locale-context.js';

const ROOT = Symbol.for('news-widgets.context-root');
const OURS: unknown[] = [articleContext, localeContext];
const page = globalThis.document?.documentElement;
const kit = globalThis as { [ROOT]?: ContextRoot };

if (page && !kit[ROOT] && !customElements.get('news-article')) {
  const root = (kit[ROOT] = new ContextRoot());
  // Only a request from inside a <news-article> can ever be answered: the root keeps no other (an
  // element on its own, made and dropped again and again, would pile up there). The page's own
  // contexts pass untouched.
  // (Inside, across shadow roots: a page's own component slotted into the article may hold it.)
  const unanswerable = (event: HTMLElementEventMap['context-request']) => {
    const inside = event.composedPath().some((node) => (node as Element).localName === 'news-article');
    if (OURS.includes(event.context) && !inside) event.stopImmediatePropagation();
  };
  page.addEventListener('context-request', unanswerable);
  root.attach(page);
  // Once <news-article> is defined, every one on the page has answered: the root's work is done.
  void customElements.whenDefined('news-article').then(() => {
    root.detach(page);
    page.removeEventListener('context-request', unanswerable);
  });
}
