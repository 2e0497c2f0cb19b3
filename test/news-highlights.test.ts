import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../src/all.js';
import '../src/locales/all.js';
import type { Inline, NewsArticle, NewsErrorEvent, NewsHighlights } from '../src/index.js';
import { loadDemoArticles, loadSeed } from './support/articles.js';
import {
  collect,
  expectHeadingAttribute,
  expectStyleablePart,
  nested,
  tabThenEnter,
  unsafeUrls,
  watchErrors,
  wrapped,
} from './support/elements.js';

const ITEMS: Inline[] = [
  'Security guarantees must translate into real protections on the ground.',
  [
    { text: 'The path to peace hinges on ' },
    { text: 'practical commitments', marks: ['strong'] },
    { text: ', not ' },
    { text: 'rhetoric', marks: ['em'] },
    { text: '.' },
  ],
  [{ text: 'Read the analysis', href: 'https://t4k3.news/analysis' }],
];

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const itemTexts = (el: Element) => parts(el, 'item').map((li) => clean(li.textContent));
/** The items a reader sees in the list: rendered ones, or the host's slotted `<li>`s. */
const visibleItems = (el: Element) => {
  const slot = part(el, 'list')!.querySelector('slot');
  return slot ? slot.assignedElements({ flatten: true }).map((li) => clean(li.textContent)) : itemTexts(el);
};

describe('<news-highlights>', () => {
  describe('accessibility', () => {
    it('is accessible in the light theme', async () => {
      const el = await fixture<NewsHighlights>(
        html`<news-highlights theme="light" .items=${ITEMS}></news-highlights>`,
      );
      expect(getComputedStyle(el).colorScheme).to.equal('light');
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const el = await fixture<NewsHighlights>(
        html`<news-highlights theme="dark" .items=${ITEMS}></news-highlights>`,
      );
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(20, 20, 24)');
      await expect(el).to.be.accessible();
    });

    it('is accessible right to left, with its Arabic default title', async () => {
      const el = await fixture<NewsHighlights>(html`
        <news-highlights lang="ar" .items=${['الاتفاق يوزّع المياه على ثلاث محافظات.']}></news-highlights>
      `);
      expect(clean(part(el, 'title')!.textContent)).to.equal('أبرز النقاط');
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      expect(itemTexts(el)).to.deep.equal(['الاتفاق يوزّع المياه على ثلاث محافظات.']);
      await expect(el).to.be.accessible();
    });

    it('is accessible with slotted items', async () => {
      const el = await fixture<NewsHighlights>(html`
        <news-highlights>
          <li>One</li>
          <li>Two</li>
        </news-highlights>
      `);
      await expect(el).to.be.accessible();
    });

    it('stays accessible after bad input was left out', async () => {
      const el = await fixture<NewsHighlights>(
        html`<news-highlights .items=${['Kept', 42, null] as unknown}></news-highlights>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('rendering', () => {
    it('renders a titled list of the items, with marks and links', async () => {
      const el = await fixture<NewsHighlights>(html`<news-highlights .items=${ITEMS}></news-highlights>`);
      expect(clean(part(el, 'title')!.textContent)).to.equal('Highlights');
      expect(part(el, 'list')!.localName).to.equal('ul');
      expect(itemTexts(el)).to.deep.equal([
        'Security guarantees must translate into real protections on the ground.',
        'The path to peace hinges on practical commitments, not rhetoric.',
        'Read the analysis',
      ]);
      const [, second, third] = parts(el, 'item');
      expect(second.querySelector('strong')!.textContent).to.equal('practical commitments');
      expect(second.querySelector('em')!.textContent).to.equal('rhetoric');
      const link = third.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://t4k3.news/analysis');
      expect(link.getAttribute('part')).to.equal('link');
    });

    it('names its section after the title', async () => {
      const el = await fixture<NewsHighlights>(
        html`<news-highlights heading="At a glance" .items=${ITEMS}></news-highlights>`,
      );
      const base = part(el, 'base')!;
      const label = el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!);
      expect(clean(label?.textContent)).to.equal('At a glance');
    });

    it('renders the highlights of an article from context inside <news-article>', async () => {
      const seed = await loadSeed();
      const article = await fixture<NewsArticle>(html`<news-article .article=${seed}></news-article>`);
      const el = await nested<NewsHighlights>(article, 'news-highlights');
      expect(clean(part(el, 'title')!.textContent)).to.equal('Highlights');
      expect(itemTexts(el)).to.deep.equal([
        'Security guarantees must translate into real protections on the ground.',
        'The path to peace hinges on practical commitments, not rhetoric.',
        'This is a sign of shifting thinking, but the details will decide the outcome.',
        'Europe and the US share the burden, but specifics matter.',
      ]);
      // Inside the article, the title sits one level below the headline (h2).
      expect(part(el, 'title')!.localName).to.equal('h3');
    });

    it('takes the language and direction of an Arabic article from context', async () => {
      const { 'al-bayan-ar': doc } = await loadDemoArticles();
      const article = await fixture<NewsArticle>(html`<news-article .article=${doc}></news-article>`);
      const el = await nested<NewsHighlights>(article, 'news-highlights');
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      expect(parts(el, 'item').length).to.be.greaterThan(0);
    });

    it('takes its bullet colour from --news-color-accent set on the host', async () => {
      const el = await fixture<NewsHighlights>(
        html`<news-highlights style="--news-color-accent: rgb(1, 2, 3)" .items=${ITEMS}></news-highlights>`,
      );
      const bullet = getComputedStyle(part(el, 'item')!, '::before');
      expect(bullet.borderTopColor).to.equal('rgb(1, 2, 3)');
    });

    it('can be styled from outside with ::part()', async () => {
      const el = await fixture<NewsHighlights>(html`<news-highlights .items=${ITEMS}></news-highlights>`);
      expectStyleablePart(el, 'title', 'item');
    });
  });

  describe('attributes and properties', () => {
    it('takes its heading from `heading`, before the deprecated `title`', async () => {
      await expectHeadingAttribute('news-highlights', 'heading', (el) =>
        clean(part(el, 'title')!.textContent),
      );
    });

    for (const [level, tag] of [
      [undefined, 'h3'],
      ['1', 'h1'],
      ['5', 'h5'],
      ['9', 'h6'],
      ['0', 'h3'],
      ['two', 'h3'],
    ] as const) {
      it(`renders its title as <${tag}> for heading-level=${String(level)}`, async () => {
        const el = await fixture<NewsHighlights>(html`<news-highlights .items=${ITEMS}></news-highlights>`);
        if (level !== undefined) el.setAttribute('heading-level', level);
        await el.updateComplete;
        const title = part(el, 'title')!;
        expect(title.localName).to.equal(tag);
        expect(clean(title.textContent)).to.equal('Highlights');
      });
    }

    it('updates when items change', async () => {
      const el = await fixture<NewsHighlights>(html`<news-highlights .items=${ITEMS}></news-highlights>`);
      el.items = ['Only one now.'];
      await el.updateComplete;
      expect(itemTexts(el)).to.deep.equal(['Only one now.']);
    });

    it("lays a right-to-left page's text out right to left, without a language pack for its labels", async () => {
      // Hebrew has no pack: the labels are English (and marked so), the text is the page's.
      const wrap = fixtureSync(
        html`<div lang="he">
          <news-highlights .items=${['שלום עולם.']}></news-highlights>
          <news-quote .quote=${{ text: 'ציטוט.', speaker: { name: 'דנה' } }}></news-quote>
          <news-callout tone="risk" .text=${'זהירות.'}></news-callout>
        </div>`,
      );
      const [highlights, quote, callout] = [...wrap.children] as HTMLElement[];
      await Promise.all([highlights, quote, callout].map((el) => (el as NewsHighlights).updateComplete));
      for (const el of [highlights, quote, callout])
        expect(part(el, 'base')!.getAttribute('dir'), el.localName).to.equal('rtl');
      const label = part(highlights, 'title')!.querySelector('[lang]')!;
      expect([label.getAttribute('lang'), label.getAttribute('dir'), clean(label.textContent)]).to.deep.equal(
        ['en', 'ltr', 'Highlights'],
      );
    });

    it('reads a page language written with an underscore (de_DE) as the language it names', async () => {
      const wrap = fixtureSync(
        html`<div lang="de_DE"><news-highlights .items=${ITEMS}></news-highlights></div>`,
      );
      const el = wrap.firstElementChild as NewsHighlights;
      await el.updateComplete;
      expect(clean(part(el, 'title')!.textContent)).to.equal('Auf einen Blick');
      expect(part(el, 'title')!.querySelector('[lang]')).to.equal(null);
    });

    it('localises its default title from the strings property', async () => {
      const el = await fixture<NewsHighlights>(
        html`<news-highlights .strings=${{ highlights: 'In brief' }} .items=${ITEMS}></news-highlights>`,
      );
      expect(clean(part(el, 'title')!.textContent)).to.equal('In brief');
    });
  });

  describe('slots', () => {
    it('lists slotted <li> elements when items is not set', async () => {
      const el = await fixture<NewsHighlights>(html`
        <news-highlights heading="Highlights">
          <li>Security guarantees must translate into real protections on the ground.</li>
          <li>Europe and the US share the burden, but specifics matter.</li>
        </news-highlights>
      `);
      expect(visibleItems(el)).to.deep.equal([
        'Security guarantees must translate into real protections on the ground.',
        'Europe and the US share the burden, but specifics matter.',
      ]);
      // The slotted items are laid out as the list's rows, with the list's spacing.
      const [first, second] = el.querySelectorAll('li');
      expect(second.getBoundingClientRect().top).to.be.greaterThan(first.getBoundingClientRect().bottom);
    });

    it('draws the same bullet before slotted items as before its own', async () => {
      const slotted = await fixture<NewsHighlights>(html`
        <news-highlights><li>Slotted.</li></news-highlights>
      `);
      const own = await fixture<NewsHighlights>(html`<news-highlights .items=${['Own.']}></news-highlights>`);
      const bullet = (li: Element) => {
        const { content, inlineSize, borderTopWidth, borderTopColor } = getComputedStyle(li, '::before');
        return { content, inlineSize, borderTopWidth, borderTopColor };
      };
      const mine = bullet(own.shadowRoot!.querySelector('li')!);
      expect(mine.content).to.equal('""');
      expect(parseFloat(mine.borderTopWidth)).to.be.greaterThan(3);
      expect(bullet(slotted.querySelector('li')!)).to.deep.equal(mine);
    });

    it("keeps a host's own <ul> a single list, with a marker before each item", async () => {
      const el = await fixture<NewsHighlights>(html`
        <news-highlights heading="Highlights">
          <ul>
            <li>One.</li>
            <li>Two.</li>
          </ul>
        </news-highlights>
      `);
      // Not a list inside the kit's list: a screen reader hears one list of two items.
      expect(part(el, 'list')!.localName).to.equal('div');
      const items = [...el.querySelectorAll('li')];
      expect(items.map((li) => getComputedStyle(li).display)).to.deep.equal(['list-item', 'list-item']);
      expect(getComputedStyle(el.querySelector('ul')!).listStyleType).to.equal('disc');
      // The markers sit inside the box, under the heading's start edge, not outside it.
      const box = part(el, 'base')!.getBoundingClientRect();
      expect(items[0].getBoundingClientRect().left - box.left).to.be.greaterThan(10);
      await expect(el).to.be.accessible();
    });

    it('follows its children when the list arrives, or goes, after the first render', async () => {
      const el = await fixture<NewsHighlights>(html`<news-highlights><li>First.</li></news-highlights>`);
      expect(part(el, 'list')!.localName).to.equal('ul');
      el.innerHTML = '<ol><li>One.</li><li>Two.</li></ol>';
      await waitUntil(() => part(el, 'list')!.localName === 'div', 'the own list stayed inside ours');
      el.innerHTML = '<li>Back.</li>';
      await waitUntil(() => part(el, 'list')!.localName === 'ul', 'the <li> stayed outside a list');
    });

    it('prefers the items property to slotted content', async () => {
      const el = await fixture<NewsHighlights>(html`
        <news-highlights .items=${['From the property.']}>
          <li>Slotted.</li>
        </news-highlights>
      `);
      expect(visibleItems(el)).to.deep.equal(['From the property.']);
    });
  });

  describe('events', () => {
    it('fires a bubbling, composed news-error listing the items that were left out', async () => {
      const { wrapper, el } = await wrapped<NewsHighlights>(
        html`<div><news-highlights></news-highlights></div>`,
        'news-highlights',
      );
      const errors = collect(wrapper, 'news-error');
      el.items = ['Kept', 42, 'Also kept'] as unknown as Inline[];
      await el.updateComplete;
      expect(errors).to.have.length(1);
      // Out of a shadow root too, to a listener on the page.
      expect(errors[0].composed).to.equal(true);
      expect(errors[0].detail.kind).to.equal('validation');
      expect(errors[0].detail.issues!.map((i) => i.path)).to.deep.equal(['items[1]']);
    });

    it('fires no news-error for valid items', async () => {
      const el = await fixture<NewsHighlights>(html`<news-highlights></news-highlights>`);
      const errors = collect(el, 'news-error');
      el.items = ITEMS;
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('reaches and follows a link in an item with Tab and Enter', async () => {
      const { el, focused, followed } = await tabThenEnter<NewsHighlights>(
        html`<news-highlights .items=${ITEMS}></news-highlights>`,
        'news-highlights',
      );
      expect(focused).to.equal(part(el, 'link'));
      expect(followed).to.deep.equal(['https://t4k3.news/analysis']);
    });
  });

  describe('bad input', () => {
    it('shows the valid items and leaves out the invalid ones', async () => {
      const watch = watchErrors();
      const errors: NewsErrorEvent[] = [];
      let el: NewsHighlights;
      try {
        el = await fixture<NewsHighlights>(html`
          <news-highlights
            .items=${
              [
                'First',
                null,
                42,
                { text: 'not a list of spans' },
                [{ text: 'Bold', marks: ['strong', 'blink'] }],
                [{ nope: true }],
                [],
                'Last',
              ] as unknown
            }
            @news-error=${(e: NewsErrorEvent) => errors.push(e)}
          ></news-highlights>
        `);
      } finally {
        await watch.stop();
      }
      expect(watch.errors).to.deep.equal([]);
      expect(itemTexts(el)).to.deep.equal(['First', 'Bold', 'Last']);
      expect(part(el, 'item')!.parentElement!.querySelector('strong')?.textContent).to.equal('Bold');
      expect(errors).to.have.length(1);
      expect(errors[0].detail.kind).to.equal('validation');
      expect(clean(el.shadowRoot!.textContent)).to.not.match(/undefined|null|\[object/);
    });

    it('renders an unsafe link as plain text and reports it', async () => {
      const watch = watchErrors();
      const el = await fixture<NewsHighlights>(html`<news-highlights></news-highlights>`);
      const errors = collect(el, 'news-error');
      try {
        el.items = [
          [{ text: 'Click me', href: 'javascript:alert(1)' }],
          [{ text: 'Or me', href: ' jAvAsCrIpT:alert(1)' }],
          [{ text: 'And me', href: 'data:text/html,<script>alert(1)</script>' }],
          [{ text: 'Write to us', href: 'mailto:desk@t4k3.news' }],
        ];
        await el.updateComplete;
      } finally {
        await watch.stop();
      }
      expect(watch.errors).to.deep.equal([]);
      expect(itemTexts(el)).to.deep.equal(['Click me', 'Or me', 'And me', 'Write to us']);
      expect(unsafeUrls(el.shadowRoot!)).to.deep.equal([]);
      expect(parts(el, 'link').map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:desk@t4k3.news']);
      expect(errors).to.have.length(1);
      expect(errors[0].detail.kind).to.equal('validation');
      expect(errors[0].detail.issues!.map((i) => i.path)).to.deep.equal([
        'items[0][0].href',
        'items[1][0].href',
        'items[2][0].href',
      ]);
    });

    it("shows the page's own items when the items property is not a list", async () => {
      const el = await fixture<NewsHighlights>(
        html`<news-highlights .items=${'a string'}><li>Written in the page</li></news-highlights>`,
      );
      await el.updateComplete;
      const slot = el.shadowRoot!.querySelector('slot');
      expect(slot?.assignedElements().map((li) => clean(li.textContent))).to.deep.equal([
        'Written in the page',
      ]);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(60);
    });

    for (const bad of [null, 42, 'a string', { 0: 'x' }]) {
      it(`reports items of ${JSON.stringify(bad)} without throwing`, async () => {
        const watch = watchErrors();
        const el = await fixture<NewsHighlights>(html`<news-highlights></news-highlights>`);
        const errors = collect(el, 'news-error');
        try {
          el.items = bad as unknown as Inline[];
          await el.updateComplete;
        } finally {
          await watch.stop();
        }
        expect(watch.errors).to.deep.equal([]);
        expect(errors).to.have.length(1);
        expect(errors[0].detail.kind).to.equal('validation');
        expect(errors[0].detail.issues).to.have.length.greaterThan(0);
        // The title still shows; the list is empty.
        expect(clean(part(el, 'title')!.textContent)).to.equal('Highlights');
        expect(parts(el, 'item')).to.have.length(0);
      });
    }
  });
});
