import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromiumArgs, executablePath } from './scripts/chromium.mjs';
import { frontPlugin } from './test/support/front-plugin.mjs';
import { heapPlugin } from './test/support/heap-plugin.mjs';
import { mediaFeaturesPlugin } from './test/support/media-plugin.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { testApi } from './test/support/test-server.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testApi],
  hostname: '127.0.0.1',
  concurrency: 2,
  plugins: [
    esbuildPlugin({ ts: true, json: false, tsconfig: './tsconfig.json', target: 'esnext' }),
    heapPlugin(),
    mediaFeaturesPlugin(),
    // Accessible names as the browser computes them (through shadow roots).
    a11ySnapshotPlugin(),
    frontPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reporters: ['text-summary', 'lcov'],
    reportDir: 'coverage',
  },
  testFramework: { config: { timeout: 10000 } },
  // Lit's notice, and the kit's own console reports of bad input (hundreds, from the bad-input and
  // fuzz suites; a test checks them).
  filterBrowserLogs: ({ args }) => !/^(Lit is in dev mode|[a-z]+-[a-z]+: )/.test(String(args[0])),
  reporters: [defaultReporter(), summaryReporter()],
};
