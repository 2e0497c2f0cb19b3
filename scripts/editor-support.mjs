// Editor and framework support, generated from custom-elements.json (run by `npm run build`):
// VS Code custom HTML/CSS data, JSX types (React 19, Preact, Solid), Vue and Svelte types in dist/editor.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const outdir = 'dist/editor';
// Component classes as the npm package exports them, for typed properties.
const componentTypePath = () => 'news-widgets';

generateVsCodeCustomElementData(manifest, {
  outdir,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  // Aliases expanded by the analyzer's type parser: `theme` offers light, dark and auto.
  typesSrc: 'parsedType',
});
generateJsxTypes(manifest, {
  outdir,
  fileName: 'jsx.d.ts',
  componentTypePath,
  // onClick, onKeyDown… as on any element; and React's server-rendering escape hatch.
  includeDefaultDOMEvents: true,
  globalEvents: 'suppressHydrationWarning?: boolean;',
});
generateVuejsTypes(manifest, { outdir, fileName: 'vue.d.ts', componentTypePath });

// The generators' output needs two repairs to compile for a user (test/node/package.test.mjs):
// the JSX types use the event classes without importing them, and the Vue types import the same
// event once per element and wrap our Event subclasses in CustomEvent<>.
// The event classes are read from the manifest, so a new event cannot be left out.
// The elements (their attributes, events and read-only properties) are read from it too.
const ELEMENTS = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName);
const EVENTS = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .flatMap((d) => d.events ?? [])
  .map((e) => e.type?.text)
  .filter((name) => /^News\w+Event$/.test(name ?? ''));
const IMPORT = /import type \{([^}]*)\} from "news-widgets";\n/g;
const importAll = (names) =>
  `import type {\n${[...new Set(names)].map((name) => `  ${name},\n`).join('')}} from "news-widgets";\n`;
const repair = (fileName, fix) => {
  const path = `${outdir}/${fileName}`;
  const before = readFileSync(path, 'utf8');
  const names = [...before.matchAll(IMPORT)].flatMap((m) => m[1].split(',').map((n) => n.trim()));
  const fixed = fix(
    before.replace(IMPORT, '').replace(/^/, importAll([...names.filter(Boolean), ...EVENTS])),
  );
  writeFileSync(path, fixed);
};
// React's refs: a ref object (`useRef<NewsArticle>(null)`) and a callback that also gets null.
// Declared as a method, so a callback typed `(el: NewsArticle) => void` (Solid's) fits as well,
// the way React's own types declare handlers. Fails if the generator's line changes, so the
// repair cannot silently stop applying.
const REF = 'ref?: (T | ((e: T) => void)) | undefined;';
repair('jsx.d.ts', (text) => {
  if (!text.includes(REF)) throw new Error(`editor-support: jsx.d.ts no longer has "${REF}"`);
  return text.replace(
    REF,
    "ref?: T | { callback(e: T | null): unknown }['callback'] | { current: T | null } | null | undefined;",
  );
});
// An attribute whose property takes objects (`<news-callout text>` takes spans) suggests no values.
const htmlData = `${outdir}/vscode.html-custom-data.json`;
const data = JSON.parse(readFileSync(htmlData, 'utf8'));
for (const attribute of data.tags.flatMap((tag) => tag.attributes ?? [])) {
  if (attribute.values?.some((value) => /[{}[\]]/.test(value.name))) delete attribute.values;
}
writeFileSync(htmlData, `${JSON.stringify(data, null, 2)}\n`);
// Vue: vue-tsc reads a template's attributes and listeners as camelCase props (`heading-level`
// and `:heading-level` as `headingLevel`, `@news-load` as `onNewsLoad`), so the generator's dashed
// keys never matched: handlers went untyped, wrong values passed, and `strictTemplates` rejected
// the attributes. Read-only properties (`renderedArticle`) cannot be set, so they are no props.
// And the file's global JSX elements, which vue-tsc does not read, clashed with jsx.d.ts's
// (TS2320 with both imported). Each step fails if the generator's output changes shape.
const camelize = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const rename = (text, from, to) => {
  if (!text.includes(from)) throw new Error(`editor-support: vue.d.ts no longer has ${from}`);
  return text.replaceAll(from, to);
};
const VUE_JSX = /\ndeclare global \{\n {2}namespace JSX \{\n(?: {4}.*\n)* {2}\}\n\}\n/;
repair('vue.d.ts', (text) => {
  let vue = text
    .replace(/CustomEvent<(News\w+Event)>/g, '$1')
    // The Vue import goes first again, before ours.
    .replace(
      /^(import type \{[^}]*\} from "news-widgets";\n)(\n*)(import type \{ DefineComponent \} from "vue";\n)/,
      '$3$1$2',
    );
  const events = new Set(ELEMENTS.flatMap((d) => d.events ?? []).map((e) => e.name));
  const attributes = new Set(ELEMENTS.flatMap((d) => d.attributes ?? []).map((a) => a.name));
  for (const name of events) vue = rename(vue, `"on${name}"?:`, `${camelize(`on-${name}`)}?:`);
  for (const name of attributes)
    if (name.includes('-')) vue = rename(vue, `"${name}"?:`, `${camelize(name)}?:`);
  const left = /^ {2}"[^"]*-[^"]*"\?:/m.exec(vue);
  if (left) throw new Error(`editor-support: vue.d.ts still has a dashed prop, ${left[0]}`);
  // A read-only property's line, and the doc comment above it.
  for (const d of ELEMENTS)
    for (const { name } of (d.members ?? []).filter((m) => m.kind === 'field' && m.readonly && !m.privacy)) {
      const line = new RegExp(
        `\\n {2}/\\*\\*(?:(?!\\*/)[^])*\\*/\\n {2}${name}\\?: ${d.name}\\["${name}"\\];`,
      );
      if (!line.test(vue)) throw new Error(`editor-support: vue.d.ts no longer has ${d.name}.${name}`);
      vue = vue.replace(line, '');
    }
  // Vue's HTML attributes and DOM listeners too, as jsx.d.ts has them: else `@click="(e) => …"`
  // is implicit-any, and `strictTemplates` rejects `id` or `aria-label`. Ours win where both have one.
  vue = rename(vue, '{ DefineComponent } from "vue"', '{ DefineComponent, HTMLAttributes } from "vue"');
  for (const { name } of ELEMENTS)
    vue = rename(
      vue,
      `DefineComponent<${name}Props>`,
      `DefineComponent<${name}Props & Omit<HTMLAttributes, keyof ${name}Props>>`,
    );
  if (!VUE_JSX.test(vue)) throw new Error('editor-support: vue.d.ts no longer declares global JSX elements');
  return vue.replace(VUE_JSX, '');
});
// Svelte 5: svelte-check types an element's attributes by its entry in `svelte/elements`'
// SvelteHTMLElements, key by key, and `onnews-load={...}` is the key `onnews-load` (Svelte listens
// to `news-load`): the JSX props fit as they are, on top of Svelte's own HTML attributes (the
// JSX namespaces jsx.d.ts declares come along, unread). None of the generators writes this file;
// it fails if jsx.d.ts stops exporting a tag's props or event handlers.
const jsx = readFileSync(`${outdir}/jsx.d.ts`, 'utf8');
for (const d of ELEMENTS)
  for (const expected of [
    `export type ${d.name}Props = {`,
    ...(d.events ?? []).map((e) => `"on${e.name}"?:`),
  ])
    if (!jsx.includes(expected)) throw new Error(`editor-support: jsx.d.ts no longer has ${expected}`);
const names = (suffix = '') => `{\n${ELEMENTS.map((d) => `  ${d.name}${suffix},\n`).join('')}}`;
writeFileSync(
  `${outdir}/svelte.d.ts`,
  `// The elements' attributes, properties and events in Svelte 5 templates (svelte-check).
import type { HTMLAttributes } from "svelte/elements";
import type ${names()} from "news-widgets";
import type ${names('Props')} from "./jsx.js";

declare module "svelte/elements" {
  interface SvelteHTMLElements {
${ELEMENTS.map((d) => `    "${d.tagName}": HTMLAttributes<${d.name}> & ${d.name}Props;\n`).join('')}  }
}
`,
);
console.log(`editor support written to ${outdir}/`);
