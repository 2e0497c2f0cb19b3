// Writes article.schema.json (JSON Schema draft 2020-12) from the Valibot schemas in
// src/model/schema.ts, so the published schema and the validator come from one source.
// `node scripts/build-schema.mjs --check` fails instead when the committed file is stale.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}article.schema.json`;

const { outputFiles } = await build({
  entryPoints: [`${root}scripts/schema-entry.ts`],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const tmp = await mkdtemp(join(tmpdir(), 'news-schema-'));
await writeFile(join(tmp, 'entry.mjs'), outputFiles[0].text);
const { articleJsonSchema } = await import(pathToFileURL(join(tmp, 'entry.mjs')).href);
await rm(tmp, { recursive: true });
const text = `${JSON.stringify(articleJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = await readFile(out, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('article.schema.json is stale: run `npm run schema` and commit it.');
    process.exit(1);
  }
  console.log('article.schema.json is up to date.');
} else {
  await writeFile(out, text);
  console.log(`wrote ${out}`);
}
