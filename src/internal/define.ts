/** The kit's version, compared when a second copy tries to define the same tags. */
export const VERSION = '0.1.0';

const KEY = Symbol.for('news-widgets.versions');
type Registry = { [KEY]?: Set<string> };

let afterParsing = false;
/**
 * Called by the hydrating bundles: define the tags once the document is parsed. A classic script
 * in `<head>` runs before the parser reaches a server-rendered element; defined then, the element
 * would make a shadow root of its own, and the browser would drop the server's declarative one.
 */
export const defineAfterParsing = () => {
  afterParsing = true;
};

/**
 * Defines `tag` unless it is already defined (the kit loaded twice, or a host's own element):
 * never throws. Warns once when a different version of the kit got there first.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis as Registry;
  const versions = (registry[KEY] ??= new Set());
  if (!versions.has(VERSION) && versions.size > 0) {
    console.warn(
      `news-widgets ${VERSION}: version ${[...versions].join(', ')} is already loaded; keeping it.`,
    );
  }
  versions.add(VERSION);
  if (afterParsing && document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => define(tag, element), { once: true });
    return;
  }
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, element);
  } catch (error) {
    // The page defined this class under a tag of its own first: a class takes one tag only.
    console.warn(`news-widgets: <${tag}> is not defined:`, error);
  }
}
