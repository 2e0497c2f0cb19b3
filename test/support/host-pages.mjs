// Hostile host pages for test/reliability/host-page.test.ts, mounted under /test-api/ by
// test-server.mjs: `host-page?case=...` serves a publisher page that does one unfriendly thing
// before (or around) loading the kit's built bundles, with the seed article embedded.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const article = (name) =>
  readFileSync(new URL(`../../demo/articles/${name}.json`, import.meta.url))
    .toString()
    .replace(/</g, '\\u003c');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records errors from the first moment: runs before anything the page or the kit does. */
const RECORDER = `<script>window.pageErrors = [];
window.addEventListener('error', (e) => window.pageErrors.push(String(e.error && e.error.stack || e.message)));
window.addEventListener('unhandledrejection', (e) => window.pageErrors.push(String(e.reason)));</script>`;

/** The page's own styles: everything a careless or hostile stylesheet does to inherited text. */
const HOSTILE_CSS = `<style>
html { font-size: 62.5%; }
* { font: italic 900 40px/0.4 "Comic Sans MS", cursive !important; letter-spacing: 9px !important;
  word-spacing: 20px !important; text-transform: uppercase !important; text-indent: -50px !important;
  text-align: right !important; white-space: pre !important; color: red !important;
  box-sizing: content-box !important;
  -webkit-text-fill-color: transparent !important; text-shadow: 0 0 4px lime !important;
  writing-mode: vertical-rl !important; word-break: break-all !important; hyphens: auto !important;
  font-feature-settings: "smcp" !important; font-variation-settings: "wght" 100 !important;
  visibility: hidden !important; cursor: none !important; list-style: none !important;
  line-height: 0 !important; box-sizing: content-box !important; margin: 7px !important;
  padding: 13px !important; border: 3px dashed blue !important; display: inline !important;
  direction: rtl !important; tab-size: 40 !important; quotes: "<<" ">>" !important; }
div, p, span, a, h1, h2, h3, img, figure, ul, li, button, section { display: none !important; }
body > * { all: unset; }
:root { --_text: red; --_size: 2px; --text: red; --size: 2px; --color: red; }
</style>`;

const SETUPS = {
  clean: '',
  'hostile-css': HOSTILE_CSS,
  frozen: `<script>for (const o of [Object, Array, Function, String, Number, Symbol, Promise, Map, Set, WeakMap,
  Element, HTMLElement, Node, EventTarget, Event, CustomEvent]) { Object.freeze(o.prototype); Object.freeze(o); }
Object.freeze(globalThis.JSON);</script>`,
  // Hardened JavaScript (wallets, Agoric, LavaMoat): every intrinsic frozen by SES, as such pages do.
  ses: `<script src="/test-api/ses.js"></script><script>lockdown({ errorTaming: 'unsafe', consoleTaming: 'unsafe' });</script>`,
  patched: `<script>
// Old libraries and prototype pollution: enumerable members everywhere, Array#toJSON (Prototype.js).
for (const [name, value] of Object.entries({ polluted: 'yes', href: 'javascript:parent.__xss()',
  src: 'javascript:parent.__xss()', type: 'image', text: 'POLLUTED', marks: ['strong'], items: [],
  issues: ['polluted'], status: 'error', kind: 'network', headline: 'POLLUTED',
  // Optional article fields, reached only through the prototype when the article lacks them.
  error: 'POLLUTED', url: 'https://evil.example/', cite: 'javascript:parent.__xss()', dek: 'POLLUTED',
  summary: 'POLLUTED', section: 'POLLUTED', rights: 'POLLUTED', direction: 'rtl',
  authors: [{ name: 'POLLUTED' }], image: { src: 'https://evil.example/x.jpg', alt: 'POLLUTED' },
  logo: { src: 'https://evil.example/logo.png', alt: 'POLLUTED' }, share: { url: 'https://evil.example/' },
  // Schema keywords the validator must not pick up.
  pattern: '^$', maxLength: 1, minItems: 99 }))
  Object.prototype[name] = value;
Array.prototype.remove = function () {}; Array.prototype.first = function () { return this[0]; };
Array.prototype.toJSON = function () { return 'an array'; };
String.prototype.trim = function () { return 'TRIMMED'; };
Array.prototype.includes = function (x) { return this.indexOf(x) >= 0; };
Object.defineProperty(Object.prototype, 'then', { value: undefined, writable: true, enumerable: false });
</script>`,
  'other-lit': `<script>(window.litElementVersions ??= []).push('2.8.0');
(window.litHtmlVersions ??= []).push('2.8.0'); (window.reactiveElementVersions ??= []).push('1.6.3');</script><script src="/test-api/other-lit.js"></script>`,
};

let otherLit;
/** Another copy of Lit, bundled now from node_modules, with an element of the page's own. */
async function otherLitBundle() {
  otherLit ??= build({
    stdin: {
      contents: `import { LitElement, html, css } from 'lit';
class OtherLitCard extends LitElement {
  static properties = { label: {} };
  static styles = css\`:host { display: block; } p { font-size: 13px; }\`;
  render() { return html\`<p part="text">\${this.label}</p>\`; }
}
customElements.define('other-lit-card', OtherLitCard);
window.otherLit = { LitElement };`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
  }).then((result) => result.outputFiles[0].text);
  return otherLit;
}

/** Handles the host-page routes; false for any other route. */
export async function hostPageRoute(ctx, route, url) {
  if (route === 'other-lit.js') {
    ctx.type = 'text/javascript';
    ctx.body = await otherLitBundle();
    return true;
  }
  if (route === 'late-bundle.js') {
    // The kit's classic bundle, arriving late: the page has parsed its elements by then.
    await sleep(Number(url.searchParams.get('ms') ?? 300));
    ctx.type = 'text/javascript';
    ctx.body = readFileSync(new URL('../../dist/news-widgets.iife.js', import.meta.url));
    return true;
  }
  if (route === 'ses.js') {
    ctx.type = 'text/javascript';
    ctx.body = readFileSync(new URL('../../node_modules/ses/dist/ses.umd.min.js', import.meta.url));
    return true;
  }
  if (route !== 'host-page') return false;
  const name = url.searchParams.get('case') ?? 'clean';
  const bundle = url.searchParams.get('bundle') === 'es' ? 'es' : 'iife';
  const kit =
    bundle === 'es'
      ? '<script type="module" src="/dist/news-widgets.js"></script>'
      : '<script src="/dist/news-widgets.iife.js"></script>';
  const body = `<news-article id="seed"><script type="application/json">${article('seed')}</script></news-article>
<news-quote id="quote" speaker="Steve Witkoff" speaker-role="Special envoy">We covered almost all the issues.</news-quote>`;
  ctx.type = 'text/html';
  if (name === 'upgrade') {
    // Elements first, one with a property set before the kit defines it; the kit last, and late.
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Upgrade</title>${RECORDER}</head>
<body>${body}<news-article id="early"></news-article>
<script>document.getElementById('early').article = JSON.parse(document.querySelector('#seed script').textContent);
window.definedBeforeKit = !!customElements.get('news-article');</script>
<script src="/test-api/late-bundle.js?ms=300"></script></body></html>`;
    return true;
  }
  if (name === 'mixed-copies') {
    // Two packagings of the kit: the npm entry of <news-quote> (Lit from node_modules) first, then
    // the classic bundle (its own Lit) for every other tag. The Arabic article nests quotes.
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mixed</title>${RECORDER}
<script type="module">import '/dist/npm/news-quote.js';
const s = document.createElement('script'); s.src = '/dist/news-widgets.iife.js'; document.head.append(s);</script></head>
<body><news-article id="seed"><script type="application/json">${article('al-bayan-ar')}</script></news-article></body></html>`;
    return true;
  }
  const setup = SETUPS[name] ?? '';
  const after = url.searchParams.get('order') === 'kit-first';
  ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>${RECORDER}
${after ? kit + setup : setup + kit}</head><body>${body}<other-lit-card label="Other Lit"></other-lit-card></body></html>`;
  return true;
}
