import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../src/all.js';
import '../src/locales/all.js';
import {
  TONES,
  type Inline,
  type NewsArticle,
  type NewsCallout,
  type NewsErrorEvent,
  type Tone,
} from '../src/index.js';
import { axNodes } from './support/a11y.js';
import { loadSeed } from './support/articles.js';
import {
  collect,
  expectHeadingAttribute,
  expectStyleablePart,
  nested,
  tabThenEnter,
  unsafeUrls,
  watchErrors,
  watchWarnings,
  wrapped,
} from './support/elements.js';

const TITLE = 'Geopolitical risk rises over security guarantees';
const TEXT = 'The plan depends on detailed mechanisms and cross-border leverage that are still undefined.';
const LABELS = { note: 'Note', info: 'Information', warning: 'Warning', risk: 'Risk' } as const;

/** The names a screen reader gives the callout landmarks on the page (Chrome keeps CSS capitals). */
const landmarks = async () => (await axNodes('complementary')).map((node) => node.name?.toLowerCase());

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element, name: string) => clean(part(el, name)?.textContent);
/** The callout text a reader sees: rendered, or the host's slotted content. */
const bodyText = (el: Element) => {
  const slot = part(el, 'text')!.querySelector('slot');
  return slot
    ? clean(
        slot
          .assignedNodes({ flatten: true })
          .map((n) => n.textContent)
          .join(''),
      )
    : text(el, 'text');
};

describe('<news-callout>', () => {
  describe('accessibility', () => {
    for (const tone of TONES) {
      it(`is accessible in the light theme, tone ${tone}`, async () => {
        const el = await fixture<NewsCallout>(
          html`<news-callout theme="light" tone=${tone} heading=${TITLE} text=${TEXT}></news-callout>`,
        );
        expect(getComputedStyle(el).colorScheme).to.equal('light');
        await expect(el).to.be.accessible();
      });

      it(`is accessible in the dark theme, tone ${tone}`, async () => {
        const el = await fixture<NewsCallout>(
          html`<news-callout theme="dark" tone=${tone} heading=${TITLE} text=${TEXT}></news-callout>`,
        );
        expect(getComputedStyle(el).backgroundColor).to.equal('rgb(20, 20, 24)');
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible right to left, with its Arabic tone label', async () => {
      const el = await fixture<NewsCallout>(html`
        <news-callout
          lang="ar"
          tone="warning"
          heading="نقص المياه"
          text="منسوب السد أدنى من المعدل."
        ></news-callout>
      `);
      const base = part(el, 'base')!;
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(text(el, 'tone')).to.equal('تحذير');
      expect(await landmarks()).to.deep.equal(['تحذير نقص المياه']);
      await expect(el).to.be.accessible();
    });

    it('names its box after the tone and title, and hides the decorative icon', async () => {
      const el = await fixture<NewsCallout>(html`<news-callout tone="risk" heading=${TITLE}></news-callout>`);
      expect(part(el, 'base')!.localName).to.equal('aside');
      expect(await landmarks()).to.deep.equal([`risk ${TITLE.toLowerCase()}`]);
      expect(part(el, 'icon')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('names its box from the words shown (tone label and title), not an attribute of its own', async () => {
      const page = fixtureSync(html`<div lang="de"></div>`);
      const callout = await fixture<NewsCallout>(
        html`<news-callout tone="warning" heading="Figures are provisional"></news-callout>`,
        { parentNode: page },
      );
      expect(await landmarks()).to.deep.equal(['warnung figures are provisional']);
      // Not one attribute in one language: the label comes from the marked tone and the title.
      expect(part(callout, 'base')!.hasAttribute('aria-label')).to.equal(false);
    });

    it('stays accessible after bad input was left out', async () => {
      const el = await fixture<NewsCallout>(
        html`<news-callout tone="bogus" .text=${42}>Fallback.</news-callout>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('rendering', () => {
    it('renders the tone label, title and text', async () => {
      const el = await fixture<NewsCallout>(
        html`<news-callout tone="risk" heading=${TITLE} .text=${TEXT}></news-callout>`,
      );
      expect(text(el, 'tone')).to.equal('Risk');
      expect(text(el, 'title')).to.equal(TITLE);
      expect(bodyText(el)).to.equal(TEXT);
    });

    it('takes its heading from `heading`, before the deprecated `title`', async () => {
      await expectHeadingAttribute('news-callout', 'heading', (el) => text(el, 'title'));
    });

    it('renders marks and links in span text', async () => {
      const el = await fixture<NewsCallout>(html`
        <news-callout
          .text=${[
            { text: 'Read the ' },
            { text: 'full report', href: 'https://t4k3.news/report', marks: ['strong'] },
            { text: ' first.', marks: ['em'] },
          ]}
        ></news-callout>
      `);
      expect(bodyText(el)).to.equal('Read the full report first.');
      const link = part(el, 'link')!;
      expect(link.getAttribute('href')).to.equal('https://t4k3.news/report');
      expect(clean(link.querySelector('strong')?.textContent)).to.equal('full report');
      expect(clean(part(el, 'text')!.querySelector('em')?.textContent)).to.equal('first.');
    });

    it("takes a brand's link colour for the info tone, unless the page sets the tone's own", async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`
        <div style="--news-color-link: rgb(0, 110, 100)">
          <news-callout tone="info" text=${TEXT}></news-callout>
          <news-callout tone="info" style="--news-color-info: rgb(90, 40, 160)" text=${TEXT}></news-callout>
          <news-callout tone="risk" text=${TEXT}></news-callout>
        </div>
      `);
      await Promise.all([...wrapper.children].map((el) => (el as NewsCallout).updateComplete));
      const [branded, own, risk] = [...wrapper.children].map(
        (el) => getComputedStyle(part(el, 'base')!).borderInlineStartColor,
      );
      expect([branded, own]).to.deep.equal(['rgb(0, 110, 100)', 'rgb(90, 40, 160)']);
      // The other tones keep their meaning (red for risk), whatever the links.
      expect(risk).to.equal('rgb(179, 38, 30)');
    });

    it('leaves the title heading out when there is no title', async () => {
      const el = await fixture<NewsCallout>(html`<news-callout tone="info" text=${TEXT}></news-callout>`);
      expect(part(el, 'title')).to.equal(null);
      expect(await landmarks()).to.deep.equal(['information']);
    });

    it('renders the callout of an article from context inside <news-article>', async () => {
      const seed = await loadSeed();
      const article = await fixture<NewsArticle>(html`<news-article .article=${seed}></news-article>`);
      const el = await nested<NewsCallout>(article, 'news-callout');
      expect(el.tone).to.equal('risk');
      expect(text(el, 'tone')).to.equal('Risk');
      expect(text(el, 'title')).to.equal(TITLE);
      expect(bodyText(el)).to.match(/^The plan depends on detailed mechanisms/);
      // Inside the article, the title sits one level below the headline (h2).
      expect(part(el, 'title')!.localName).to.equal('h3');
    });

    it('takes its tone colour from --news-color-risk and --news-callout-color on the host', async () => {
      const el = await fixture<NewsCallout>(html`
        <news-callout tone="risk" heading=${TITLE} style="--news-color-risk: rgb(1, 2, 3)"></news-callout>
      `);
      expect(getComputedStyle(part(el, 'tone')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'base')!).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--news-callout-color', 'rgb(4, 5, 6)');
      expect(getComputedStyle(part(el, 'tone')!).color).to.equal('rgb(4, 5, 6)');
    });

    it('gives each tone its own colour', async () => {
      const colours = new Set<string>();
      for (const tone of TONES) {
        const el = await fixture<NewsCallout>(html`<news-callout theme="light" tone=${tone}></news-callout>`);
        colours.add(getComputedStyle(part(el, 'tone')!).color);
      }
      expect(colours.size).to.equal(TONES.length);
    });

    it('can be styled from outside with ::part()', async () => {
      const el = await fixture<NewsCallout>(
        html`<news-callout heading=${TITLE} text=${TEXT}></news-callout>`,
      );
      expectStyleablePart(el, 'title', 'text');
    });
  });

  describe('attributes and properties', () => {
    for (const tone of TONES) {
      it(`labels tone="${tone}" as "${LABELS[tone]}" with its own icon`, async () => {
        const el = await fixture<NewsCallout>(html`<news-callout tone=${tone} text=${TEXT}></news-callout>`);
        expect(text(el, 'tone')).to.equal(LABELS[tone]);
        expect(part(el, 'icon')!.querySelector('path')).to.not.equal(null);
      });
    }

    it('draws a different icon for each tone', async () => {
      const shapes = new Set<string | null>();
      for (const tone of TONES) {
        const el = await fixture<NewsCallout>(html`<news-callout tone=${tone}></news-callout>`);
        shapes.add(part(el, 'icon')!.querySelector('path')!.getAttribute('d'));
      }
      expect(shapes.size).to.equal(TONES.length);
    });

    it('reflects the tone property to the attribute, and defaults to note', async () => {
      const el = await fixture<NewsCallout>(html`<news-callout text=${TEXT}></news-callout>`);
      expect(el.getAttribute('tone')).to.equal('note');
      el.tone = 'warning';
      await el.updateComplete;
      expect(el.getAttribute('tone')).to.equal('warning');
      expect(text(el, 'tone')).to.equal('Warning');
    });

    it('renders text from the text attribute', async () => {
      const el = await fixture<NewsCallout>(html`<news-callout text=${TEXT}></news-callout>`);
      expect(bodyText(el)).to.equal(TEXT);
    });

    for (const [level, tag] of [
      [undefined, 'h3'],
      ['2', 'h2'],
      ['6', 'h6'],
      ['12', 'h6'],
      ['-1', 'h3'],
    ] as const) {
      it(`renders its title as <${tag}> for heading-level=${String(level)}`, async () => {
        const el = await fixture<NewsCallout>(html`<news-callout heading=${TITLE}></news-callout>`);
        if (level !== undefined) el.setAttribute('heading-level', level);
        await el.updateComplete;
        const title = part(el, 'title')!;
        expect(title.localName).to.equal(tag);
        expect(clean(title.textContent)).to.equal(TITLE);
      });
    }

    it('localises the tone label from the strings property', async () => {
      const el = await fixture<NewsCallout>(
        html`<news-callout tone="risk" .strings=${{ risk: 'Danger' }}></news-callout>`,
      );
      expect(text(el, 'tone')).to.equal('Danger');
    });
  });

  describe('slots', () => {
    it('shows slotted content as the text when text is not set', async () => {
      const el = await fixture<NewsCallout>(html`
        <news-callout tone="info" heading="Background">Talks resume <em>next week</em>.</news-callout>
      `);
      expect(bodyText(el)).to.equal('Talks resume next week.');
    });

    it('prefers the text property to slotted content', async () => {
      const el = await fixture<NewsCallout>(
        html`<news-callout text="From the property.">Slotted.</news-callout>`,
      );
      expect(part(el, 'text')!.querySelector('slot')).to.equal(null);
      expect(bodyText(el)).to.equal('From the property.');
    });
  });

  describe('events', () => {
    it('fires a bubbling, composed news-error when text is invalid', async () => {
      const { wrapper, el } = await wrapped<NewsCallout>(
        html`<div><news-callout></news-callout></div>`,
        'news-callout',
      );
      const errors = collect(wrapper, 'news-error');
      el.text = [{ text: 'Fine' }, { text: 42 }] as unknown as Inline;
      await el.updateComplete;
      expect(errors).to.have.length(1);
      // Out of a shadow root too, to a listener on the page.
      expect(errors[0].composed).to.equal(true);
      expect(errors[0].detail.kind).to.equal('validation');
      expect(errors[0].detail.issues!.map((i) => i.path)).to.deep.equal(['text[1].text']);
      expect(bodyText(el)).to.equal('Fine');
    });

    it('fires no news-error for valid text', async () => {
      const el = await fixture<NewsCallout>(html`<news-callout></news-callout>`);
      const errors = collect(el, 'news-error');
      el.text = [{ text: 'Write to ' }, { text: 'the desk', href: 'mailto:desk@t4k3.news' }];
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('reaches and follows a link in the text with Tab and Enter', async () => {
      const { el, focused, followed } = await tabThenEnter<NewsCallout>(
        html`<news-callout
          .text=${[{ text: 'the report', href: 'https://t4k3.news/report' }]}
        ></news-callout>`,
        'news-callout',
      );
      expect(focused).to.equal(part(el, 'link'));
      expect(followed).to.deep.equal(['https://t4k3.news/report']);
    });
  });

  describe('bad input', () => {
    for (const bad of [42, null, {}, [], [{ nope: 1 }], { text: 'not in a list' }]) {
      it(`reports text of ${JSON.stringify(bad)} and falls back to the slot`, async () => {
        const watch = watchErrors();
        const el = await fixture<NewsCallout>(
          html`<news-callout heading=${TITLE}>Slotted fallback.</news-callout>`,
        );
        const errors = collect(el, 'news-error');
        try {
          el.text = bad as unknown as Inline;
          await el.updateComplete;
        } finally {
          await watch.stop();
        }
        expect(watch.errors).to.deep.equal([]);
        expect(errors).to.have.length(1);
        expect(errors[0].detail.kind).to.equal('validation');
        expect(errors[0].detail.issues).to.have.length.greaterThan(0);
        expect(text(el, 'title')).to.equal(TITLE);
        expect(bodyText(el)).to.equal('Slotted fallback.');
      });
    }

    it('renders unsafe links as plain text and reports them', async () => {
      const watch = watchErrors();
      const el = await fixture<NewsCallout>(html`<news-callout></news-callout>`);
      const errors = collect(el, 'news-error');
      try {
        el.text = [
          { text: 'one', href: 'javascript:alert(1)' },
          { text: ' two', href: 'vbscript:msgbox(1)' },
          { text: ' three', href: '\u0000javascript:alert(1)' },
          { text: ' four', href: 'https://t4k3.news/ok' },
        ];
        await el.updateComplete;
      } finally {
        await watch.stop();
      }
      expect(watch.errors).to.deep.equal([]);
      expect(bodyText(el)).to.equal('one two three four');
      expect(unsafeUrls(el.shadowRoot!)).to.deep.equal([]);
      expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://t4k3.news/ok',
      ]);
      expect(errors).to.have.length(1);
      expect(errors[0].detail.issues!.map((i) => i.path)).to.deep.equal([
        'text[0].href',
        'text[1].href',
        'text[2].href',
      ]);
    });

    it('shows an unknown tone as a note, and says so with news-error and on the console', async () => {
      const watch = watchErrors();
      const console_ = watchWarnings();
      let el: NewsCallout;
      let errors: NewsErrorEvent[];
      try {
        el = fixtureSync<NewsCallout>(html`<news-callout tone="warn" heading=${TITLE}></news-callout>`);
        errors = collect(el, 'news-error');
        await el.updateComplete;
        // A correct tone is quiet; the next wrong one is reported again.
        el.tone = 'warning';
        await el.updateComplete;
        expect(errors).to.have.length(1);
        el.tone = 'Risk' as Tone;
        await el.updateComplete;
        // Taking the attribute away leaves a note, quietly.
        el.removeAttribute('tone');
        await el.updateComplete;
      } finally {
        console_.stop();
        await watch.stop();
      }
      expect(watch.errors).to.deep.equal([]);
      expect(text(el, 'tone')).to.equal('Note');
      expect(part(el, 'icon')!.querySelector('path')).to.not.equal(null);
      expect(errors).to.have.length(2);
      expect(errors[0].detail.kind).to.equal('validation');
      expect(errors[0].detail.issues).to.deep.equal([
        {
          severity: 'warning',
          path: 'tone',
          message: 'tone: must be one of "note", "info", "warning", "risk", got "warn"',
        },
      ]);
      expect(errors[1].detail.issues![0].message).to.match(/got "Risk"$/);
      expect(console_.warnings.map((w) => String(w[0]))).to.deep.equal([
        'news-callout: unknown tone, shown as a note: tone: must be one of "note", "info", "warning", "risk", got "warn"',
        'news-callout: unknown tone, shown as a note: tone: must be one of "note", "info", "warning", "risk", got "Risk"',
      ]);
    });
  });
});
