// No layout shift on the client path: a publisher page embedding the kit as the README says (the
// module in <head>, the :not(:defined) rule) against the same page without the rule. In Chromium
// through playwright-core, with the bundle or the JSON held back so the page paints first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { RESERVE_CSS, page, seed } from '../../bench/pages.mjs';
import { startServer } from '../../bench/server.mjs';
import { chromiumArgs, executablePath } from '../../scripts/chromium.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  const options = { origin: server.origin, jsonUrl: () => '/seed.json' };
  server.pages.set('/seed.json', JSON.stringify(seed()));
  for (const variant of ['client', 'src']) {
    const html = page(variant, [seed()], options);
    assert.ok(html.includes(RESERVE_CSS));
    server.pages.set(`/${variant}.html`, html);
    server.pages.set(`/${variant}-unreserved.html`, html.replace(`<style>${RESERVE_CSS}</style>`, ''));
  }
  browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads a page with `late` requests held back 400 ms; returns the layout shifts it recorded. */
async function shifts(
  path,
  { height = 800, width = 1280, late = /news-widgets\.js$/, origin = server.origin } = {},
) {
  const context = await browser.newContext({ viewport: { width, height } });
  try {
    await context.route(late, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await context.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => window.shifts.push(e.value)),
      ).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
    const tab = await context.newPage();
    await tab.goto(`${origin}${path}`);
    await tab.waitForFunction(
      () => document.querySelector('news-article')?.shadowRoot?.querySelector('[part~="attribution"]'),
      null,
      { timeout: 10000 },
    );
    await tab.waitForTimeout(300);
    return await tab.evaluate(() => window.shifts);
  } finally {
    await context.close();
  }
}

describe('layout shift of the client-rendered seed article', () => {
  it('is none with the documented embedding (inline JSON)', async () => {
    assert.deepEqual(await shifts('/client.html'), []);
  });

  it('is none when loading from src (the skeleton holds the same space), on a tall screen too', async () => {
    assert.deepEqual(await shifts('/src.html', { late: /news-widgets\.js$|seed\.json$/ }), []);
    assert.deepEqual(await shifts('/src.html', { late: /news-widgets\.js$|seed\.json$/, height: 1300 }), []);
  });

  it('is there without the :not(:defined) rule (the check can fail)', async () => {
    const values = await shifts('/client-unreserved.html');
    assert.ok(values.reduce((a, b) => a + b, 0) > 0.05, `shifts: ${values}`);
  });
});

describe('the demo pages (npm start)', () => {
  let demo;
  before(async () => {
    demo = await createServer({ server: { host: '127.0.0.1', port: 0, open: false }, logLevel: 'silent' });
    await demo.listen();
  });
  after(() => demo?.close());

  it('renders /demo/csp.html under its strict policy with no violation reported', async () => {
    const origin = demo.resolvedUrls.local[0].replace(/\/$/, '');
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      const response = await tab.goto(`${origin}/demo/csp.html`);
      assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
      await tab.waitForFunction(
        () => document.querySelector('news-article')?.shadowRoot?.querySelector('[part~="attribution"]'),
        null,
        { timeout: 10000 },
      );
      // Violation events are queued as tasks: give late ones time to arrive.
      await tab.waitForTimeout(300);
      assert.deepEqual(await tab.evaluate(() => window.cspViolations), []);
      // The check is live: an inline style is refused and counted.
      await tab.evaluate(() => {
        const p = document.createElement('p');
        p.setAttribute('style', 'color: red');
        document.body.append(p);
      });
      await tab.waitForFunction(() => window.cspViolations.length === 1, null, { timeout: 5000 });
    } finally {
      await context.close();
    }
  });

  for (const page of ['/demo/', '/demo/partner.html', '/demo/csp.html']) {
    for (const width of [1280, 390]) {
      it(`is none on ${page} at ${width}px, with the kit arriving late`, async () => {
        const origin = demo.resolvedUrls.local[0].replace(/\/$/, '');
        assert.deepEqual(await shifts(page, { origin, width, late: /\/src\/all\.ts$/ }), []);
      });
    }
  }
});
