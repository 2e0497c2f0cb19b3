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
 * then, Lit's own shadow root would make the browser drop the server's, and a shadow root still
 * being parsed cannot be hydrated. So while the page loads, an element Lit rendered on the server
 * (its `<!--lit-node-->` marker before it) connects once its shadow root holds the whole render,
 * or the page is parsed. Other elements, and the classes themselves, are there at once.
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

/** Elements the parser connected at their start tag, waiting for the server's shadow root. */
const waiting = new Set<NewsElement>();

/** Lit's server output puts `<!--lit-node N-->` right before each element it rendered. */
const rendered = (el: Element): boolean => {
  // nodeType, not instanceof: a comment in an iframe is of that window's Comment.
  const before = el.previousSibling;
  return before?.nodeType === 8 && (before as Comment).data.startsWith('lit-node');
};

/** True once `root` holds the server's whole render: its outermost `lit-part` is closed. */
const complete = (root: ShadowRoot): boolean => {
  let depth = 0;
  for (const node of root.childNodes) {
    const data = node.nodeType === 8 ? (node as Comment).data : '';
    if (data.startsWith('lit-part')) depth++;
    else if (data.startsWith('/lit-part') && !--depth) return true;
  }
  return false;
};

/** Waits while the page loads (never beyond), for each element until its render is parsed. */
const ready = (el: NewsElement): boolean => {
  const root = el.shadowRoot;
  return (
    el.hasUpdated || el.ownerDocument.readyState !== 'loading' || (root ? complete(root) : !rendered(el))
  );
};

function release(): void {
  for (const el of waiting) {
    if (ready(el)) {
      waiting.delete(el);
      if (el.isConnected) connectedCallback.call(el);
    }
  }
  if (waiting.size) setTimeout(release);
}

proto.connectedCallback = function (this: NewsElement) {
  if (ready(this)) {
    connectedCallback.call(this);
    return;
  }
  if (!waiting.size) setTimeout(release);
  waiting.add(this);
};

proto.disconnectedCallback = function (this: NewsElement) {
  if (!waiting.delete(this)) disconnectedCallback.call(this);
};
