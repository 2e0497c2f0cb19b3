// The package as a user's project sees it: installed in node_modules (a link to this built
// repository), imported by bundlers and type-checked with `skipLibCheck: false` by TypeScript, and
// in templates by vue-tsc (Vue single-file components) and svelte-check (Svelte 5 components).
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
/** The checkers a user's project runs, each given the project's directory. */
const CHECKERS = {
  tsc: (dir) => [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir],
  'vue-tsc': (dir) => [join(root, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', dir],
  'svelte-check': (dir) => [
    join(root, 'node_modules/svelte-check/bin/svelte-check'),
    ...['--workspace', dir, '--tsconfig', join(dir, 'tsconfig.json'), '--output', 'machine'],
  ],
};
const PACKAGE = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** What the package's types reach (Lit, Valibot), and the frameworks' types: React, Vue, Svelte. */
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
  'vue',
  '@vue/runtime-dom',
  '@vue/runtime-core',
  '@vue/reactivity',
  '@vue/shared',
  '@vue/compiler-dom',
  '@vue/compiler-core',
  '@babel/parser',
  '@babel/types',
  'svelte',
  'clsx',
  '@types/estree',
  'esrap',
  'magic-string',
  'locate-character',
  '@jridgewell/sourcemap-codec',
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
  for (const dep of DEPENDENCIES) {
    await mkdir(dirname(join(app, 'node_modules', dep)), { recursive: true });
    await symlink(join(root, 'node_modules', dep), join(app, 'node_modules', dep));
  }
});
after(() => rm(app, { recursive: true, force: true }));

/** TypeScript's resolution before `exports` (`"moduleResolution": "node"`), still common in older apps. */
const LEGACY = { moduleResolution: 'node10', ignoreDeprecations: '5.0' };

/**
 * Type-checks `files` (name → source) in the user's project with `checker` (a key of CHECKERS);
 * `config` is more of tsconfig.json (`vueCompilerOptions`). Resolves with the checker's output.
 */
async function typecheck(files, options = {}, { checker = 'tsc', ...config } = {}) {
  for (const [name, text] of Object.entries(files)) await writeFile(join(app, name), text);
  const tsconfig = {
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
    // Not `files`: svelte-check diagnoses only the files that `include` matches.
    include: Object.keys(files),
    ...config,
  };
  await writeFile(join(app, 'tsconfig.json'), JSON.stringify(tsconfig));
  return new Promise((resolve) => {
    execFile(process.execPath, CHECKERS[checker](app), { cwd: app }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, output: stdout + stderr }),
    );
  });
}

/** The errors in a checker's `output` (tsc's, vue-tsc's, svelte-check's machine format) as `file:line message`. */
const errorsIn = (output) => [
  ...[...output.matchAll(/^(\S+)\((\d+),\d+\): error TS\d+: (.*)$/gm)].map(
    ([, file, line, message]) => `${file}:${line} ${message}`,
  ),
  // svelte-check's message is a JSON string.
  ...[...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ (".*")$/gm)].map(
    ([, file, line, message]) => `${file}:${line} ${JSON.parse(message)}`,
  ),
];

/**
 * A component `file`: `before`, one wrong usage per line (`[code, error]`), `after`. `expected` is
 * one error on each of those lines, `reported(output)` the checker's errors, those on a wrong
 * usage's line and with its error text cut to that text.
 */
function wrongUsages(file, before, wrong, after) {
  const first = before.split('\n').length + 1;
  const source = `${before}\n${wrong.map(([code]) => code).join('\n')}\n${after}`;
  const expected = wrong.map(([, error], i) => `${file}:${first + i} ${error}`);
  const reported = (output) =>
    errorsIn(output).map(
      (error) =>
        expected.find((_, i) => error.startsWith(`${file}:${first + i} `) && error.includes(wrong[i][1])) ??
        error,
    );
  return { source, expected, reported };
}

/** The Vue declarations, added as the README says. */
const VUE_ENV = "import type {} from 'news-widgets/vue';\n";

/** A Vue component using every element as the README says: attributes, bound properties, typed listeners, a template ref. */
const VUE_OK = `<script setup lang="ts">
import { useTemplateRef } from 'vue';
import 'news-widgets/all.js';
import type { Article, NewsArticle, NewsLoadEvent, NewsShareEvent } from 'news-widgets';
defineProps<{ article: Article }>();
const el = useTemplateRef<NewsArticle>('el');
const onLoad = (e: NewsLoadEvent) => console.log(e.detail.article.headline, el.value?.renderedArticle);
</script>
<template>
  <news-article ref="el" :article="article" theme="dark" :heading-level="3" class="story"
    @news-load="onLoad" @news-error="(e) => console.log(e.detail.kind, e.detail.message)" />
  <news-article src="/a.json" loading="lazy" :timeout="5000" @news-load="(e) => e.detail.warnings"
    id="story" aria-label="Story" @click="(e) => e.clientX" />
  <news-quote text="Quote" speaker="Speaker" speaker-role="Chair" />
  <news-callout tone="warning" heading="Heads up" :heading-level="3">Text</news-callout>
  <news-highlights :items="['One', 'Two']" />
  <related-news :items="[]" layout="compact" @news-related-click="(e) => e.preventDefault()"
    @news-related-load="(e) => e.detail.items.length" />
  <!-- A URL in a static attribute: vue-tsc 3.3 loses the event's type there; the README's way. -->
  <share-prompt url="https://news.example/x" :targets="['copy', 'email']" @news-share="(e: NewsShareEvent) => e.detail.target" />
</template>
`;

/** The same in a Svelte 5 component. */
const SVELTE_OK = `<script lang="ts">
  import 'news-widgets/all.js';
  import type { Article, NewsArticle } from 'news-widgets';
  let { article }: { article: Article } = $props();
  let el: NewsArticle | undefined = $state();
</script>
<news-article bind:this={el} {article} theme="dark" heading-level={3} class="story"
  onnews-load={(e) => console.log(e.detail.article.headline, el?.renderedArticle)}
  onnews-error={(e) => console.log(e.detail.kind, e.detail.message)}
  onclick={(e) => e.currentTarget.retry()}></news-article>
<news-article src="/a.json" loading="lazy" timeout={5000} onnews-load={(e) => e.detail.warnings}></news-article>
<news-quote text="Quote" speaker="Speaker" speaker-role="Chair"></news-quote>
<news-callout tone="warning" heading="Heads up" heading-level={3}>Text</news-callout>
<news-highlights items={['One', 'Two']}></news-highlights>
<related-news items={[]} layout="compact" onnews-related-click={(e) => e.preventDefault()}
  onnews-related-load={(e) => e.detail.items.length}></related-news>
<share-prompt targets={['copy', 'email']} onnews-share={(e) => e.detail.target}></share-prompt>
`;

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
    // Each typed entry of the exports map, as a user would import it (a language pack for `*`),
    // the JSX and Vue declarations in one program too. Not the Svelte ones: Svelte's own types
    // need `exports` (its `esrap` has no other types), so a Svelte project resolves with `bundler`.
    const entries = Object.entries(PACKAGE.exports)
      .filter(([path, target]) => target.types && path !== './svelte')
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
  });

  it('type-checks React JSX with the Vue and Svelte declarations in the same program', async () => {
    // One global JSX namespace: only jsx.d.ts declares it (vue-tsc reads Vue's GlobalComponents).
    const { code, output } = await typecheck({
      'env.d.ts': `import type {} from 'news-widgets/jsx';
import type {} from 'news-widgets/vue';
import type {} from 'news-widgets/svelte';
`,
      'mixed.tsx': `export const page = <news-article heading-level={2} onnews-load={(e) => e.detail.article.headline} />;
// @ts-expect-error a handler of another event
export const wrong = <news-article onnews-load={(e: KeyboardEvent) => e.key} />;
`,
    });
    assert.equal(code, 0, output);
  });

  it('type-checks Vue templates (vue-tsc): attribute and property values, event details', async () => {
    const bad = wrongUsages(
      'Bad.vue',
      `<script setup lang="ts">
import 'news-widgets/all.js';
</script>
<template>`,
      [
        [
          `<news-article @news-load="(e) => e.detail.headline" />`,
          "Property 'headline' does not exist on type 'NewsLoadDetail'",
        ],
        [
          `<news-article @news-error="(e) => e.detail.nope" />`,
          "Property 'nope' does not exist on type 'NewsErrorDetail'",
        ],
        [
          `<share-prompt @news-share="(e: KeyboardEvent) => e.key" />`,
          "'(e: KeyboardEvent) => string' is not assignable",
        ],
        [`<news-article :heading-level="'two'" />`, "Type 'string' is not assignable to type 'number'"],
        [`<news-quote :speaker-role="7" />`, "Type 'number' is not assignable to type 'string'"],
        [`<news-article theme="blue" />`, `Type '"blue"' is not assignable to type 'Theme | undefined'`],
        [`<share-prompt :targets="42" />`, "Type 'number' is not assignable to type 'string |"],
        [
          `<news-callout @keydown="(e) => e.nope" />`,
          "Property 'nope' does not exist on type 'KeyboardEvent'",
        ],
      ],
      '</template>\n',
    );
    const { code, output } = await typecheck(
      { 'env.d.ts': VUE_ENV, 'Ok.vue': VUE_OK, 'Bad.vue': bad.source },
      { jsx: 'preserve' },
      { checker: 'vue-tsc' },
    );
    assert.notEqual(code, 0, output);
    assert.deepEqual(bad.reported(output), bad.expected);
  });

  it("accepts the README's Vue usage with strictTemplates, and rejects unknown and read-only props", async () => {
    const bad = wrongUsages(
      'Strict.vue',
      `<script setup lang="ts">
import 'news-widgets/all.js';
</script>
<template>`,
      [
        [`<news-article scr="/a.json" />`, "'scr' does not exist in type"],
        [`<news-article :rendered-article="undefined" />`, "'renderedArticle' does not exist in type"],
      ],
      '</template>\n',
    );
    const { code, output } = await typecheck(
      { 'env.d.ts': VUE_ENV, 'Ok.vue': VUE_OK, 'Strict.vue': bad.source },
      { jsx: 'preserve' },
      { checker: 'vue-tsc', vueCompilerOptions: { strictTemplates: true } },
    );
    assert.notEqual(code, 0, output);
    assert.deepEqual(bad.reported(output), bad.expected);
  });

  it('type-checks Svelte 5 templates (svelte-check): attribute and property values, event details', async () => {
    const bad = wrongUsages(
      'Bad.svelte',
      `<script lang="ts">
  import 'news-widgets/all.js';
</script>`,
      [
        [
          `<news-article onnews-load={(e) => e.detail.headline}></news-article>`,
          "Property 'headline' does not exist on type 'NewsLoadDetail'",
        ],
        [
          `<news-article onnews-error={(e) => e.detail.nope}></news-article>`,
          "Property 'nope' does not exist on type 'NewsErrorDetail'",
        ],
        [
          `<share-prompt onnews-share={(e: KeyboardEvent) => e.key}></share-prompt>`,
          "'(e: KeyboardEvent) => string' is not assignable",
        ],
        [
          `<news-article heading-level="two"></news-article>`,
          "Type 'string' is not assignable to type 'number'",
        ],
        [`<news-quote speaker-role={7}></news-quote>`, "Type 'number' is not assignable to type 'string'"],
        [
          `<news-article theme="blue"></news-article>`,
          `Type '"blue"' is not assignable to type 'Theme | undefined'`,
        ],
        [`<news-article scr="/a.json"></news-article>`, `'"scr"' does not exist in type`],
      ],
      '',
    );
    const { code, output } = await typecheck(
      {
        'env.d.ts': "import type {} from 'news-widgets/svelte';\n",
        'Ok.svelte': SVELTE_OK,
        'Bad.svelte': bad.source,
      },
      { verbatimModuleSyntax: true },
      { checker: 'svelte-check' },
    );
    assert.notEqual(code, 0, output);
    assert.deepEqual(bad.reported(output), bad.expected);
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

  it('installs only what the browser needs: Lit, its context, Valibot (types), the hydration client', () => {
    // What `npm install news-widgets` adds, from the lock file: dependencies and required peers, all
    // the way down (npm 7+ installs peers unless they are optional, as @lit-labs/ssr is).
    const { packages } = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
    const locate = (from, name) => {
      for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/node_modules/')))) {
        const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
        if (packages[key]) return key;
        if (!dir) return undefined;
      }
    };
    const installed = new Map();
    const queue = [['', packages['']]];
    while (queue.length) {
      const [from, entry] = queue.shift();
      const optional = entry.peerDependenciesMeta ?? {};
      const peers = Object.keys(entry.peerDependencies ?? {}).filter((name) => !optional[name]?.optional);
      for (const name of [...Object.keys(entry.dependencies ?? {}), ...peers]) {
        const key = locate(from, name);
        assert.ok(key, `${name} is in the lock file`);
        if (installed.has(key)) continue;
        installed.set(key, packages[key]);
        queue.push([key, packages[key]]);
      }
    }
    const names = [...installed.keys()].map((key) => key.replace(/^.*node_modules\//, '')).sort();
    assert.deepEqual(names, [
      '@lit-labs/ssr-client',
      '@lit-labs/ssr-dom-shim',
      '@lit/context',
      '@lit/reactive-element',
      '@types/trusted-types',
      'lit',
      'lit-element',
      'lit-html',
      'valibot',
    ]);
    const deprecated = [...installed].filter(([, entry]) => entry.deprecated).map(([key]) => key);
    assert.deepEqual(deprecated, []);
    assert.deepEqual(PACKAGE.peerDependenciesMeta['@lit-labs/ssr'], { optional: true });
  });

  it('publishes the licence, the docs and the built kit, and none of the repository besides', async () => {
    const { stdout } = await new Promise((resolve, reject) =>
      execFile('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root }, (error, out) =>
        error ? reject(error) : resolve({ stdout: out }),
      ),
    );
    const paths = JSON.parse(stdout)[0].files.map((file) => file.path);
    for (const file of [
      'LICENSE',
      'README.md',
      'package.json',
      'docs/ARTICLE-FORMAT.md',
      'custom-elements.json',
      'bin/news-widgets.mjs',
      'dist/news-widgets.iife.js',
      'dist/npm/index.js',
      'dist/types/index.d.ts',
    ]) {
      assert.ok(paths.includes(file), `${file} is in the tarball`);
    }
    // The READMEs that the README links to ship too (npm shows it with relative links).
    const linked = [
      ...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/\]\(([\w./-]+)(?:#[\w-]*)?\)/g),
    ].map(([, link]) => link.replace(/^\.\//, ''));
    assert.ok(linked.includes('bench/README.md'), 'the check reads the links');
    for (const link of linked)
      assert.ok(paths.includes(link), `${link}, linked from the README, is in the tarball`);
    const docs = ['bench/README.md', 'bench/results.md', 'demo/README.md'];
    const stray = paths.filter(
      (path) => /^(test|stories|demo|bench|coverage|storybook-static|\.)/.test(path) && !docs.includes(path),
    );
    assert.deepEqual(stray, []);
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), new RegExp(`^${PACKAGE.license} License`));
  });

  it('resolves package.json and the entry points for require and import', () => {
    const require = createRequire(join(app, 'index.js'));
    assert.equal(require('news-widgets/package.json').name, 'news-widgets');
    assert.equal(require.resolve('news-widgets'), join(root, 'dist/npm/index.js'));
    assert.equal(require.resolve('news-widgets/ssr'), join(root, 'dist/npm/ssr.js'));
    assert.equal(require.resolve('news-widgets/news-quote.js'), join(root, 'dist/npm/news-quote.js'));
  });
});
