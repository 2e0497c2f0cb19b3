import { deepElements } from './elements.js';

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
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string): T[] {
  return deepElements(root).filter((el): el is T => el.matches(selector));
}

/** The deepest element of the composed tree under `root` with a text node of its own containing `text`. */
export function deepFind(root: ParentNode, text: string): Element {
  const found = deepElements(root).filter((el) =>
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(text)),
  );
  if (!found.length) throw new Error(`no element shows "${text}"`);
  return found[found.length - 1];
}

/** The language a node is read in: the nearest `lang` up the composed tree, through shadow roots. */
export function langOf(node: Node): string {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nodeType === Node.ELEMENT_NODE && (n as Element).hasAttribute('lang')) {
      return (n as Element).getAttribute('lang')!;
    }
  }
  return '';
}
