/**
 * Part of the hydrating bundles, for server-rendered elements.
 *
 * Styles: a server-rendered element keeps its declarative shadow root, and Lit's hydration support
 * then skips adopting the element's styles. The server's inline `<style>` is all it has, and a
 * page whose CSP forbids inline styles (no nonce) blocks it. So adopt the styles as constructed
 * style sheets too, which no CSP blocks: the same rules, so nothing moves.
 *
 * Timing: a classic script in `<head>` defines the elements before the parser reaches them. The
 * parser then connects each element at its start tag, before its declarative shadow root; made
 * then, Lit's own shadow root would make the browser drop the server's. So while the document is
 * still loading, an element without a shadow root connects once the parser has moved past it
 * (a node follows it) or the document is parsed. The classes are defined at once all the same.
 */
import { adoptStyles, type LitElement } from 'lit';
import { NewsElement } from '../internal/news-element.js';

// The kit's elements only: a page's own Lit components, sharing Lit from npm, are left alone.
const proto = NewsElement.prototype;
const { connectedCallback, disconnectedCallback } = proto;
const createRenderRoot = proto['createRenderRoot'];

proto['createRenderRoot'] = function (this: NewsElement) {
  const declarative = this.shadowRoot;
  const root = createRenderRoot.call(this);
  // In another document than the kit's (an iframe), NewsElement gives sheets made for that one.
  if (declarative && root === declarative && this.ownerDocument === globalThis.document) {
    adoptStyles(declarative, (this.constructor as typeof LitElement).elementStyles);
  }
  return root;
};

/** Elements connected at their start tag, waiting for the parser to close them. */
const waiting = new Set<NewsElement>();
let observer: MutationObserver | undefined;

/** True once a node follows `node` (across shadow roots): the parser has closed it. */
const closed = (node: Node | null): boolean => {
  for (; node; node = node.parentNode ?? (node as ShadowRoot).host) if (node.nextSibling) return true;
  return false;
};

function release(): void {
  for (const el of waiting) {
    if (el.ownerDocument.readyState !== 'loading' || closed(el)) {
      waiting.delete(el);
      if (el.isConnected) connectedCallback.call(el);
    }
  }
  if (!waiting.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

proto.connectedCallback = function (this: NewsElement) {
  const doc = this.ownerDocument;
  if (this.shadowRoot || this.hasUpdated || doc.readyState !== 'loading' || closed(this)) {
    connectedCallback.call(this);
    return;
  }
  waiting.add(this);
  observer ??= new MutationObserver(release);
  // Its own tree (a shadow root, for one nested in a server-rendered article) and the document.
  for (const root of new Set([this.getRootNode(), doc]))
    observer.observe(root, { childList: true, subtree: true });
  doc.addEventListener('DOMContentLoaded', release, { once: true });
};

proto.disconnectedCallback = function (this: NewsElement) {
  if (!waiting.delete(this)) disconnectedCallback.call(this);
};
