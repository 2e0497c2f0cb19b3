// A test-runner server command that measures the test page's memory through the Chrome DevTools
// Protocol: `executeServerCommand('heap', { gc: true })` collects garbage first (HeapProfiler),
// then returns the used JS heap (Runtime.getHeapUsage) and the DOM counters (Memory).

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function heapPlugin() {
  return {
    name: 'heap-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'heap') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('heap: needs Chrome through puppeteer');
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        if (payload?.gc) {
          // Several passes: the first frees objects whose finalizers release others.
          for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
        }
        const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
        const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        return { usedSize, totalSize, documents, nodes, jsEventListeners };
      } finally {
        await cdp.detach();
      }
    },
  };
}
