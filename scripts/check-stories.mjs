#!/usr/bin/env node
/**
 * The story check for CI. It builds nothing: run `npm run build-storybook` first.
 *
 * It serves storybook-static/ on 127.0.0.1, reads every story from its index.json (so a new story
 * is covered without editing this file), opens each one alone (iframe.html?id=…&viewMode=story) in
 * headless Chromium, and fails a story that
 *
 * - throws (an uncaught error or rejection, or Storybook's error display),
 * - logs a console error (failed requests included),
 * - renders nothing (no text, image or graphic in #storybook-root, open shadow roots included),
 * - leaves a custom element undefined,
 * - has an axe-core violation in #storybook-root (axe pierces open shadow roots), or
 * - reports a data problem: a `news-error` event, or a `news-load` or `news-related-load` with
 *   validator warnings. The demo data is valid, so such a report means the data or the validator
 *   broke. Stories that feed invalid data on purpose carry the tag `invalid-data`, and fail if
 *   nothing is reported.
 *
 * Axe runs with the rules the Storybook a11y addon uses: all of axe's defaults except `region`
 * ("content must be in landmarks"), which judges whole pages, not a story's fragment.
 *
 * Usage: node scripts/check-stories.mjs [--filter=<text in the story id>] [--verbose]
 * Environment: CHROME_PATH (default /usr/bin/chromium), STORIES_DIR (default storybook-static),
 * STORY_TIMEOUT in ms (default 20000), STORY_CONCURRENCY (default 2).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';

const require = createRequire(import.meta.url);
const root = resolve(process.env.STORIES_DIR || 'storybook-static');
const timeout = Number(process.env.STORY_TIMEOUT || 20_000);
const concurrency = Math.max(1, Number(process.env.STORY_CONCURRENCY || 2));
const filter = process.argv.find((a) => a.startsWith('--filter='))?.slice('--filter='.length);
const verbose = process.argv.includes('--verbose');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A static file server for `root`, on 127.0.0.1 and a free port. */
async function serve() {
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      // Chromium asks for /favicon.ico on its own; it is no story's request.
      if (pathname === '/favicon.ico') return void res.writeHead(204).end();
      let file = normalize(join(root, decodeURIComponent(pathname)));
      if (file !== root && !file.startsWith(root + sep)) throw Object.assign(new Error(), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/** In the page: waits until Storybook has finished the story and every element has rendered. */
async function settle() {
  const finished = ['finished', 'errored', 'aborted'];
  const deadline = Date.now() + 15_000;
  const phase = () => window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
  while (!finished.includes(phase()) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const rootEl = document.getElementById('storybook-root');
  const elements = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.includes('-')) elements.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (rootEl) walk(rootEl);
  const undefinedTags = [
    ...new Set(elements.filter((el) => !el.matches(':defined')).map((el) => el.localName)),
  ];
  await Promise.all(elements.map((el) => el.updateComplete));
  // Elements render their children in their own update: look again for the nested ones.
  const nested = [];
  const walkAgain = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.includes('-') && !elements.includes(el)) nested.push(el);
      if (el.shadowRoot) walkAgain(el.shadowRoot);
    }
  };
  if (rootEl) walkAgain(rootEl);
  await Promise.all(nested.map((el) => el.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

  // Visible content: text, or an image or graphic, in the tree as rendered: an element with a
  // shadow root shows its shadow root, where a slot shows what is assigned to it (else its
  // fallback). Light children no slot takes are not shown, so they do not count.
  let text = '';
  let media = 0;
  const shownChildren = (node) => {
    if (node.shadowRoot) return [...node.shadowRoot.childNodes];
    const assigned = node.localName === 'slot' ? node.assignedNodes({ flatten: true }) : [];
    return assigned.length ? assigned : [...node.childNodes];
  };
  const collect = (node) => {
    for (const child of shownChildren(node)) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent.trim();
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (['script', 'style', 'template'].includes(child.localName)) continue;
        if (['img', 'svg', 'video', 'canvas', 'iframe'].includes(child.localName)) media++;
        collect(child);
      }
    }
  };
  if (rootEl) collect(rootEl);
  const errorDisplay = document.body.classList.contains('sb-show-errordisplay');
  const errorText = errorDisplay
    ? `${document.getElementById('error-message')?.textContent ?? ''} ${document.getElementById('error-stack')?.textContent?.split('\n')[0] ?? ''}`.trim()
    : '';
  return { phase: phase() ?? 'unknown', undefinedTags, hasContent: text.length > 0 || media > 0, errorText };
}

/** In the page: axe on the story's root. */
async function runAxe() {
  const result = await window.axe.run('#storybook-root', { rules: { region: { enabled: false } } });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : t)).join(' >> ')),
  }));
}

/** Before the page's scripts: records the data problems that elements report as events. */
function recordDataIssues() {
  window.__newsIssues = [];
  const short = (issues) =>
    (issues ?? [])
      .map((i) => i.path || '(document)')
      .slice(0, 3)
      .join(', ');
  addEventListener(
    'news-error',
    (e) =>
      window.__newsIssues.push(`news-error: ${e.detail?.message ?? ''} ${short(e.detail?.issues)}`.trim()),
    true,
  );
  for (const type of ['news-load', 'news-related-load']) {
    addEventListener(
      type,
      (e) => {
        const warnings = e.detail?.warnings ?? [];
        if (warnings.length)
          window.__newsIssues.push(`${type} with ${warnings.length} warning(s): ${short(warnings)}`);
      },
      true,
    );
  }
}

async function checkStory(context, origin, entry, axeSource) {
  const page = await context.newPage();
  await page.addInitScript(recordDataIssues);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`threw: ${error.message.split('\n')[0]}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location()?.url ? ` (${message.location().url.replace(origin, '')})` : '';
    problems.push(`console error: ${message.text().split('\n')[0]}${where}`);
  });
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`, {
      waitUntil: 'load',
      timeout,
    });
    await page.waitForFunction(() => !!window.__STORYBOOK_PREVIEW__, null, { timeout });
    const state = await page.evaluate(settle);
    if (state.errorText) problems.push(`threw: ${state.errorText}`);
    else if (state.phase !== 'finished') problems.push(`did not finish rendering (phase: ${state.phase})`);
    for (const tag of state.undefinedTags) problems.push(`<${tag}> is not defined`);
    if (!state.hasContent) problems.push('renders nothing');
    // A story that fails on purpose may fail late (a timeout and its retry): wait for the report.
    if (entry.tags?.includes('invalid-data')) {
      await page.waitForFunction(() => window.__newsIssues?.length, null, { timeout }).catch(() => {});
    }
    const issues = await page.evaluate(() => window.__newsIssues ?? []);
    if (entry.tags?.includes('invalid-data')) {
      if (!issues.length) problems.push('is tagged invalid-data but no element reported a problem');
    } else {
      problems.push(...issues);
    }
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(runAxe);
    for (const v of violations) {
      problems.push(
        `axe ${v.id} (${v.impact}; ${v.targets.length} node(s): ${v.targets.slice(0, 3).join(' | ')})`,
      );
      if (verbose) console.error(`  ${entry.id}: ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`);
    }
  } catch (error) {
    problems.push(`could not be checked: ${String(error.message ?? error).split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

async function main() {
  let index;
  try {
    index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  } catch {
    console.error(`No ${join(root, 'index.json')}: run \`npm run build-storybook\` first.`);
    process.exit(2);
  }
  const stories = Object.values(index.entries ?? {}).filter(
    (e) => e.type === 'story' && (!filter || e.id.includes(filter)),
  );
  if (!stories.length) {
    console.error('No stories found in index.json.');
    process.exit(2);
  }
  const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const { server, origin } = await serve();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  let passed = 0;
  let failed = 0;
  try {
    const queue = [...stories];
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const problems = await checkStory(context, origin, entry, axeSource);
        if (problems.length) {
          failed++;
          console.log(
            `FAIL ${entry.id} (${entry.title} › ${entry.name}): ${[...new Set(problems)].join('; ')}`,
          );
        } else {
          passed++;
          if (verbose) console.log(`ok   ${entry.id}`);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, stories.length) }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`stories: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

await main();
