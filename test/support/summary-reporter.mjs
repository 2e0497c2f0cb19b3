// Records the runner's own results so `scripts/test.mjs` can print the closing line
// `tests: N passed, N failed` after everything else the runner prints.
import { mkdirSync, writeFileSync } from 'node:fs';

/** Counts the tests of one suite and its children. */
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
  return totals;
}

export function summaryReporter({ file = '.wtr/summary.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load, or threw outside a test, ran no test but did fail.
        const ran = session.testResults?.tests?.length || session.testResults?.suites?.length;
        if (!session.passed && !ran) totals.brokenFiles += 1;
      }
      mkdirSync('.wtr', { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
