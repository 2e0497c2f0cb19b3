import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { NewsArticle } from '../../src/index.js';
import { loadSeed } from '../support/articles.js';
import { deepQueryAll, deepText } from '../support/dom.js';
import { deepElements, unsafeUrls, watchErrors } from '../support/elements.js';

type PageWindow = Window & typeof globalThis & { pageErrors: string[]; definedBeforeKit?: boolean };

/** Opens a host page of the test server in an iframe, once its `#seed` article has rendered. */
async function page(query: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 800px';
  frame.src = `/test-api/host-page?${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow;
  try {
    await waitUntil(() => headline(win.document.querySelector('#seed')), 'nothing rendered', {
      timeout: 8000,
    });
  } catch {
    throw new Error(`${query}: nothing rendered; page errors: ${JSON.stringify(win.pageErrors)}`);
  }
  return { frame, win, doc: frame.contentDocument! };
}

const headline = (el: Element | null) => el?.shadowRoot?.querySelector('[part~="headline"]')?.textContent;
const SEED_HEADLINE = 'Putin agrees to NATO style security guarantees for Ukraine';

/** The seed article rendered completely: headline, every block, share prompt, related stories. */
function expectSeed(el: Element) {
  expect(headline(el)).to.equal(SEED_HEADLINE);
  const body = el.shadowRoot!.querySelector('[part~="body"]')!;
  expect([...body.children].filter((c) => !c.matches('p:not([part])')).length, 'blocks').to.equal(7);
  expect(deepQueryAll(el.shadowRoot!, 'news-quote').length).to.equal(4);
  const text = deepText(el);
  expect(text).to.include('Enjoyed this? Let your friends know!');
  expect(text).to.include('Related News');
  const related = el.shadowRoot!.querySelector('related-news')!;
  expect(related.shadowRoot!.querySelectorAll('li').length, 'related stories').to.equal(8);
}

/** What decides how text reads, for the parts a reader looks at. */
const TEXT_STYLES = [
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'white-space',
  'color',
  '-webkit-text-fill-color',
  'text-shadow',
  'writing-mode',
  'word-break',
  'hyphens',
  'font-feature-settings',
  'font-variation-settings',
  'visibility',
  'direction',
  'list-style-type',
  'tab-size',
  'quotes',
  'cursor',
  // Not text, but it sets every box's size: the page's must not reach inside either.
  'box-sizing',
];
function textStyles(root: Element) {
  const out: Record<string, string> = {};
  for (const selector of [
    '[part~="headline"]',
    '.paragraph',
    '[part~="quote-text"], [part~="text"]',
    'li',
    'button',
    'a',
  ]) {
    const el = deepQueryAll(root.shadowRoot!, selector)[0];
    // Every selector must find something: a comparison that quietly lost a row would prove less.
    if (!el) throw new Error(`nothing matches ${selector}`);
    const style = el.ownerDocument.defaultView!.getComputedStyle(el);
    for (const name of TEXT_STYLES) out[`${selector} ${name}`] = style.getPropertyValue(name);
  }
  return out;
}

describe('a hostile host page', function () {
  this.timeout(20000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  describe('aggressive global CSS', () => {
    it('does not reach the text of the article: same styles as on a clean page', async () => {
      const clean = await page('case=clean');
      const hostile = await page('case=hostile-css');
      expectSeed(hostile.doc.querySelector('#seed')!);
      expect(textStyles(hostile.doc.querySelector('#seed')!)).to.deep.equal(
        textStyles(clean.doc.querySelector('#seed')!),
      );
      expect(hostile.win.pageErrors).to.deep.equal([]);
    });
  });

  describe('a frozen or patched page', () => {
    for (const bundle of ['iife', 'es']) {
      it(`renders with Object, Array, Function and DOM prototypes frozen (${bundle})`, async () => {
        const { win, doc } = await page(`case=frozen&bundle=${bundle}`);
        expect(Object.isFrozen(win.Object.prototype) && Object.isFrozen(win.Array.prototype)).to.equal(true);
        expectSeed(doc.querySelector('#seed')!);
        expect(deepText(doc.querySelector('#quote')!)).to.include('Steve Witkoff');
        expect(win.pageErrors).to.deep.equal([]);
      });

      it(`renders and shares under SES lockdown, every intrinsic frozen (${bundle})`, async () => {
        const { win, doc } = await page(`case=ses&bundle=${bundle}`);
        expect(Object.isFrozen(win.Symbol) && Object.isFrozen(win.Object.prototype)).to.equal(true);
        const seed = doc.querySelector('#seed')!;
        expectSeed(seed);
        expect(deepText(doc.querySelector('#quote')!)).to.include('Steve Witkoff');
        const copy = deepQueryAll<HTMLButtonElement>(seed.shadowRoot!, '[part~="action"]').find(
          (button) => button.textContent.trim() === 'Copy link',
        )!;
        // The host cancels the share: no clipboard write from a test.
        const shared = new Promise<string>((resolve) =>
          seed.addEventListener('news-share', (e) => {
            e.preventDefault();
            resolve((e as CustomEvent<{ target: string }>).detail.target);
          }),
        );
        copy.click();
        expect(await shared).to.equal('copy');
        expect(win.pageErrors).to.deep.equal([]);
      });
    }

    it('renders with a polluted Object.prototype and patched Array and String prototypes', async () => {
      const { win, doc } = await page('case=patched');
      const el = doc.querySelector('#seed')!;
      expectSeed(el);
      expect(deepText(el)).to.not.include('POLLUTED');
      expect(unsafeUrls(el.shadowRoot!)).to.deep.equal([]);
      const html = deepElements(el.shadowRoot!).map((e) => e.outerHTML.replace(/>[^]*$/, '>'));
      expect(html.filter((tag) => /evil\.example|POLLUTED/.test(tag))).to.deep.equal([]);
      expect(getComputedStyle(el.shadowRoot!.querySelector('article')!).direction).to.equal('ltr');
      expect(win.pageErrors).to.deep.equal([]);
    });
  });

  describe('another Lit on the page', () => {
    for (const order of ['lit-first', 'kit-first']) {
      it(`works beside another copy of Lit and its version registry (${order})`, async () => {
        const { win, doc } = await page(`case=other-lit&order=${order}`);
        expectSeed(doc.querySelector('#seed')!);
        await waitUntil(() =>
          doc.querySelector('other-lit-card')?.shadowRoot?.textContent?.includes('Other Lit'),
        );
        const registry = win as unknown as Record<string, string[]>;
        // The page's copy and the kit's both registered their version; the page's older entry stays.
        expect(
          registry.litElementVersions.filter((v) => v === registry.litElementVersions.at(-1)),
        ).to.have.length(2);
        expect(registry.litElementVersions).to.include('2.8.0');
        expect(win.pageErrors).to.deep.equal([]);
      });
    }
  });

  describe('the kit loaded twice, in two packagings', () => {
    it('shares the article with elements of the other copy (npm <news-quote> in the classic bundle)', async () => {
      const { win, doc } = await page('case=mixed-copies');
      const el = doc.querySelector('#seed')!;
      const quote = deepQueryAll(el.shadowRoot!, 'news-quote')[0];
      const Bundled = (win as unknown as { NewsWidgets: { NewsQuote: unknown } }).NewsWidgets.NewsQuote;
      // The quote is the npm copy's element, inside the classic bundle's article...
      expect(win.customElements.get('news-quote')).to.not.equal(Bundled);
      // ...and still takes the article's language and direction through context.
      expect(quote.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
      expect(win.pageErrors).to.deep.equal([]);
    });
  });

  describe('upgrade', () => {
    it('upgrades elements parsed before the kit, keeping a property set before it', async () => {
      const { win, doc } = await page('case=upgrade');
      expect(win.definedBeforeKit).to.equal(false);
      expectSeed(doc.querySelector('#seed')!);
      expectSeed(doc.querySelector('#early')!);
      expect(deepText(doc.querySelector('#quote')!)).to.include('We covered almost all the issues.');
      expect(win.pageErrors).to.deep.equal([]);
    });

    it('renders elements created after the kit, by DOM calls', async () => {
      const { win, doc } = await page('case=clean');
      const el: NewsArticle = doc.createElement('news-article');
      el.article = await loadSeed();
      doc.body.append(el);
      await el.updateComplete;
      await waitUntil(() => deepText(el).includes('Related News'));
      expectSeed(el);
      expect(win.pageErrors).to.deep.equal([]);
    });
  });

  describe('moved around', () => {
    let seed: Record<string, unknown>;
    before(async () => {
      seed = await loadSeed();
    });

    it('moves between containers (and into another shadow root) and keeps working', async () => {
      const watch = watchErrors();
      const events: string[] = [];
      const el = document.createElement('news-article');
      for (const type of ['news-load', 'news-error']) el.addEventListener(type, () => events.push(type));
      const a = document.createElement('section');
      const b = document.createElement('aside');
      const shadowHost = document.createElement('div');
      const shadow = shadowHost.attachShadow({ mode: 'open' });
      document.body.append(a, b, shadowHost);
      el.article = seed;
      a.append(el);
      await oneEvent(el, 'news-load');
      for (const target of [b, shadow, a]) {
        target.append(el);
        await el.updateComplete;
        expectSeed(el);
      }
      expect(events).to.deep.equal(['news-load']);
      await watch.stop();
      expect(watch.errors).to.deep.equal([]);
      a.remove();
      b.remove();
      shadowHost.remove();
    });

    it('keeps loading src when moved mid-flight, and renders once', async () => {
      const events: string[] = [];
      const el = document.createElement('news-article');
      for (const type of ['news-load', 'news-error']) el.addEventListener(type, () => events.push(type));
      const key = `moved-${Date.now()}`;
      el.src = `/test-api/article?key=${key}&delay=300`;
      const a = document.createElement('div');
      const b = document.createElement('div');
      document.body.append(a, b);
      a.append(el);
      // Moved once the request is out, while it waits for the answer.
      const sent = async () => (await (await fetch(`/test-api/hits?route=article&key=${key}`)).json()) === 1;
      await waitUntil(sent, 'the request was not sent');
      b.append(el);
      await waitUntil(() => events.length > 0, 'no news-load', { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(events).to.deep.equal(['news-load']);
      expectSeed(el);
      a.remove();
      b.remove();
    });

    it('moves into another document (adoptNode into an iframe) and back, styled and working', async () => {
      const watch = watchErrors();
      const el = document.createElement('news-article');
      el.article = seed;
      document.body.append(el);
      await el.updateComplete;
      await waitUntil(() => deepText(el).includes('Related News'));
      // How the article looks, whatever the width: typefaces, text size, the quotes' rule.
      const look = () => {
        const view = el.ownerDocument.defaultView!;
        const style = (selector: string) => view.getComputedStyle(deepQueryAll(el.shadowRoot!, selector)[0]);
        const [h, p, q] = ['[part~="headline"]', '.paragraph', 'figure[part~="base"]'].map(style);
        return [h.fontFamily, h.fontWeight, p.fontSize, p.lineHeight, q.borderInlineStartWidth].join(' | ');
      };
      const expected = look();
      const frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size: 1000px; block-size: 800px';
      document.body.append(frame);
      const other = frame.contentDocument!;
      other.body.append(other.adoptNode(el));
      expect(el.ownerDocument).to.equal(other);
      await el.updateComplete;
      expectSeed(el);
      expect(look(), 'styled in the other document').to.equal(expected);
      // New blocks rendered there create elements in that document: styled too, and nothing thrown.
      const frameErrors: unknown[] = [];
      frame.contentWindow!.addEventListener('error', (e) => frameErrors.push(e.error ?? e.message));
      const calloutLook = async (callout: Element & { updateComplete?: Promise<boolean> }) => {
        await callout.updateComplete;
        const view = callout.ownerDocument.defaultView!;
        const base = view.getComputedStyle(callout.shadowRoot!.querySelector('[part~="base"]')!);
        const tone = view.getComputedStyle(callout.shadowRoot!.querySelector('[part~="tone"]')!);
        return [base.borderInlineStartWidth, base.paddingInlineStart, tone.fontFamily].join(' | ');
      };
      const seedCallout = await calloutLook(deepQueryAll(el.shadowRoot!, 'news-callout')[0]);
      el.article = {
        ...seed,
        body: [
          ...(seed.body as unknown[]),
          { type: 'callout', tone: 'info', title: 'New', text: 'Added there.' },
        ],
      };
      await el.updateComplete;
      const callouts = deepQueryAll(el.shadowRoot!, 'news-callout');
      expect(await calloutLook(callouts[callouts.length - 1]), 'a new callout, styled').to.equal(seedCallout);
      expect(frameErrors).to.deep.equal([]);
      // Back home, and still reacting to new data.
      document.body.append(document.adoptNode(el));
      el.article = { ...seed, headline: 'Moved back' };
      await el.updateComplete;
      expect(headline(el)).to.equal('Moved back');
      expect(look()).to.equal(expected);
      await watch.stop();
      expect(watch.errors).to.deep.equal([]);
      el.remove();
      frame.remove();
    });
  });
});

/**
 * A page may declare `color-scheme: light dark` (boilerplates do) and still paint itself white.
 * On a reader's dark system the kit's text turns light; without a surface of its own it would be
 * light on white.
 */
describe('a page whose colour scheme turns dark while it stays white', () => {
  const tags = ['news-quote', 'news-callout', 'news-highlights', 'share-prompt', 'related-news'];
  const stand = (scheme: string) => {
    const page = document.createElement('div');
    page.style.cssText = `color-scheme: ${scheme}; background: #fff; color: #222`;
    page.innerHTML = tags.map((tag) => `<${tag}></${tag}>`).join('');
    document.body.append(page);
    const q = page.querySelector<HTMLElement & { quote?: unknown }>('news-quote')!;
    q.quote = { text: 'Words.' };
    Object.assign(page.querySelector('news-callout')!, { text: 'Body.', heading: 'Note' });
    Object.assign(page.querySelector('news-highlights')!, { items: ['One.'] });
    Object.assign(page.querySelector('share-prompt')!, { url: 'https://a.example/x' });
    Object.assign(page.querySelector('related-news')!, {
      items: [{ headline: 'H', url: 'https://a.example/h' }],
    });
    return page;
  };

  it('shows the light text on the dark surface', async () => {
    const page = stand('dark');
    try {
      for (const el of page.children) {
        await (el as NewsArticle).updateComplete;
        const style = getComputedStyle(el);
        expect(style.backgroundColor, el.localName).to.equal('rgb(20, 20, 24)');
        expect(style.color, el.localName).to.equal('rgb(236, 235, 240)');
      }
    } finally {
      page.remove();
    }
  });

  it('paints one surface for an article: the elements inside lie on it', async () => {
    const page = document.createElement('div');
    page.style.cssText = 'color-scheme: dark';
    const article = document.createElement('news-article');
    article.style.background = '#000';
    article.article = await loadSeed();
    page.append(article);
    document.body.append(page);
    try {
      await article.updateComplete;
      const nested = deepQueryAll(
        article.shadowRoot!,
        'news-quote, news-highlights, news-callout, share-prompt, related-news',
      );
      expect(nested.length).to.be.greaterThan(4);
      for (const el of nested)
        expect(getComputedStyle(el).backgroundColor, el.localName).to.equal('rgba(0, 0, 0, 0)');
    } finally {
      page.remove();
    }
  });

  it("lets the page's own background show in a light scheme", async () => {
    const page = stand('light');
    try {
      for (const el of page.children) {
        await (el as NewsArticle).updateComplete;
        expect(getComputedStyle(el).backgroundColor, el.localName).to.equal('rgba(0, 0, 0, 0)');
      }
    } finally {
      page.remove();
    }
  });
});
