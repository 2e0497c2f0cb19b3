import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin, type PreviewServer, type ViteDevServer } from 'vite';

const root = import.meta.dirname;
const LOCALES = ['de', 'ar', 'all'];
const TAGS = [
  'news-article',
  'news-quote',
  'news-highlights',
  'news-callout',
  'share-prompt',
  'related-news',
];

/**
 * Fills `<script type="application/json" data-article="NAME"></script>` in the demo pages with
 * demo/articles/NAME.json, so the pages embed the article inline (as a publisher would) while the
 * JSON has one source.
 */
function inlineArticles(): Plugin {
  return {
    name: 'news-widgets:inline-articles',
    transformIndexHtml(html) {
      return html.replace(
        /<script type="application\/json" data-article="([\w-]+)"><\/script>/g,
        (_, name: string) => {
          const json = readFileSync(resolve(root, `demo/articles/${name}.json`), 'utf8');
          // "<" cannot close the script element once escaped; the JSON means the same.
          return `<script type="application/json">${json.trim().replace(/</g, '\\u003c')}</script>`;
        },
      );
    },
  };
}

/**
 * The demo articles' photos live on fictional `.example` hosts. For the demo pages only, the
 * articles are served with those URLs pointing at stand-in illustrations in demo/media, so a
 * reader of the demo sees pictures. The files themselves (and every test) keep the real URLs.
 */
const MEDIA = /https:\/\/[\w.-]+\.example\/media\/[\w/.-]*?([\w-]+)\.jpg/g;
const localMedia = (json: string, origin: string) =>
  json.replace(MEDIA, (url, name: string) =>
    existsSync(resolve(root, `demo/media/${name}.svg`)) ? `${origin}/demo/media/${name}.svg` : url,
  );

/** Sends `/` to the demo, and serves demo/csp.html with the strict policy the kit promises to work under. */
function strictCspDemo(): Plugin {
  const policy =
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
  const use = (server: ViteDevServer | PreviewServer) => {
    server.middlewares.use((req, res, next) => {
      // The demo is the front page of `npm start`.
      if (req.url === '/') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      if (req.url?.startsWith('/demo/csp.html')) res.setHeader('Content-Security-Policy', policy);
      const article = /^\/demo\/articles\/([\w-]+)\.json$/.exec(req.url ?? '');
      if (article && existsSync(resolve(root, `demo/articles/${article[1]}.json`))) {
        const json = readFileSync(resolve(root, `demo/articles/${article[1]}.json`), 'utf8');
        res.setHeader('Content-Type', 'application/json');
        res.end(localMedia(json, `http://${req.headers.host ?? '127.0.0.1'}`));
        return;
      }
      next();
    });
  };
  return { name: 'news-widgets:strict-csp-demo', configureServer: use, configurePreviewServer: use };
}

/** The bundles read article.schema.json for its structure only: drop the prose. */
function compactSchema(): Plugin {
  return {
    name: 'news-widgets:compact-schema',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('/article.schema.json')) return null;
      const drop = new Set(['$schema', '$id', 'title', 'description']);
      const json = readFileSync(id, 'utf8');
      // Annotations are strings; a property named `title` (a block's title) is an object and stays.
      return JSON.stringify(
        JSON.parse(json, (key, value: unknown) =>
          drop.has(key) && typeof value === 'string' ? undefined : value,
        ),
      );
    },
  };
}

/** Escapes every non-ASCII character, so the bundles survive a host page without a charset. */
function asciiOnly(): Plugin {
  return {
    name: 'news-widgets:ascii-only',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = chunk.code.replace(
          /[^\0-\x7e]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
      }
    },
  };
}

/**
 * Lit adds `Symbol.metadata` to the global `Symbol` as its module loads. On a page that froze its
 * intrinsics (SES `lockdown()`, used by wallets and hardened apps) that assignment throws in strict
 * code, and the ES bundle would stop before defining a single element. In the bundles, Lit adds it
 * only where it can; its legacy decorators, which the kit uses, do not need it. Fails the build if
 * a new Lit no longer has the line, so the guard cannot silently go away.
 */
function frozenSymbolSafe(): Plugin {
  const line = 'Symbol.metadata??=Symbol("metadata")';
  return {
    name: 'news-widgets:frozen-symbol-safe',
    apply: 'build',
    transform(code, id) {
      if (!/\/@lit\/reactive-element\/reactive-element\.js$/.test(id)) return null;
      if (!code.includes(line)) this.error(`${id}: Lit's Symbol.metadata line changed; update this plugin`);
      return { code: code.replace(line, `Object.isExtensible(Symbol)&&(${line})`), map: null };
    },
  };
}

/**
 * The legacy decorators compile to calls of TypeScript's `__decorate` helper, whose general form
 * also serves class and method decorators and a `Reflect.decorate` polyfill. The kit decorates
 * fields only (`@property`, `@state`, `@consume`, `@provide`): the bundles carry that case alone.
 * Fails the build if a decorator of another kind appears or the helper changes shape. The
 * replacement keeps the helper's line count, so the source map stays aligned.
 */
function fieldDecorateHelper(): Plugin {
  const helper = /function __decorate\(decorators, target, key, desc\) \{\n(?:.*\n){4}\s*\}/;
  const field = /\b__decorate\(\[[^;]*\], [\w$]+\.prototype, "[\w$]+", void 0\);/g;
  const fields = `function __decorate(decorators, target, key) {
	let desc;
	for (let i = decorators.length; i--; ) desc = decorators[i](target, key, desc) || desc;
	if (desc) Object.defineProperty(target, key, desc);

}`;
  return {
    name: 'news-widgets:field-decorate-helper',
    apply: 'build',
    renderChunk(code, chunk) {
      const defined = code.includes('function __decorate(');
      const calls = (code.match(/\b__decorate\(/g)?.length ?? 0) - (defined ? 1 : 0);
      if ((defined && !helper.test(code)) || (code.match(field)?.length ?? 0) !== calls) {
        this.error(`${chunk.fileName}: the __decorate helper or a call of it changed; update this plugin`);
      }
      return defined ? { code: code.replace(helper, fields), map: null } : null;
    },
  };
}

/**
 * `news-widgets/hydrate.js` from npm, written out rather than bundled: Lit's hydration support must
 * run before Lit loads, and a bundler puts a chunk's imports (which load Lit) ahead of an external
 * one. Modules run in the order they are imported, so this order holds in the user's bundle too.
 */
function npmHydrateEntry(): Plugin {
  return {
    name: 'news-widgets:npm-hydrate-entry',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'hydrate.js',
        source: `// Lit's hydration support first, before anything loads Lit; then every element registers.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './internal/hydrate-styles.js';
export * from './all.js';
`,
      });
    },
  };
}

/**
 * Minifies the HTML and CSS inside Lit's html`` and css`` templates: whitespace is bytes too.
 * minify-literals stays on its 1.x line: 2.x needs Node 22, and this project supports Node 20.
 */
function minifyTemplates(): Plugin {
  // One file at a time: what minify-literals says on the console is then this file's alone.
  let queue: Promise<unknown> = Promise.resolve();
  const minify = async (code: string, id: string) => {
    const said: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void said.push(args.map(String).join(' '));
    try {
      return { result: await minifyHTMLLiterals(code, { fileName: id }), said };
    } finally {
      console.warn = warn;
    }
  };
  return {
    name: 'news-widgets:minify-templates',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(?:html|css|svg)`/.test(code)) return null;
      const run = queue.then(() => minify(code, id));
      queue = run.catch(() => undefined);
      const { result, said } = await run;
      // minify-literals leaves a template it cannot read as it is, and only says so on the console
      // (a fragment of declarations, an unsafeCSS value): bytes shipped for nothing. Fail instead;
      // pass anything else it says on.
      if (said.some((line) => /skipped|not be performed/.test(line)))
        this.error(`${id}: a template was not minified:\n${said.join('\n')}`);
      for (const line of said) this.warn(line);
      return result ? { code: result.code, map: result.map?.toString() } : null;
    },
  };
}

/**
 * The bundles go through Rolldown's minifier, then Terser's second compress pass: about 130 B
 * gzip less on the script-tag bundle (0.6%), for a second of build time.
 */
const TERSER = { compress: { passes: 2 } };

/** `--mode hydrate`: the script-tag bundles for server-rendered pages (Lit's hydration support first). */
const hydrateBuild = {
  outDir: 'dist',
  emptyOutDir: false,
  sourcemap: true,
  minify: 'terser' as const,
  terserOptions: TERSER,
  lib: {
    entry: resolve(root, 'src/hydrate.ts'),
    name: 'NewsWidgets',
    formats: ['es', 'iife'] as ('es' | 'iife')[],
    fileName: (format: string) =>
      format === 'es' ? 'news-widgets.hydrate.js' : 'news-widgets.hydrate.iife.js',
  },
  rolldownOptions: {
    output: { minify: true, comments: { annotation: false }, generatedCode: { symbols: false } },
  },
};

export default defineConfig(({ mode }) => ({
  plugins: [
    inlineArticles(),
    strictCspDemo(),
    compactSchema(),
    minifyTemplates(),
    frozenSymbolSafe(),
    fieldDecorateHelper(),
    asciiOnly(),
    ...(mode === 'npm' ? [npmHydrateEntry()] : []),
  ],
  server: { host: '127.0.0.1', port: 5173, open: process.env.CI ? false : '/demo/' },
  preview: { host: '127.0.0.1', port: 4173 },
  build:
    mode === 'npm'
      ? {
          // The npm entry points: Lit stays a dependency; one module per element registers it.
          outDir: 'dist/npm',
          emptyOutDir: true,
          sourcemap: true,
          minify: false,
          lib: {
            entry: {
              index: resolve(root, 'src/index.ts'),
              all: resolve(root, 'src/all.ts'),
              // Server rendering (Node) and hydration (browser, before Lit loads).
              ssr: resolve(root, 'src/ssr/index.ts'),
              // (`hydrate.js` itself is written by npmHydrateEntry.) Modules whose place in the order
              // matters stay modules of their own: inlined into the entry that imports them, they
              // would run after that entry's other imports.
              'internal/hydrate-styles': resolve(root, 'src/ssr/hydrate-styles.ts'),
              'internal/news-article-first': resolve(root, 'src/register/news-article-first.ts'),
              // A side effect of its own (see the file), where package.json `sideEffects` keeps it.
              'internal/context-root': resolve(root, 'src/internal/context-root.ts'),
              ...Object.fromEntries(TAGS.map((tag) => [tag, resolve(root, `src/register/${tag}.ts`)])),
              ...Object.fromEntries(
                LOCALES.map((lang) => [`locales/${lang}`, resolve(root, `src/locales/${lang}.ts`)]),
              ),
            },
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//],
            output: {
              // The validator in a chunk of its own: `import { parseArticle } from 'news-widgets'`
              // alone then leaves Lit and the elements out of a user's bundle.
              codeSplitting: { groups: [{ name: 'model', test: /\/src\/model\/|article\.schema\.json/ }] },
              // A chunk that registers a language pack has a side effect: it sits where package.json
              // `sideEffects` says so, or bundlers would drop `import 'news-widgets/locales/de.js'`.
              chunkFileNames: (chunk) =>
                chunk.moduleIds.some((id) => id.includes('/src/locales/'))
                  ? 'locales/chunks/[name]-[hash].js'
                  : 'chunks/[name]-[hash].js',
            },
          },
        }
      : {
          // The script-tag bundles: everything inside, ES module and classic script.
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: true,
          minify: 'terser' as const,
          terserOptions: TERSER,
          lib: {
            entry: resolve(root, 'src/all.ts'),
            name: 'NewsWidgets',
            formats: ['es', 'iife'],
            fileName: (format) => (format === 'es' ? 'news-widgets.js' : 'news-widgets.iife.js'),
          },
          // Vite keeps an ES library readable for bundlers; this one goes straight to browsers. No
          // Symbol.toStringTag on window.NewsWidgets: it is a plain object of exports.
          rolldownOptions: {
            output: { minify: true, comments: { annotation: false }, generatedCode: { symbols: false } },
          },
        },
  ...(mode === 'hydrate' ? { build: hydrateBuild } : {}),
}));
