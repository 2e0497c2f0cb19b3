/**
 * Part of the hydrating bundles: a server-rendered element keeps its declarative shadow root, and
 * Lit's hydration support then skips adopting the element's styles. The server's inline `<style>`
 * is all it has, and a page whose CSP forbids inline styles (no nonce) blocks it. So adopt the
 * styles as constructed style sheets too, which no CSP blocks: the same rules, so nothing moves.
 * And the tags wait until the document is parsed (see `defineAfterParsing`).
 */
import { adoptStyles, type LitElement } from 'lit';
import { defineAfterParsing } from '../internal/define.js';
import { NewsElement } from '../internal/news-element.js';

defineAfterParsing();

// The kit's elements only: a page's own Lit components, sharing Lit from npm, are left alone.
const createRenderRoot = NewsElement.prototype['createRenderRoot'];
NewsElement.prototype['createRenderRoot'] = function (this: NewsElement) {
  const declarative = this.shadowRoot;
  const root = createRenderRoot.call(this);
  // In another document than the kit's (an iframe), NewsElement gives sheets made for that one.
  if (declarative && root === declarative && this.ownerDocument === globalThis.document) {
    adoptStyles(declarative, (this.constructor as typeof LitElement).elementStyles);
  }
  return root;
};
