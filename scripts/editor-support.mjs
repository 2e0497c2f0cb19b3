// Editor and framework support, generated from custom-elements.json (run by `npm run build`):
// VS Code custom HTML/CSS data, JSX types (React 19, Preact, Solid) and Vue types in dist/editor.
import { readFileSync } from 'node:fs';
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
});
generateJsxTypes(manifest, { outdir, fileName: 'jsx.d.ts', componentTypePath });
generateVuejsTypes(manifest, { outdir, fileName: 'vue.d.ts', componentTypePath });
console.log(`editor support written to ${outdir}/`);
