/**
 * Part of the hydrating bundles: a server-rendered element keeps its declarative shadow root, and
 * Lit's hydration support then skips adopting the element's styles. The server's inline `<style>`
 * is all it has, and a page whose CSP forbids inline styles (no nonce) blocks it. So adopt the
 * styles as constructed style sheets too, which no CSP blocks: the same rules, so nothing moves.
 */
import { adoptStyles, LitElement } from 'lit';

const createRenderRoot = LitElement.prototype['createRenderRoot'];
LitElement.prototype['createRenderRoot'] = function (this: LitElement) {
  const declarative = this.shadowRoot;
  const root = createRenderRoot.call(this);
  // In another document than the kit's (an iframe), NewsElement gives sheets made for that one.
  if (declarative && root === declarative && this.ownerDocument === globalThis.document) {
    adoptStyles(declarative, (this.constructor as typeof LitElement).elementStyles);
  }
  return root;
};
