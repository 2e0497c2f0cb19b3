/** The kit's version, compared when a second copy tries to define the same tags. */
export const VERSION = '0.1.0';

const KEY = Symbol.for('news-widgets.versions');
type Registry = { [KEY]?: Set<string> };

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
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, element);
  } catch (error) {
    // The page defined this class under a tag of its own first: a class takes one tag only.
    console.warn(`news-widgets: <${tag}> is not defined:`, error);
  }
}
