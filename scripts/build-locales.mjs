// Builds the language packs for script tags: dist/locales/<lang>.js, one self-contained file each
// (no imports, no exports), so it works as a classic <script> and as a module. esbuild's default
// ASCII output keeps the translations intact on a host page without a charset.
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

const langs = readdirSync('src/locales')
  .filter((f) => f.endsWith('.ts') && f !== 'all.ts')
  .map((f) => f.slice(0, -3));
await build({
  entryPoints: langs.map((lang) => ({ in: `src/locales/${lang}.ts`, out: lang })),
  outdir: 'dist/locales',
  bundle: true,
  format: 'iife',
  minify: true,
  sourcemap: true,
  target: 'es2022',
  charset: 'ascii',
  logLevel: 'warning',
});
console.log(`language packs: ${langs.map((l) => `dist/locales/${l}.js`).join(', ')}`);
