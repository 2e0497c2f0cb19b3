// Runs @web/test-runner, then prints `tests: N passed, N failed` from the runner's own results
// (written by test/support/summary-reporter.mjs), and exits with the runner's exit code.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const file = '.wtr/summary.json';
rmSync(file, { force: true });
const run = spawnSync('npx', ['wtr', ...process.argv.slice(2)], { stdio: 'inherit' });
let line = 'tests: 0 passed, 1 failed (the test runner reported no results)';
try {
  const { passed, failed, skipped, brokenFiles } = JSON.parse(readFileSync(file, 'utf8'));
  line = `tests: ${passed} passed, ${failed + brokenFiles} failed${skipped ? `, ${skipped} skipped` : ''}`;
} catch {
  // keep the failure line
}
console.log(`\n${line}`);
process.exit(run.status ?? 1);
