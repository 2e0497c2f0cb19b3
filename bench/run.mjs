#!/usr/bin/env node
// `npm run bench`: the kit against static HTML, side by side, in Debian's Chromium through
// playwright-core. Builds the package, serves every page on 127.0.0.1, loads each variant cold in
// a fresh browser context, interleaved, and writes the table to bench/results.md and the README.
//
//   npm run bench                 full run (BENCH_RUNS loads per row, default 20)
//   npm run bench -- --quick      a few loads of the main rows: proves it works (CI)
//   npm run bench -- --runs 30 --no-build
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import * as prettier from 'prettier';
import { chromiumArgs, executablePath } from '../scripts/chromium.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    build: { type: 'boolean', default: true },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string' },
    readme: { type: 'boolean', default: true },
  },
});
const root = new URL('..', import.meta.url);
const quick = args.quick;
// A quick run proves the bench works; it does not replace the committed figures.
const out = args.out ?? (quick ? 'bench/results.quick.md' : 'bench/results.md');
const runs = Number(args.runs ?? process.env.BENCH_RUNS ?? (quick ? 2 : 20));
const log = (...a) => console.error(...a);

if (args.build && !args['no-build']) {
  log('== npm run build');
  const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

// Imported after the build: the pages use dist/npm/ssr.js.
const { VARIANTS, card, page, scaled, seed } = await import('./pages.mjs');
const { startServer } = await import('./server.mjs');
const { measure } = await import('./measure.mjs');
const { summarize, table } = await import('./stats.mjs');

const ALL = Object.keys(VARIANTS);
const MAIN = ['static', 'client', 'ssr', 'hydrated'];
const scenarios = [
  { id: 'seed', label: 'seed article', articles: [seed()], variants: ALL },
  { id: 'seed-4x', label: 'seed, 4× CPU throttling', articles: [seed()], variants: ALL, throttle: 4 },
  ...(quick ? [] : [10, 100, 1000]).map((n) => ({
    id: `scale-${n}`,
    label: `${n.toLocaleString('en')} paragraphs + ${n.toLocaleString('en')} related`,
    articles: [scaled(n)],
    variants: MAIN,
  })),
  ...(quick
    ? []
    : [
        {
          id: 'cards',
          label: '100 article cards',
          articles: Array.from({ length: 100 }, (_, i) => card(i)),
          variants: MAIN,
        },
      ]),
];

const server = await startServer();
for (const s of scenarios) {
  for (const v of s.variants) {
    server.pages.set(
      `/${s.id}/${v}.html`,
      page(v, s.articles, { origin: server.origin, jsonUrl: (i) => `/${s.id}/article-${i}.json` }),
    );
  }
  s.articles.forEach((a, i) => server.pages.set(`/${s.id}/article-${i}.json`, JSON.stringify(a)));
}

const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
const viewport = { width: 1280, height: 800 };
const rows = scenarios.flatMap((s) => s.variants.map((v) => ({ s, v, loads: [] })));
log(`== ${rows.length} rows × ${runs} cold loads, interleaved (Chromium ${browser.version()})`);
for (let r = 0; r < runs; r += 1) {
  // A fresh random order each round: no variant always goes first or after a given other.
  const order = rows.map((row) => [Math.random(), row]).sort((a, b) => a[0] - b[0]);
  for (const [, row] of order) {
    const url = `${server.origin}/${row.s.id}/${row.v}.html`;
    row.loads.push(await measure(browser, url, { throttle: row.s.throttle ?? 1, viewport }));
  }
  log(`   round ${r + 1}/${runs} done`);
}
const chromiumVersion = browser.version();
await browser.close();
await server.close();

log('== server renderer throughput');
const t = spawnSync(process.execPath, ['--single-threaded', 'bench/ssr-throughput.mjs', quick ? '1' : '5'], {
  cwd: root,
  encoding: 'utf8',
});
const throughput = JSON.parse(t.stdout);

const summary = rows.map(({ s, v, loads }) => ({
  scenario: s.label,
  id: s.id,
  variant: v,
  label: VARIANTS[v],
  s: summarize(loads),
}));
for (const row of summary) row.base = summary.find((x) => x.id === row.id && x.variant === 'static')?.s;
const result = table(summary);
const machine = `${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} logical CPUs, ${Math.round(totalmem() / 2 ** 30)} GB), Node ${process.version}, Chromium ${chromiumVersion}, viewport ${viewport.width}×${viewport.height}`;
const date = new Date().toISOString().slice(0, 10);
const rate = `Server renderer: **${Math.round(throughput.perSecond).toLocaleString('en')} seed articles per second** on one core (\`node --single-threaded\`, ${throughput.renders.toLocaleString('en')} renders, ${Math.round(throughput.bytes / 1024)} KB of HTML each).`;
const text = `# Benchmark results

${quick ? '**Quick run** (a few loads per row, to prove the bench works; not figures to quote).\n\n' : ''}${date}, ${machine}; ${runs} cold loads per row, interleaved, each in a fresh browser context, served from 127.0.0.1 (no network latency). Command: \`npm run bench${quick ? ' -- --quick' : ''}\`.

${result}

${rate}

How to read it: see [bench/README.md](README.md). Ratios compare medians with the static row of the same scenario.
`;
/** Writes Markdown as Prettier formats it, so `npm run lint` stays green after a run. */
async function writeMarkdown(url, markdown) {
  const config = (await prettier.resolveConfig(url)) ?? {};
  writeFileSync(url, await prettier.format(markdown, { ...config, parser: 'markdown' }));
}

await writeMarkdown(new URL(out, root), text);
console.log(`\n${result}\n\n${rate}\n`);
log(`== written to ${out}`);

if (!quick && args.readme) {
  const readme = new URL('README.md', root);
  const md = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (md.includes(start) && md.includes(end)) {
    const block = `${start}\n\n${date}, ${machine}; ${runs} cold loads per row.\n\n${result}\n\n${rate}\n\n${end}`;
    await writeMarkdown(
      readme,
      md.slice(0, md.indexOf(start)) + block + md.slice(md.indexOf(end) + end.length),
    );
    log('== README.md updated');
  }
}
