import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/all.js';
import '../src/locales/all.js';
import type {
  NewsArticle,
  NewsErrorEvent,
  NewsRelatedClickEvent,
  RelatedItem,
  RelatedNews,
} from '../src/index.js';
import { axNodes, axText } from './support/a11y.js';
import { loadDemoArticles, loadSeed } from './support/articles.js';
import { langOf } from './support/dom.js';
import {
  collect,
  expectHeadingAttribute,
  expectStyleablePart,
  guardNavigation,
  nested,
  unsafeUrls,
  watchErrors,
  wrapped,
} from './support/elements.js';

const ITEMS: RelatedItem[] = [
  {
    headline: 'Greyhaven Sands North opens for public consultation',
    url: 'https://harbourgazette.example/climate/greyhaven-north',
    summary: 'Plans for a second phase would add up to 30 turbines.',
    section: 'Climate',
    published: '2025-08-21T09:00:00Z',
    image: {
      src: 'https://harbourgazette.example/media/greyhaven-north.jpg',
      alt: 'A chart of the coastline with the proposed wind farm shaded in blue.',
      width: 800,
      height: 450,
    },
  },
  {
    headline: 'Fishing quotas set for the winter season',
    url: 'https://harbourgazette.example/business/quotas',
    section: 'Business',
  },
  { headline: 'Letters: the view from the pier', url: 'https://harbourgazette.example/opinion/letters' },
];

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const headlines = (el: Element) => parts(el, 'headline').map((h) => clean(h.textContent));
const columns = (el: Element) => getComputedStyle(part(el, 'list')!).gridTemplateColumns.split(' ').length;

describe('<related-news>', () => {
  let guard: ReturnType<typeof guardNavigation>;
  // Following a story would leave the test page.
  beforeEach(() => (guard = guardNavigation()));
  afterEach(() => guard.stop());

  describe('accessibility', () => {
    for (const layout of ['list', 'grid', 'compact']) {
      it(`is accessible in the light theme, ${layout} layout`, async () => {
        const el = await fixture<RelatedNews>(
          html`<related-news theme="light" layout=${layout} .items=${ITEMS}></related-news>`,
        );
        expect(getComputedStyle(el).colorScheme).to.equal('light');
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible in the dark theme', async () => {
      const el = await fixture<RelatedNews>(html`<related-news theme="dark" .items=${ITEMS}></related-news>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(20, 20, 24)');
      await expect(el).to.be.accessible();
    });

    it('is accessible right to left, with its Arabic default title', async () => {
      const el = await fixture<RelatedNews>(html`
        <related-news
          lang="ar"
          .items=${[
            {
              headline: 'مزارعو سهل الريحان يتحوّلون إلى الري بالتنقيط',
              url: 'https://albayan-daily.example/economy/drip-irrigation',
              section: 'اقتصاد',
              published: '2025-08-24T11:00:00+03:00',
            },
          ]}
        ></related-news>
      `);
      const base = part(el, 'base')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(clean(part(el, 'title')!.textContent)).to.equal('أخبار ذات صلة');
      expect(base.getAttribute('aria-label')).to.equal('أخبار ذات صلة');
      expect(headlines(el)).to.deep.equal(['مزارعو سهل الريحان يتحوّلون إلى الري بالتنقيط']);
      // The date is written for Arabic readers, not in English.
      const date = part(el, 'date')!;
      expect(date.getAttribute('datetime')).to.equal('2025-08-24T11:00:00+03:00');
      expect(clean(date.textContent)).to.not.match(/Aug/);
      await expect(el).to.be.accessible();
    });

    it('marks the stories of a loaded article with its language and lays them out in its direction', async () => {
      // An Arabic article's related stories on an English page: the stories are Arabic, the
      // labels English (and said to be).
      const el = document.createElement('related-news');
      el.src = '/demo/articles/al-bayan-ar.json';
      const loaded = oneEvent(el, 'news-related-load');
      fixtureSync<HTMLElement>(html`<div lang="en"></div>`).append(el);
      await loaded;
      await el.updateComplete;
      const base = part(el, 'base')!;
      expect([base.getAttribute('lang'), getComputedStyle(base).direction]).to.deep.equal(['ar', 'rtl']);
      expect(base.getAttribute('aria-label')).to.equal('أخبار ذات صلة');
      expect(langOf(part(el, 'headline')!)).to.equal('ar');
      const date = part(el, 'date')!;
      expect([langOf(date), clean(date.textContent)]).to.deep.equal(['en', 'Aug 24, 2025']);
      await expect(el).to.be.accessible();
      // A direction the page sets wins; a list loaded again without a language has none of its own.
      el.dir = 'ltr';
      await el.updateComplete;
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('ltr');
      el.dir = '';
      const again = oneEvent(el, 'news-related-load');
      el.src = '/demo/articles/al-bayan-ar.json?again';
      await again;
      await el.updateComplete;
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('ar');
      const plain = oneEvent(el, 'news-related-load');
      el.src = `/test-api/related?key=${Date.now()}`;
      await plain;
      await el.updateComplete;
      expect(part(el, 'base')!.hasAttribute('lang')).to.equal(false);
    });

    it('is a named navigation landmark with one link per story', async () => {
      const el = await fixture<RelatedNews>(html`<related-news .items=${ITEMS}></related-news>`);
      const base = part(el, 'base')!;
      expect(base.localName).to.equal('nav');
      expect(base.getAttribute('aria-label')).to.equal('Related News');
      expect(parts(el, 'link').map((a) => a.localName)).to.deep.equal(['a', 'a', 'a']);
      expect(clean(parts(el, 'link')[1].textContent)).to.equal('Fishing quotas set for the winter season');
    });

    it('gives a screen reader the date as written: only the section label is in capitals', async () => {
      // Chrome passes CSS capitals on, and a screen reader spells "AUG" out letter by letter.
      await fixture<RelatedNews>(html`<related-news .items=${ITEMS}></related-news>`);
      const text = await axText();
      expect(text).to.include('Aug 21, 2025');
      expect(text).to.include('CLIMATE');
    });

    it('stays accessible after bad input was left out', async () => {
      const el = await fixture<RelatedNews>(
        html`<related-news
          .items=${[...ITEMS, { headline: 'Bad', url: 'javascript:alert(1)' }, 42] as unknown}
        ></related-news>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('rendering', () => {
    it('renders each story with its image, section, date, headline and summary', async () => {
      const el = await fixture<RelatedNews>(html`<related-news .items=${ITEMS}></related-news>`);
      expect(clean(part(el, 'title')!.textContent)).to.equal('Related News');
      expect(headlines(el)).to.deep.equal(ITEMS.map((i) => i.headline));
      expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(ITEMS.map((i) => i.url));
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('src')).to.equal(ITEMS[0].image!.src);
      expect(img.alt).to.equal(ITEMS[0].image!.alt);
      expect(img.getAttribute('width')).to.equal('800');
      // Below the story, most often below the screen: fetched only as the reader nears it.
      expect(img.loading).to.equal('lazy');
      expect(parts(el, 'image')).to.have.length(1);
      expect(parts(el, 'section').map((s) => clean(s.textContent))).to.deep.equal(['Climate', 'Business']);
      const date = part(el, 'date')!;
      expect(date.localName).to.equal('time');
      expect(date.getAttribute('datetime')).to.equal('2025-08-21T09:00:00Z');
      expect(clean(date.textContent)).to.equal('Aug 21, 2025');
      expect(parts(el, 'summary').map((s) => clean(s.textContent))).to.deep.equal([ITEMS[0].summary]);
    });

    it("dates each story on the publisher's day, in the offset it was written with", async () => {
      const el = await fixture<RelatedNews>(
        html`<related-news
          .items=${[
            {
              headline: 'Late in New York',
              url: 'https://t4k3.news/a',
              published: '2025-08-21T23:00:00-04:00',
            },
            {
              headline: 'Early in Tokyo',
              url: 'https://t4k3.news/b',
              published: '2025-08-22T07:00:00+09:00',
            },
          ]}
        ></related-news>`,
      );
      // In UTC the first is on the 22nd and the second on the 21st.
      expect(parts(el, 'date').map((d) => clean(d.textContent))).to.deep.equal([
        'Aug 21, 2025',
        'Aug 22, 2025',
      ]);
    });

    it('names each link by its headline alone, while the label shows above it and the image beside', async () => {
      const el = await fixture<RelatedNews>(html`<related-news .items=${ITEMS}></related-news>`);
      const names = (await axNodes('link')).map((link) => link.name);
      // A list of links (a screen reader's links list, a voice user's "click …") stays short.
      expect(names).to.deep.equal(ITEMS.map((item) => item.headline));
      const [card] = parts(el, 'item');
      const box = (name: string) => card.querySelector(`[part~="${name}"]`)!.getBoundingClientRect();
      expect(box('section').top).to.be.lessThan(box('headline').top);
      // A list shows a thumbnail at the end of the line, level with the label.
      expect(box('image').left).to.be.greaterThan(box('headline').right);
      expect(box('image').top).to.be.closeTo(box('section').top, 2);
      expect(box('image').width).to.be.lessThan(el.getBoundingClientRect().width / 3);
    });

    it('lines cards up in the grid layout: picture, then label, headline and summary on shared rows', async () => {
      const items = [ITEMS[0], { ...ITEMS[1], image: undefined, headline: 'A short one' }];
      const el = await fixture<RelatedNews>(
        html`<related-news layout="grid" style="inline-size: 800px" .items=${items}></related-news>`,
      );
      const [withImage, without] = parts(el, 'item');
      const box = (card: Element, name: string) =>
        card.querySelector(`[part~="${name}"]`)!.getBoundingClientRect();
      expect(box(withImage, 'image').bottom).to.be.lessThan(box(withImage, 'section').top);
      // The card without a picture keeps its label level with its neighbour's.
      expect(box(without, 'section').top).to.equal(box(withImage, 'section').top);
      expect(box(without, 'headline').top).to.equal(box(withImage, 'headline').top);
    });

    it('leaves no empty rows above a text-only card in the grid layout', async () => {
      const items = ['One', 'Two', 'Three'].map((headline) => ({
        headline,
        url: `https://a.example/${headline}`,
      }));
      const el = await fixture<RelatedNews>(
        html`<related-news layout="grid" style="inline-size: 500px" .items=${items}></related-news>`,
      );
      const list = part(el, 'list')!.getBoundingClientRect();
      const [one, , three] = parts(el, 'headline').map((h) => h.getBoundingClientRect());
      // Two columns: the picture and label rows are empty, so the headline starts the card...
      expect(one.top - list.top).to.be.below(12);
      // ...and the next row of cards starts one gap (24 px) below the last.
      expect(three.top - one.bottom).to.be.within(20, 40);
    });

    it('shows a right-to-left list with its thumbnail on the left', async () => {
      const el = await fixture<RelatedNews>(html`<related-news dir="rtl" .items=${ITEMS}></related-news>`);
      const [card] = parts(el, 'item');
      const box = (name: string) => card.querySelector(`[part~="${name}"]`)!.getBoundingClientRect();
      expect(box('image').right).to.be.lessThan(box('headline').left);
    });

    it('renders nothing when there are no stories', async () => {
      const el = await fixture<RelatedNews>(html`<related-news .items=${[]}></related-news>`);
      expect(part(el, 'base')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('renders the related stories of an article from context inside <news-article>', async () => {
      const seed = await loadSeed();
      const article = await fixture<NewsArticle>(html`<news-article .article=${seed}></news-article>`);
      const el = await nested<RelatedNews>(article, 'related-news');
      expect(clean(part(el, 'title')!.textContent)).to.equal('Related News');
      const related = (seed.related as { items: RelatedItem[] }).items;
      expect(headlines(el)).to.deep.equal(related.map((i) => i.headline));
      expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(related.map((i) => i.url));
      // One level below the article's headline (h2).
      expect(part(el, 'title')!.localName).to.equal('h3');
    });

    it('forgets the stories of an article it is moved out of', async () => {
      const seed = await loadSeed();
      const wrapper = fixtureSync<HTMLDivElement>(html`
        <div>
          <news-article .article=${seed}><related-news slot="related"></related-news></news-article>
          <p></p>
        </div>
      `);
      const el = wrapper.querySelector('related-news')!;
      await waitUntil(() => headlines(el).length === 8, "the article's stories");
      wrapper.querySelector('p')!.append(el);
      wrapper.querySelector('news-article')!.remove();
      await waitUntil(() => headlines(el).length === 0, `still shows ${headlines(el).length} stories`);
    });

    it('takes the title, language and direction of an Arabic article from context', async () => {
      const { 'al-bayan-ar': doc } = (await loadDemoArticles()) as Record<
        string,
        { related: { title: string; items: RelatedItem[] } }
      >;
      const article = await fixture<NewsArticle>(html`<news-article .article=${doc}></news-article>`);
      const el = await nested<RelatedNews>(article, 'related-news');
      expect(clean(part(el, 'title')!.textContent)).to.equal(doc.related.title);
      expect(headlines(el)).to.deep.equal(doc.related.items.map((i) => i.headline));
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    });

    it('prefers its own items to the article context', async () => {
      const seed = await loadSeed();
      const article = await fixture<NewsArticle>(html`<news-article .article=${seed}></news-article>`);
      const el = await nested<RelatedNews>(article, 'related-news');
      el.items = [ITEMS[1]];
      await el.updateComplete;
      expect(headlines(el)).to.deep.equal([ITEMS[1].headline]);
    });

    it('takes its section colour from --news-color-accent set on the host', async () => {
      const el = await fixture<RelatedNews>(
        html`<related-news style="--news-color-accent: rgb(1, 2, 3)" .items=${ITEMS}></related-news>`,
      );
      expect(getComputedStyle(part(el, 'section')!).color).to.equal('rgb(1, 2, 3)');
    });

    it('can be styled from outside with ::part()', async () => {
      const el = await fixture<RelatedNews>(html`<related-news .items=${ITEMS}></related-news>`);
      expectStyleablePart(el, 'headline', 'summary');
    });
  });

  describe('attributes and properties', () => {
    it('lays stories out in one column by default', async () => {
      const el = await fixture<RelatedNews>(
        html`<related-news style="width: 960px" .items=${ITEMS}></related-news>`,
      );
      expect(el.layout).to.equal('list');
      expect(el.getAttribute('layout')).to.equal('list');
      expect(columns(el)).to.equal(1);
    });

    it('lays stories out in columns with layout="grid" at a wide width', async () => {
      const el = await fixture<RelatedNews>(
        html`<related-news layout="grid" style="width: 960px" .items=${ITEMS}></related-news>`,
      );
      expect(columns(el)).to.be.greaterThan(1);
      const [first, second] = parts(el, 'item').map((li) => li.getBoundingClientRect());
      expect(second.top).to.equal(first.top);
      expect(part(el, 'image')!.getBoundingClientRect().width).to.be.greaterThan(0);
    });

    it('hides images and summaries with layout="compact"', async () => {
      const el = await fixture<RelatedNews>(
        html`<related-news layout="compact" .items=${ITEMS}></related-news>`,
      );
      expect(getComputedStyle(part(el, 'image')!).display).to.equal('none');
      expect(getComputedStyle(part(el, 'summary')!).display).to.equal('none');
      expect(part(el, 'headline')!.getBoundingClientRect().height).to.be.greaterThan(0);
      // A story whose picture is hidden takes the height of one that has none.
      const same = { section: 'Climate', headline: 'Same words', url: 'https://example.com/same' };
      const pair = await fixture<RelatedNews>(
        html`<related-news
          layout="compact"
          .items=${[{ ...same, image: ITEMS[0].image }, same]}
        ></related-news>`,
      );
      const [withImage, without] = parts(pair, 'item').map((card) => card.getBoundingClientRect().height);
      expect(withImage).to.equal(without);
    });

    it('switches layout when the property changes, and reflects it', async () => {
      const el = await fixture<RelatedNews>(
        html`<related-news style="width: 960px" .items=${ITEMS}></related-news>`,
      );
      el.layout = 'grid';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('grid');
      expect(columns(el)).to.be.greaterThan(1);
      el.layout = 'compact';
      await el.updateComplete;
      expect(columns(el)).to.equal(1);
      expect(getComputedStyle(part(el, 'image')!).display).to.equal('none');
    });

    it('uses the heading attribute as its heading and landmark name', async () => {
      const el = await fixture<RelatedNews>(
        html`<related-news heading="More from the coast" .items=${ITEMS}></related-news>`,
      );
      expect(clean(part(el, 'title')!.textContent)).to.equal('More from the coast');
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('More from the coast');
    });

    it('takes its heading from `heading`, before the deprecated `title`', async () => {
      const label = (el: HTMLElement) => part(el, 'base')!.getAttribute('aria-label');
      await expectHeadingAttribute('related-news', 'heading', label, { items: ITEMS });
    });

    for (const [level, tag] of [
      [undefined, 'h2'],
      ['3', 'h3'],
      ['6', 'h6'],
      ['7', 'h6'],
      ['nope', 'h2'],
    ] as const) {
      it(`renders its title as <${tag}> for heading-level=${String(level)}`, async () => {
        const el = await fixture<RelatedNews>(html`<related-news .items=${ITEMS}></related-news>`);
        if (level !== undefined) el.setAttribute('heading-level', level);
        await el.updateComplete;
        const title = part(el, 'title')!;
        expect(title.localName).to.equal(tag);
        expect(clean(title.textContent)).to.equal('Related News');
      });
    }
  });

  describe('slots', () => {
    it('has no slot: light-DOM children are not rendered', async () => {
      const el = await fixture<RelatedNews>(
        html`<related-news .items=${ITEMS}><p>Ignored</p></related-news>`,
      );
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('events', () => {
    it('fires a cancelable, composed news-related-click with the item, then follows the link', async () => {
      const { wrapper, el } = await wrapped<RelatedNews>(
        html`<div><related-news .items=${ITEMS}></related-news></div>`,
        'related-news',
      );
      const events = collect(wrapper, 'news-related-click');
      const first = oneEvent<NewsRelatedClickEvent>(wrapper, 'news-related-click');
      parts(el, 'link')[1].click();
      const event = await first;
      expect(event.detail.item).to.deep.equal(ITEMS[1]);
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(events).to.have.length(1);
      expect(guard.clicks).to.deep.equal([{ href: ITEMS[1].url, defaultPrevented: false }]);
    });

    it('does not follow the link when the host cancels news-related-click', async () => {
      const el = await fixture<RelatedNews>(html`<related-news .items=${ITEMS}></related-news>`);
      el.addEventListener('news-related-click', (e) => e.preventDefault());
      part(el, 'link')!.click();
      expect(guard.clicks).to.deep.equal([{ href: ITEMS[0].url, defaultPrevented: true }]);
    });

    it('leaves a click with a modifier key or another button to the browser (a new tab), unrouted', async () => {
      const el = await fixture<RelatedNews>(html`<related-news .items=${ITEMS}></related-news>`);
      const events = collect(el, 'news-related-click');
      // The page's router takes every story it hears of.
      el.addEventListener('news-related-click', (e) => e.preventDefault());
      const link = part(el, 'link')!;
      for (const init of [
        { ctrlKey: true },
        { metaKey: true },
        { shiftKey: true },
        { altKey: true },
        { button: 1 },
      ]) {
        link.dispatchEvent(
          new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }),
        );
      }
      expect(events).to.have.length(0);
      expect(guard.clicks.map((c) => c.defaultPrevented)).to.deep.equal([false, false, false, false, false]);
      // A plain click is still the router's.
      link.click();
      expect(events).to.have.length(1);
      expect(guard.clicks[5].defaultPrevented).to.equal(true);
    });

    it('opens the story from a click anywhere on its card: picture, label or summary', async () => {
      const el = await fixture<RelatedNews>(html`<related-news .items=${ITEMS}></related-news>`);
      const events = collect(el, 'news-related-click');
      for (const name of ['image', 'section', 'summary']) {
        const box = part(el, name)!.getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [Math.round(box.x + 5), Math.round(box.y + box.height / 2)],
        });
      }
      expect(guard.clicks.map((c) => c.href)).to.deep.equal([ITEMS[0].url, ITEMS[0].url, ITEMS[0].url]);
      expect(events.map((e) => e.detail.item.headline)).to.deep.equal([
        ITEMS[0].headline,
        ITEMS[0].headline,
        ITEMS[0].headline,
      ]);
      await sendMouse({ type: 'move', position: [0, 0] });
    });

    it('rings the whole card when its link has keyboard focus', async () => {
      const el = await fixture<RelatedNews>(html`<related-news .items=${ITEMS}></related-news>`);
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const link = part(el, 'link')!;
      expect(el.shadowRoot!.activeElement).to.equal(link);
      const ring = getComputedStyle(link, '::after');
      expect([ring.outlineStyle, ring.outlineWidth, ring.zIndex]).to.deep.equal(['solid', '3px', '1']);
      // The ring is the card's size: the link's stretched box covers the whole item.
      expect(parseFloat(ring.height)).to.be.closeTo(part(el, 'item')!.getBoundingClientRect().height, 1);
      before.remove();
    });

    it('fires a news-error listing the stories that were left out', async () => {
      const { wrapper, el } = await wrapped<RelatedNews>(
        html`<div><related-news></related-news></div>`,
        'related-news',
      );
      const errors = collect(wrapper, 'news-error');
      el.items = [ITEMS[0], { headline: 'No URL' }] as RelatedItem[];
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0].detail.kind).to.equal('validation');
      expect(errors[0].detail.issues!.map((i) => i.path)).to.deep.equal(['items[1].url']);
      // The message for logs (and the console) names them too.
      expect(errors[0].detail.message).to.match(
        /^related-news: invalid items were left out: items\[1\]\.url: /,
      );
    });

    it('fires news-related-load once the list has rendered, with the stories kept and the warnings', async () => {
      const { wrapper, el } = await wrapped<RelatedNews>(
        html`<div><related-news></related-news></div>`,
        'related-news',
      );
      const rendered: number[] = [];
      wrapper.addEventListener('news-related-load', () =>
        rendered.push(el.shadowRoot!.querySelectorAll('li').length),
      );
      const loads = collect(wrapper, 'news-related-load');
      el.items = [ITEMS[0], { headline: 'No URL' }, ITEMS[1]] as RelatedItem[];
      await el.updateComplete;
      expect(loads).to.have.length(1);
      expect(rendered).to.deep.equal([2]);
      expect(loads[0].detail.items.map((i) => i.headline)).to.deep.equal([
        ITEMS[0].headline,
        ITEMS[1].headline,
      ]);
      expect(Object.getPrototypeOf(loads[0].detail.items[0])).to.equal(Object.prototype);
      expect(loads[0].detail.warnings.map((i) => i.path)).to.deep.equal(['items[1].url']);
    });

    it('fires no news-related-load inside <news-article>: the article fires news-load', async () => {
      const seed = await loadSeed();
      const article = document.createElement('news-article');
      const loads = collect(document, 'news-related-load');
      const loaded = oneEvent(article, 'news-load');
      article.article = seed;
      document.body.append(article);
      await loaded;
      const related = await nested<RelatedNews>(article, 'related-news');
      await related.updateComplete;
      expect(related.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(0);
      expect(loads).to.deep.equal([]);
      article.remove();
    });

    it('shows the items a news-error listener sets instead', async () => {
      const el = fixtureSync<RelatedNews>(
        html`<related-news
          .items=${[ITEMS[0], { headline: 'Bad', url: 'javascript:alert(1)' }]}
        ></related-news>`,
      );
      const seen: string[][] = [];
      el.addEventListener(
        'news-error',
        () => {
          seen.push(headlines(el));
          el.items = [ITEMS[2]];
        },
        { once: true },
      );
      await waitUntil(() => headlines(el).join() === ITEMS[2].headline, `shown: ${headlines(el).join()}`);
      // The listener saw the list as it rendered, the bad story left out.
      expect(seen).to.deep.equal([[ITEMS[0].headline]]);
    });

    it('fires no news-error for valid items', async () => {
      const el = await fixture<RelatedNews>(html`<related-news></related-news>`);
      const errors = collect(el, 'news-error');
      el.items = ITEMS;
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('reaches every story and opens it with Enter', async () => {
      const el = await fixture<RelatedNews>(html`<related-news .items=${ITEMS}></related-news>`);
      const events = collect(el, 'news-related-click');
      for (const [i, link] of parts(el, 'link').entries()) {
        link.focus();
        expect(el.shadowRoot!.activeElement).to.equal(link);
        await sendKeys({ press: 'Enter' });
        expect(events.map((e) => e.detail.item.headline)).to.deep.equal(
          ITEMS.slice(0, i + 1).map((item) => item.headline),
        );
      }
      expect(guard.clicks.map((c) => c.href)).to.deep.equal(ITEMS.map((item) => item.url));
    });

    it('moves from story to story with Tab', async () => {
      const el = await fixture<RelatedNews>(html`<related-news .items=${ITEMS}></related-news>`);
      const links = parts(el, 'link');
      links[0].focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(links[1]);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(links[2]);
    });

    it('makes every story link at least 44 px tall', async () => {
      const el = await fixture<RelatedNews>(
        html`<related-news layout="compact" .items=${ITEMS}></related-news>`,
      );
      expect(parts(el, 'link').length).to.equal(ITEMS.length);
      for (const link of parts(el, 'link')) {
        const target = link.getBoundingClientRect();
        const { height } = getComputedStyle(link, '::after');
        expect(Math.max(target.height, parseFloat(height))).to.be.at.least(44);
      }
    });
  });

  describe('bad input', () => {
    it('shows the valid stories, leaves out the invalid ones and reports them', async () => {
      const watch = watchErrors();
      const errors: NewsErrorEvent[] = [];
      let el: RelatedNews;
      try {
        el = await fixture<RelatedNews>(html`
          <related-news
            .items=${
              [
                { headline: 'Script link', url: 'javascript:alert(1)' },
                { headline: 'Data link', url: 'data:text/html,<script>alert(1)</script>' },
                {
                  headline: 'Kept, without its image',
                  url: 'https://ok.example/1',
                  image: { src: 'javascript:x', alt: '' },
                },
                { url: 'https://ok.example/no-headline' },
                { headline: 42, url: 'https://ok.example/number' },
                null,
                'a string',
                {
                  headline: 'Kept, without its date',
                  url: '/relative/2',
                  published: 'last Tuesday',
                  section: 7,
                },
              ] as unknown
            }
            @news-error=${(e: NewsErrorEvent) => errors.push(e)}
          ></related-news>
        `);
      } finally {
        await watch.stop();
      }
      expect(watch.errors).to.deep.equal([]);
      expect(headlines(el)).to.deep.equal(['Kept, without its image', 'Kept, without its date']);
      expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://ok.example/1',
        new URL('/relative/2', document.baseURI).href,
      ]);
      expect(parts(el, 'image')).to.have.length(0);
      expect(parts(el, 'date')).to.have.length(0);
      expect(parts(el, 'section')).to.have.length(0);
      expect(unsafeUrls(el.shadowRoot!)).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0].detail.kind).to.equal('validation');
      const paths = errors[0].detail.issues!.map((i) => i.path);
      expect(paths).to.include.members([
        'items[0].url',
        'items[1].url',
        'items[2].image.src',
        'items[3].headline',
        'items[4].headline',
        'items[5]',
        'items[6]',
        'items[7].published',
        'items[7].section',
      ]);
    });

    for (const bad of [null, 42, 'a string', { headline: 'not in a list', url: 'https://ok.example/' }]) {
      it(`reports items of ${JSON.stringify(bad)} without throwing`, async () => {
        const watch = watchErrors();
        const el = await fixture<RelatedNews>(html`<related-news .items=${ITEMS}></related-news>`);
        const errors = collect(el, 'news-error');
        try {
          el.items = bad as unknown as RelatedItem[];
          await el.updateComplete;
        } finally {
          await watch.stop();
        }
        expect(watch.errors).to.deep.equal([]);
        expect(errors).to.have.length(1);
        expect(errors[0].detail.kind).to.equal('validation');
        expect(headlines(el)).to.deep.equal([]);
      });
    }

    it('leaves unsafe stories of an article context out', async () => {
      const doc = {
        ...(await loadSeed()),
        related: {
          items: [
            { headline: 'Unsafe', url: 'javascript:alert(1)' },
            { headline: 'Safe', url: '/world/safe', image: { src: 'vbscript:x', alt: '' } },
          ],
        },
      };
      const article = await fixture<NewsArticle>(html`<news-article .article=${doc}></news-article>`);
      const el = await nested<RelatedNews>(article, 'related-news');
      expect(headlines(el)).to.deep.equal(['Safe']);
      expect(part(el, 'link')!.getAttribute('href')).to.equal('https://t4k3.news/world/safe');
      expect(parts(el, 'image')).to.have.length(0);
      expect(unsafeUrls(article.shadowRoot!)).to.deep.equal([]);
    });
  });
});
