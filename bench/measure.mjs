// One cold load of one page in a fresh browser context, measured from inside the page
// (PerformanceObserver: paint, largest-contentful-paint, layout-shift; a "ready" probe each frame)
// and through the DevTools protocol (CPU throttling, JS heap after a collection).
import { READY_PROBE } from './pages.mjs';

const INSTRUMENT = `(() => {
  const b = (window.__bench = { ready: 0, interactive: 0, fcp: 0, lcp: 0, shifts: [] });
  const observe = (type, fn) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {}
  };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { b.lcp = e.startTime; });
  observe('layout-shift', (e) => { if (!e.hadRecentInput) b.shifts.push(e.value); });
  const ready = ${READY_PROBE};
  const interactive = () => {
    const els = document.querySelectorAll('news-article');
    return els.length > 0 && customElements.get('news-article') && [...els].every((el) => el.hasUpdated);
  };
  const tick = () => {
    if (!b.ready && ready()) b.ready = performance.now();
    if (b.ready && !b.interactive && interactive()) b.interactive = performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const COUNT_NODES = `(() => {
  let n = 0;
  const walk = (root) => {
    const w = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = w.nextNode(); node; node = w.nextNode()) {
      n += 1;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(document);
  return n;
})()`;

/**
 * Loads `url` once in a fresh context and returns its figures (ms, MB, counts). `throttle` is the
 * CPU slowdown factor (1 = none). `settle` ms are waited after ready for late shifts.
 */
export async function measure(browser, url, { throttle = 1, viewport, settle = 600, timeout = 60000 }) {
  const context = await browser.newContext({ viewport });
  try {
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url, { waitUntil: 'load', timeout });
    await page.waitForFunction(() => window.__bench.ready > 0, null, { timeout, polling: 50 });
    await page.waitForTimeout(settle);
    const m = await page.evaluate(() => window.__bench);
    const nodes = await page.evaluate(COUNT_NODES);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const cls = m.shifts.reduce((s, v) => s + v, 0);
    return {
      ready: m.ready,
      interactive: m.interactive || undefined,
      fcp: m.fcp,
      lcp: m.lcp,
      cls,
      shifted: m.shifts.length > 0,
      heap: heap.usedSize / 2 ** 20,
      nodes,
    };
  } finally {
    await context.close();
  }
}
