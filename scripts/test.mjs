// Runs @web/test-runner, then the Node-side tests (test/node, node:test), and prints
// `tests: N passed, N failed` from both runners' own results (the browser's written by
// test/support/summary-reporter.mjs, Node's as TAP), and exits non-zero when either failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const file = '.wtr/summary.json';
const tap = '.wtr/node-tests.tap';
rmSync(file, { force: true });
rmSync(tap, { force: true });
mkdirSync('.wtr', { recursive: true });
const run = spawnSync('npx', ['wtr', ...process.argv.slice(2)], { stdio: 'inherit' });
const node = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    'test/node/',
  ],
  { stdio: 'inherit' },
);
let line = 'tests: 0 passed, 1 failed (the test runner reported no results)';
try {
  const { passed, failed, skipped, brokenFiles } = JSON.parse(readFileSync(file, 'utf8'));
  const report = readFileSync(tap, 'utf8');
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? NaN);
  const nodePassed = count('pass');
  const nodeFailed = count('fail') + count('cancelled');
  if (Number.isNaN(nodePassed + nodeFailed)) throw new Error('no Node test results');
  const skips = skipped + count('skipped');
  line = `tests: ${passed + nodePassed} passed, ${failed + brokenFiles + nodeFailed} failed${skips ? `, ${skips} skipped` : ''}`;
} catch {
  // keep the failure line
}
console.log(`\n${line}`);
process.exit((run.status ?? 1) || (node.status ?? 1));
