// Editor and framework support, generated from custom-elements.json (run by `npm run build`):
// VS Code custom HTML/CSS data, JSX types (React 19, Preact, Solid) and Vue types in dist/editor.
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
repair('vue.d.ts', (text) =>
  text
    .replace(/CustomEvent<(News\w+Event)>/g, '$1')
    // The Vue import goes first again, before ours.
    .replace(
      /^(import type \{[^}]*\} from "news-widgets";\n)(\n*)(import type \{ DefineComponent \} from "vue";\n)/,
      '$3$1$2',
    ),
);
console.log(`editor support written to ${outdir}/`);
