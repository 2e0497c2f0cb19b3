// A real HTTP server for the loading tests, mounted into the test runner's server under
// /test-api/. Each route plays one behaviour of a publisher's server, good or bad.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { faultRoute } from './fault-server.mjs';
import { hostPageRoute } from './host-pages.mjs';

const article = (name) => readFileSync(new URL(`../../demo/articles/${name}.json`, import.meta.url));
const hits = new Map();
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
/** Trusted Types only: inline script stays allowed, so markup that slipped through would run. */
// The policies a page allows by name: Lit's, the test's own, and the kit's JSON-LD one (`seo`).
export const TT_CSP =
  "require-trusted-types-for 'script'; trusted-types lit-html xss-host news-widgets-json-ld";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Koa middleware for @web/test-runner's `middleware` option. */
export async function testApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  const route = url.pathname.slice('/test-api/'.length);
  const key = url.searchParams.get('key') ?? '';
  const count = (hits.get(`${route}|${key}`) ?? 0) + 1;
  hits.set(`${route}|${key}`, count);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  // A client that gives up (an aborted fetch) ends the wait.
  if (delay) await Promise.race([sleep(delay), new Promise((resolve) => ctx.res.once('close', resolve))]);
  const json = (body, status = 200) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = body;
  };
  switch (route) {
    case 'hits':
      return json(JSON.stringify(hits.get(`${url.searchParams.get('route')}|${key}`) ?? 0));
    case 'fuzz-config':
      // How many cases the fuzz suite runs (npm run fuzz sets FUZZ_RUNS) and, to replay, FUZZ_SEED.
      return json(
        JSON.stringify({
          runs: Number(process.env.FUZZ_RUNS) || 0,
          seed: Number(process.env.FUZZ_SEED) || null,
        }),
      );
    case 'article':
      return json(article(url.searchParams.get('name') ?? 'seed'));
    case 'status':
      ctx.status = Number(url.searchParams.get('code'));
      ctx.body = 'error';
      return;
    case 'flaky':
      // Fails with `code` until the `ok`-th request (Retry-After when asked); then the seed, or
      // with `empty`, a list with no stories.
      if (count < Number(url.searchParams.get('ok') ?? 2)) {
        if (url.searchParams.has('retry-after')) ctx.set('Retry-After', url.searchParams.get('retry-after'));
        ctx.status = Number(url.searchParams.get('code') ?? 500);
        ctx.body = 'try again';
        return;
      }
      return json(url.searchParams.has('empty') ? '[]' : article('seed'));
    case 'malformed':
      return json('{ "version": 1, "headline": ');
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><p>Not JSON</p>';
      return;
    case 'invalid':
      return json(JSON.stringify({ version: 1, headline: 'No body' }));
    case 'empty':
      return json('');
    case 'big': {
      const size = 3 * 1024 * 1024;
      const body = `{"pad":"${'x'.repeat(size)}"}`;
      if (url.searchParams.has('chunked')) {
        ctx.type = 'application/json';
        ctx.body = Readable.from(
          (function* chunks() {
            for (let i = 0; i < body.length; i += 65536) yield body.slice(i, i + 65536);
          })(),
        );
        return;
      }
      return json(body);
    }
    case 'csp-page': {
      // A publisher page under the strictest policy the kit promises to work with.
      // es, iife, npm (the npm entry of <news-article>, Lit from node_modules), or none (the test
      // loads the kit itself).
      const bundle =
        {
          iife: 'news-widgets.iife.js',
          npm: 'npm/news-article.js',
          none: '',
        }[url.searchParams.get('bundle')] ?? 'news-widgets.js';
      const type = bundle.endsWith('iife.js') ? '' : ' type="module"';
      const kit = bundle ? `<script${type} src="/dist/${bundle}"></script>` : '';
      if (url.searchParams.get('csp') !== 'off') ctx.set('Content-Security-Policy', STRICT_CSP);
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<script src="/demo/csp-report.js"></script>${kit}</head>
<body><news-article${url.searchParams.get('seo') === 'on' ? ' seo' : ''}><script type="application/json">${article('seed').toString().replace(/</g, '\\u003c')}</script>${
        // The page's own share prompt, in the article's slot.
        url.searchParams.get('slotted') === 'on'
          ? '<share-prompt slot="share" targets="email"></share-prompt><related-news slot="related" layout="grid"></related-news>'
          : ''
      }</news-article></body></html>`;
      return;
    }
    case 'stream-page': {
      // A publisher page that arrives in pieces, as a slow connection or a streaming server sends
      // it: the classic bundle runs first, then the article's JSON comes in three chunks, 300 ms
      // apart, and the end of the page 300 ms later. `broken=on` cuts the JSON short. The page
      // records the kit's events, and 'parsed' once the whole document is.
      const text = article('seed').toString().replace(/</g, '\\u003c');
      const json = url.searchParams.get('broken') === 'on' ? text.slice(0, -40) : text;
      const third = Math.ceil(json.length / 3);
      const parts = [
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Streamed</title><script>
window.kitEvents = [];
for (const type of ['news-load', 'news-error'])
  document.addEventListener(type, (e) => window.kitEvents.push(e.detail.kind ?? type), true);
document.addEventListener('DOMContentLoaded', () => window.kitEvents.push('parsed'));
</script><script src="/dist/news-widgets.iife.js"></script></head>
<body><news-article><script type="application/json">${json.slice(0, third)}`,
        json.slice(third, 2 * third),
        // The parser passes </script> (a space follows it) well before the page is parsed.
        `${json.slice(2 * third)}</script> </news-article><p id="after">After the article</p>`,
        '</body></html>',
      ];
      ctx.type = 'text/html';
      ctx.body = Readable.from(
        (async function* chunks() {
          for (const [i, part] of parts.entries()) {
            if (i) await sleep(300);
            yield part;
          }
        })(),
      );
      return;
    }
    case 'ssr-page': {
      // `probe`: a script of the page's own right after the article, run while the page still loads.
      const PROBE = `<script>window.early = {
  loading: document.readyState === 'loading',
  defined: customElements.get('news-article') !== undefined,
  upgraded: document.createElement('news-callout') instanceof customElements.get('news-callout'),
};</script>`;
      // A page with the article rendered on the server (dist/npm/ssr.js, so `npm run build` first),
      // with `script`: none, hydrate (ES), hydrate-iife, or plain (the bundle without hydration).
      const { renderArticle } = await import('../../dist/npm/ssr.js');
      const data = JSON.parse(article(url.searchParams.get('name') ?? 'seed'));
      // The page's own URL decides the "Originally published by" line, as it does in the browser.
      const csp = url.searchParams.get('csp');
      const nonce = csp === 'nonce' ? 'n0nce' : undefined;
      const { html } = renderArticle(data, {
        pageUrl: url.searchParams.get('page-url') ?? ctx.href,
        nonce,
        lang: url.searchParams.get('lang') ?? undefined,
        hydratable: url.searchParams.get('hydratable') !== 'off',
      });
      const scripts = {
        none: '',
        hydrate: '<script type="module" src="/dist/news-widgets.hydrate.js"></script>',
        'hydrate-iife': '<script src="/dist/news-widgets.hydrate.iife.js"></script>',
        plain: '<script type="module" src="/dist/news-widgets.js"></script>',
      };
      if (csp === 'on') ctx.set('Content-Security-Policy', STRICT_CSP);
      if (nonce)
        ctx.set(
          'Content-Security-Policy',
          STRICT_CSP.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`),
        );
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>
<script src="/demo/csp-report.js"></script>${scripts[url.searchParams.get('script') ?? 'none'] ?? ''}</head>
<body><main>${html}</main>${url.searchParams.has('probe') ? PROBE : ''}<footer id="after">After the article</footer></body></html>`;
      return;
    }
    case 'xss-page': {
      // A host page for the XSS suite: enforces Trusted Types (unless csp=off, the control page),
      // records any payload that runs (they call __xss or alert) and every CSP violation, and
      // loads the kit from source.
      if (url.searchParams.get('csp') !== 'off') ctx.set('Content-Security-Policy', TT_CSP);
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>XSS</title><script>
window.xssRuns = []; window.cspViolations = []; window.pageErrors = [];
window.__xss = (id) => { window.xssRuns.push(String(id)); };
window.alert = window.confirm = window.prompt = (id) => window.__xss('alert:' + id);
document.addEventListener('securitypolicyviolation', (e) =>
  window.cspViolations.push(e.violatedDirective + ': ' + (e.sample || e.blockedURI)), true);
window.addEventListener('error', (e) => window.pageErrors.push(String(e.error ?? e.message)));
window.addEventListener('unhandledrejection', (e) => window.pageErrors.push(String(e.reason)));
</script><script type="module" src="/src/all.ts"></script></head><body></body></html>`;
      return;
    }
    case 'related':
      return json(JSON.stringify(JSON.parse(article('seed')).related));
    case 'related-invalid':
      // One good story and one without a URL.
      return json(JSON.stringify([JSON.parse(article('seed')).related.items[0], { headline: 'No URL' }]));
    default:
      if (await faultRoute(ctx, route, url, key)) return;
      if (await hostPageRoute(ctx, route, url)) return;
      ctx.status = 404;
      ctx.body = 'no such route';
  }
}
