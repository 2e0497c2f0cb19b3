/** The text a reader sees: light and shadow DOM flattened, blocks separated by spaces. */
export function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element) && !(node instanceof ShadowRoot) && !(node instanceof DocumentFragment))
      return;
    if (node instanceof Element && ['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return;
    if (node instanceof HTMLSlotElement) {
      node.assignedNodes({ flatten: true }).forEach(walk);
      return;
    }
    const children =
      node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(walk);
    if (node instanceof Element && !getComputedStyle(node).display.startsWith('inline')) parts.push(' ');
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
