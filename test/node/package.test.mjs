// The package as a user's project sees it: installed in node_modules (a link to this built
// repository), imported by bundlers and type-checked by TypeScript with `skipLibCheck: false`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const PACKAGE = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** What the package's types reach (Lit, Valibot), and React's types for the JSX check. */
const DEPENDENCIES = [
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
  '@lit/context',
  '@types/trusted-types',
  'valibot',
  '@types/react',
  'csstype',
];

let app;
before(async () => {
  app = await mkdtemp(join(tmpdir(), 'news-widgets-consumer-'));
  // The package as npm installs it: its files (package.json `files`), and its dependencies beside it.
  const pkg = join(app, 'node_modules/news-widgets');
  await mkdir(pkg, { recursive: true });
  for (const file of ['package.json', ...PACKAGE.files]) {
    await mkdir(dirname(join(pkg, file)), { recursive: true });
    await symlink(join(root, file), join(pkg, file));
  }
  await mkdir(join(app, 'node_modules/@types'));
  await mkdir(join(app, 'node_modules/@lit'));
  for (const dep of DEPENDENCIES)
    await symlink(join(root, 'node_modules', dep), join(app, 'node_modules', dep));
  // Just enough of Vue's types for the Vue declarations to be checked.
  await mkdir(join(app, 'node_modules/vue'));
  await writeFile(join(app, 'node_modules/vue/package.json'), '{ "name": "vue", "types": "index.d.ts" }');
  await writeFile(
    join(app, 'node_modules/vue/index.d.ts'),
    'export type DefineComponent<P = {}> = new () => { $props: P };\nexport interface GlobalComponents {}\n',
  );
});
after(() => rm(app, { recursive: true, force: true }));

/** TypeScript's resolution before `exports` (`"moduleResolution": "node"`), still common in older apps. */
const LEGACY = { moduleResolution: 'node10', ignoreDeprecations: '5.0' };

/** Type-checks `files` (name → source) in the user's project; resolves with tsc's output. */
async function typecheck(files, options = {}) {
  for (const [name, text] of Object.entries(files)) await writeFile(join(app, name), text);
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      // Resolve from the package's place in node_modules, as an installed copy would.
      preserveSymlinks: true,
      types: [],
      ...options,
    },
    files: Object.keys(files),
  };
  await writeFile(join(app, 'tsconfig.json'), JSON.stringify(config));
  return new Promise((resolve) => {
    execFile(process.execPath, [tsc, '-p', app], (error, stdout) =>
      resolve({ code: error ? error.code : 0, output: stdout }),
    );
  });
}

/** Bundles `source` as a user's bundler would (esbuild, tree-shaking by `sideEffects`). */
async function bundle(name, source) {
  await writeFile(join(app, name), source);
  const result = await build({
    entryPoints: [join(app, name)],
    bundle: true,
    write: false,
    format: 'esm',
    absWorkingDir: app,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

describe('the npm package in a user project', () => {
  it('type-checks: one element entry gives its tag, properties and typed events', async () => {
    const { code, output } = await typecheck({
      'element.ts': `import 'news-widgets/news-quote.js';
import 'news-widgets/news-article.js';
import { parsePart, type Quote } from 'news-widgets';
const quote = document.querySelector('news-quote');
const speaker: string | undefined = quote?.speaker;
const src: string | undefined = document.createElement('news-article').src;
document.querySelector('news-article')?.addEventListener('news-error', (e) => {
  const kind: 'network' | 'timeout' | 'http' | 'parse' | 'validation' | 'too-large' = e.detail.kind;
  console.log(kind, speaker, src);
});
const part: Quote | undefined = parsePart<Quote>('Quote', {}, 'quote').value;
// @ts-expect-error not a part of the format
parsePart('Nope', {}, 'x');
console.log(part);
`,
    });
    assert.equal(code, 0, output);
  });

  it('type-checks the React JSX declarations, with typed event handlers', async () => {
    const { code, output } = await typecheck({
      'page.tsx': `import type {} from 'news-widgets/jsx';
export const page = (
  <news-article
    src="/a.json"
    heading-level={2}
    onnews-error={(e) => console.log(e.detail.kind)}
    onnews-load={(e) => console.log(e.detail.article.headline)}
  />
);
// @ts-expect-error the handler gets the event, not a number
export const wrong = <news-article onnews-error={(e: number) => e} />;
// The README's attribute form, and a list.
export const share = <share-prompt targets="native copy x email" />;
export const list = <share-prompt targets={['copy', 'email']} />;
export const related = (
  <related-news src="/r.json" onnews-related-load={(e) => console.log(e.detail.items.length, e.detail.warnings)} />
);
`,
      // What every React component does: a ref object, a callback ref, a click, server rendering.
      'hooks.tsx': `import type {} from 'news-widgets/jsx';
import { useRef } from 'react';
import type { NewsArticle, NewsCallout } from 'news-widgets';
export function Story() {
  const ref = useRef<NewsArticle>(null);
  const other = useRef<HTMLVideoElement>(null);
  return (
    <>
      <news-article ref={ref} onClick={() => ref.current?.retry()} suppressHydrationWarning />
      <news-quote ref={(el) => console.log(el?.speaker)} />
      <news-callout ref={(el: NewsCallout) => console.log(el.tone)} />
      {/* @ts-expect-error a ref for another kind of element */}
      <news-quote ref={other} />
    </>
  );
}
`,
    });
    assert.equal(code, 0, output);
  });

  it('type-checks with the older `node10` module resolution (no `exports`), every entry', async () => {
    // Each typed entry of the exports map, as a user would import it (a language pack for `*`).
    const entries = Object.entries(PACKAGE.exports)
      .filter(([path, target]) => target.types && path !== './vue')
      .map(([path]) =>
        path
          .replace(/^\.\/?/, 'news-widgets/')
          .replace(/\/$/, '')
          .replace('*', 'de'),
      );
    assert.ok(entries.length >= 10, entries.join());
    const { code, output } = await typecheck(
      {
        'legacy.ts': `${entries.map((entry, i) => `import type * as m${i} from '${entry}';`).join('\n')}
import 'news-widgets/news-quote.js';
import { NewsArticle } from 'news-widgets';
const speaker: string | undefined = document.querySelector('news-quote')?.speaker;
const headline: string | undefined = (document.querySelector('news-article') as NewsArticle | null)?.renderedArticle?.headline;
console.log(speaker, headline);
export type Entries = [${entries.map((_, i) => `typeof m${i}`).join(', ')}];
`,
      },
      LEGACY,
    );
    assert.equal(code, 0, output);
    // The Vue declarations alone: they declare the global JSX elements too, as the React ones do.
    const vue = await typecheck({ 'legacy-vue.ts': "import type {} from 'news-widgets/vue';\n" }, LEGACY);
    assert.equal(vue.code, 0, vue.output);
  });

  it('type-checks the Vue declarations', async () => {
    const { code, output } = await typecheck({ 'vue-app.ts': "import type {} from 'news-widgets/vue';\n" });
    assert.equal(code, 0, output);
  });

  it("keeps a language pack's registration when a bundler tree-shakes", async () => {
    const code = await bundle(
      'entry.js',
      "import 'news-widgets/news-article.js';\nimport 'news-widgets/locales/de.js';\n",
    );
    assert.match(code, /Erneut versuchen/, 'the German strings are in the bundle');
    assert.match(code, /registerStrings|news-widgets\.strings/, 'and registered');
  });

  it('leaves Lit and the elements out of a bundle that only validates', async () => {
    const code = await bundle(
      'validate.js',
      "import { parseArticle } from 'news-widgets';\nconsole.log(parseArticle({}).issues);\n",
    );
    assert.match(code, /must be a JSON object/, 'the validator is there');
    assert.doesNotMatch(code, /litElementVersions|reactiveElementVersions|customElements\.define/);
  });

  it('gives VS Code the values of enumerated attributes, not type names', () => {
    const require = createRequire(join(app, 'index.js'));
    const data = require('news-widgets/vscode.html-custom-data.json');
    const values = (tag, name) =>
      data.tags
        .find((t) => t.name === tag)
        .attributes.find((a) => a.name === name)
        .values?.map((v) => v.name);
    assert.deepEqual(values('news-article', 'theme'), ['light', 'dark', 'auto']);
    assert.deepEqual(values('news-callout', 'tone'), ['note', 'info', 'warning', 'risk']);
    assert.deepEqual(values('related-news', 'layout'), ['list', 'grid', 'compact']);
    assert.equal(values('news-callout', 'text'), undefined);
  });

  it('resolves package.json and the entry points for require and import', () => {
    const require = createRequire(join(app, 'index.js'));
    assert.equal(require('news-widgets/package.json').name, 'news-widgets');
    assert.equal(require.resolve('news-widgets'), join(root, 'dist/npm/index.js'));
    assert.equal(require.resolve('news-widgets/ssr'), join(root, 'dist/npm/ssr.js'));
    assert.equal(require.resolve('news-widgets/news-quote.js'), join(root, 'dist/npm/news-quote.js'));
  });
});
