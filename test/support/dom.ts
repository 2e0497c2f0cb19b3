/** The text a reader sees: light and shadow DOM flattened, blocks separated by spaces. */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    // nodeType, not instanceof: the node may live in an iframe, another realm.
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
    if (!element && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (element && ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName)) return;
    if (element?.tagName === 'SLOT') {
      (element as HTMLSlotElement).assignedNodes({ flatten: true }).forEach(walk);
      return;
    }
    (element?.shadowRoot ?? node).childNodes.forEach(walk);
    const view = node.ownerDocument?.defaultView;
    if (element && view && !view.getComputedStyle(element).display.startsWith('inline')) parts.push(' ');
  };
  walk(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Every element of the composed tree under `root` matching `selector`, shadow roots included. */
export function deepQueryAll<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll<T>(el.shadowRoot, selector));
  }
  return found;
}

/** Every rendered URL (href, src, cite) in the composed tree. */
export function renderedUrls(root: Element | ShadowRoot): string[] {
  return deepQueryAll(root, '[href], [src], [cite]').flatMap((el) =>
    ['href', 'src', 'cite'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null),
  );
}
