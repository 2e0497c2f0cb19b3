// The one place that says how the project starts Chromium: the test runner, the story check and
// the benchmarks share it. Debian's Chromium, as root, on a closed network.
import { existsSync } from 'node:fs';

/** The browser binary: CHROME_PATH, else the first Chromium or Chrome found. */
export const executablePath =
  process.env.CHROME_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

/** Flags: no sandbox (root), no background traffic, every host but this machine unresolvable. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
  // Several pages at once (test files in parallel): keep background pages' timers and frames going.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
