/**
 * custom-elements.json, adapted for Storybook's docs tables and controls. Storybook keys every row
 * by its name, so a CSS part called `title` would replace the `title` attribute; and it lists
 * protected members and a property twice when it also has an attribute. Here:
 *
 * - CSS parts are named `::part(name)`, as a stylesheet writes them;
 * - the unnamed slot is called `default`;
 * - only public instance fields are listed as properties, and not those with an attribute (the
 *   attribute row names its property instead);
 * - the element's `@summary` is its description.
 */

interface Item {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
}

interface Declaration extends Item {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  slots?: Item[];
  cssParts?: Item[];
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

export function forStorybook<T>(manifest: T): T {
  const copy = structuredClone(manifest) as Manifest;
  for (const declaration of (copy.modules ?? []).flatMap((m) => m.declarations ?? [])) {
    if (!declaration.tagName) continue;
    const attributes = declaration.attributes ?? [];
    const withAttribute = new Set(attributes.map((a) => a.fieldName));
    declaration.description ||= declaration.summary?.replace(/\s*\n\s*/g, ' ');
    declaration.attributes = attributes.map((a) =>
      a.fieldName && a.fieldName !== a.name
        ? { ...a, description: `${a.description ?? ''} (Property: \`${a.fieldName}\`.)`.trim() }
        : a,
    );
    declaration.members = (declaration.members ?? []).filter(
      (m) =>
        m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !withAttribute.has(m.name),
    );
    declaration.slots = declaration.slots?.map((s) => (s.name ? s : { ...s, name: 'default' }));
    declaration.cssParts = declaration.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` }));
  }
  return copy as T;
}
