/**
 * custom-elements.json, adapted for Storybook's docs tables and controls. Storybook keys every row
 * by its name, so a CSS part called `title` would replace the `title` attribute; and it lists
 * protected members and a property twice when it also has an attribute. Here:
 *
 * - CSS parts are named `::part(name)`, as a stylesheet writes them;
 * - the unnamed slot is called `default`;
 * - only public instance fields are listed as properties, and not those with an attribute (the
 *   attribute row names its property instead);
 * - the element's `@summary` is its description;
 * - a type alias (`Theme`, `Tone`, `RelatedLayout`, `ShareTarget[]`) is shown expanded, from the
 *   `parsedType` that @wc-toolkit/type-parser writes beside `type`, when that is a union of values
 *   (object shapes such as `Article` or `Partial<Strings>` keep their name: spelled out, they would
 *   fill the table);
 * - `lang` and `dir` have no default: the analyzer reads the base class's `''`, but unset, they
 *   follow the page (or the article's language);
 * - deprecated attributes and properties (the `title` aliases) are left out: a control for them
 *   would compete with the one for their replacement.
 */

interface Item {
  name: string;
  kind?: string;
  description?: string;
  summary?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
  type?: { text?: string };
  parsedType?: { text?: string };
  default?: string;
  deprecated?: string | boolean;
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

/** The type to show: `parsedType` when it spells out a union of values, else `type`. */
function shownType(item: Item): Item['type'] {
  const named = item.type?.text;
  const parsed = item.parsedType?.text;
  if (!named || !parsed || parsed.includes('{')) return item.type;
  // The parser writes an array of a union as `'a' | 'b'[]` among the other members (`string |
  // 'a' | 'b'[] | undefined`); the brackets belong to the values, so they are put around them.
  if (/^\w+\[\]/.test(named) && /'\[\]/.test(parsed)) {
    const members = parsed.split(' | ').map((member) => member.replace(/\[\]$/, ''));
    const values = members.filter((member) => member.startsWith("'"));
    const others = members.filter((member) => !member.startsWith("'"));
    const last = others.includes('undefined') ? ['undefined'] : [];
    const text = [`(${values.join(' | ')})[]`, ...others.filter((o) => o !== 'undefined'), ...last];
    return { ...item.type, text: text.join(' | ') };
  }
  return { ...item.type, text: parsed };
}

/** An attribute or property, as its docs row should show it. */
function forTable<T extends Item>(item: T): T {
  const shown: T = { ...item, type: shownType(item) };
  if ((item.name === 'lang' || item.name === 'dir') && item.default === "''") delete shown.default;
  return shown;
}

export function forStorybook<T>(manifest: T): T {
  const copy = structuredClone(manifest) as Manifest;
  for (const declaration of (copy.modules ?? []).flatMap((m) => m.declarations ?? [])) {
    if (!declaration.tagName) continue;
    const attributes = (declaration.attributes ?? []).filter((a) => !a.deprecated);
    const withAttribute = new Set(attributes.map((a) => a.fieldName));
    declaration.description ||= declaration.summary?.replace(/\s*\n\s*/g, ' ');
    declaration.attributes = attributes.map((a) =>
      forTable(
        a.fieldName && a.fieldName !== a.name
          ? { ...a, description: `${a.description ?? ''} (Property: \`${a.fieldName}\`.)`.trim() }
          : a,
      ),
    );
    declaration.members = (declaration.members ?? [])
      .filter(
        (m) =>
          m.kind === 'field' &&
          !m.static &&
          !m.deprecated &&
          (m.privacy ?? 'public') === 'public' &&
          !withAttribute.has(m.name),
      )
      .map(forTable);
    declaration.slots = declaration.slots?.map((s) => (s.name ? s : { ...s, name: 'default' }));
    declaration.cssParts = declaration.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` }));
  }
  return copy as T;
}
