// React 19 as a user's app uses the npm package: bundled (esbuild), run in Chromium (playwright-core).
// React 19 sets a custom element's properties when the element has them (objects and arrays go
// through, not "[object Object]"), and listens to its events through `on<event-name>` props.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seed = JSON.parse(readFileSync(new URL('../../demo/articles/seed.json', import.meta.url), 'utf8'));

/** The user's app: the package's own entry points, React's production build. */
const APP = `
import { createElement as h, StrictMode, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import 'news-widgets/all.js';

const log = (window.events = []);
let setArticle;
let setShown;
function App() {
  const [article, set] = useState(window.seed);
  const [shown, show] = useState(true);
  setArticle = set;
  setShown = show;
  if (!shown) return null;
  return h('main', null,
    h('news-article', {
      article,
      'heading-level': 3,
      'onnews-load': (e) => log.push(['load', e.detail.article.headline]),
    }),
    h('share-prompt', {
      url: 'https://news.example/world/a-1',
      targets: ['copy', 'email'],
      'onnews-share': (e) => {
        e.preventDefault();
        log.push(['share', e.detail.target, e.detail.url]);
      },
    }),
    h('related-news', {
      items: window.seed.related.items.slice(0, 2),
      layout: 'compact',
      'onnews-related-click': (e) => {
        e.preventDefault();
        log.push(['related', e.detail.item.headline]);
      },
    }),
  );
}
const app = createRoot(document.getElementById('root'));
app.render(h(StrictMode, null, h(App)));
window.app = {
  setArticle: (a) => flushSync(() => setArticle(a)),
  unmount: () => flushSync(() => setShown(false)),
};
`;

let browser;
let bundle;
before(async () => {
  const result = await build({
    stdin: { contents: APP, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'iife',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0].text;
  browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
});
after(() => browser?.close());

/** Runs `check` on a page running the app, then asserts the page reported no error. */
async function inApp(check) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    await page.setContent('<!doctype html><html lang="en"><body><div id="root"></div></body></html>');
    await page.evaluate((data) => (window.seed = data), seed);
    await page.addScriptTag({ content: bundle });
    await page.waitForFunction(() => window.events?.some(([kind]) => kind === 'load'));
    await check(page);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
}

describe('in a React 19 app', () => {
  it('renders the article from an object prop, with heading-level, and hears news-load', async () => {
    await inApp(async (page) => {
      // Playwright's CSS locators pierce shadow roots.
      assert.equal(await page.locator('news-article h3[part~="headline"]').textContent(), seed.headline);
      const events = await page.evaluate(() => window.events);
      assert.deepEqual(
        events.filter(([kind]) => kind === 'load'),
        [['load', seed.headline]],
      );
    });
  });

  it('passes arrays as properties and hears cancelable events', async () => {
    await inApp(async (page) => {
      const alone = page.locator('main > share-prompt [part~="action"]');
      assert.deepEqual(await alone.allTextContents(), ['Copy link', 'Email']);
      await page.locator('main > share-prompt').getByRole('button', { name: 'Copy link' }).click();
      await page.locator('main > related-news a').first().click();
      const events = await page.evaluate(() => window.events.filter(([kind]) => kind !== 'load'));
      assert.deepEqual(events, [
        ['share', 'copy', 'https://news.example/world/a-1'],
        ['related', seed.related.items[0].headline],
      ]);
      // The related click was cancelled: the page did not navigate.
      assert.equal(await page.evaluate(() => location.href), 'about:blank');
    });
  });

  it('re-renders when React passes a new article, and unmounts without errors', async () => {
    await inApp(async (page) => {
      await page.evaluate((data) => window.app.setArticle({ ...data, headline: 'A new headline' }), seed);
      await page.waitForFunction(() => window.events.some(([, headline]) => headline === 'A new headline'));
      assert.equal(await page.locator('news-article h3[part~="headline"]').textContent(), 'A new headline');
      await page.evaluate(() => window.app.unmount());
      assert.equal(await page.locator('news-article').count(), 0);
    });
  });
});
