import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import { parseArticle } from '../../src/index.js';
import type { NewsArticle, NewsQuote } from '../../src/index.js';
import { minimal } from '../support/articles.js';

/**
 * Bidi spoofing: a right-to-left override (U+202E) left open in one field must not reverse the
 * text that follows it on the same line, the kit's own words or another field.
 */
const RLO = '\u202e';

/** Every text node under `root`, through shadow roots. */
function* textNodes(root: Node): Generator<Text> {
  if (root instanceof Text) yield root;
  if (root instanceof Element && root.shadowRoot) yield* textNodes(root.shadowRoot);
  for (const child of root.childNodes) yield* textNodes(child);
}

/**
 * Whether `word` is drawn left to right, as written: its first letter left of its last. Reversed
 * by a leaking override, the first letter would be drawn at the right.
 */
function drawnInOrder(root: Element, word: string): boolean {
  const node = [...textNodes(root)].find((n) => n.data.includes(word));
  if (!node) throw new Error(`"${word}" is not rendered`);
  const start = node.data.indexOf(word);
  const x = (offset: number) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    return range.getBoundingClientRect().left;
  };
  return x(start) < x(start + word.length - 1);
}

describe('direction overrides in the data stay inside their field', () => {
  it('a dateline does not reverse the first paragraph', async () => {
    const doc = { ...minimal(), dateline: `LONDON${RLO}`, body: [{ type: 'paragraph', text: 'Harbour' }] };
    const el = await fixture<NewsArticle>(html`<news-article .article=${doc}></news-article>`);
    expect(drawnInOrder(el, 'Harbour')).to.equal(true);
  });

  it('a caption does not reverse the credit, nor a publisher name the rights line', async () => {
    const doc = {
      ...minimal(),
      publisher: { name: `Example${RLO}` },
      rights: 'Syndicated',
      image: { src: '/a.jpg', alt: 'A', caption: `Dawn${RLO}`, credit: 'Photographer' },
    };
    const el = await fixture<NewsArticle>(html`<news-article .article=${doc}></news-article>`);
    expect(drawnInOrder(el, 'Photographer')).to.equal(true);
    expect(drawnInOrder(el, 'Syndicated')).to.equal(true);
  });

  it("a speaker's name does not reverse the role", async () => {
    const el = await fixture<NewsQuote>(
      html`<news-quote .quote=${{ text: 'Said.', speaker: `Ada${RLO}`, role: 'Minister' }}></news-quote>`,
    );
    expect(drawnInOrder(el, 'Minister')).to.equal(true);
  });

  it('an author name does not reverse the published date label', async () => {
    const doc = { ...minimal(), authors: [{ name: `Ada${RLO}` }], published: '2025-08-17T14:30:00Z' };
    const el = await fixture<NewsArticle>(html`<news-article .article=${doc}></news-article>`);
    expect(drawnInOrder(el, 'Published')).to.equal(true);
  });

  it('validation messages spell the controls out instead of obeying them', () => {
    const { issues } = parseArticle({ ...minimal(), published: `${RLO}2025` });
    expect(issues[0].message).to.include('"\\u202e2025"');
    expect(issues[0].message).not.to.include(RLO);
  });
});

/** Where `word` starts on screen, from the left. */
function leftOf(root: Element, word: string): number {
  const node = [...textNodes(root)].find((n) => n.data.includes(word));
  if (!node) throw new Error(`"${word}" is not rendered`);
  const range = document.createRange();
  range.setStart(node, node.data.indexOf(word));
  range.setEnd(node, node.data.indexOf(word) + 1);
  return range.getBoundingClientRect().left;
}

describe('text of the other direction keeps its order', () => {
  it('names in a byline are read in their order, whatever their script', async () => {
    // Three Arabic names in an English byline: joined by neutral commas, the first two would
    // otherwise form one right-to-left run and change places.
    const names = ['ليلى', 'سامر', 'ريم'];
    const doc = { ...minimal(), authors: names.map((name) => ({ name })) };
    const el = await fixture<NewsArticle>(html`<news-article .article=${doc}></news-article>`);
    const [first, second, third] = names.map((name) => leftOf(el, name));
    expect(first).to.be.below(second);
    expect(second).to.be.below(third);
  });

  it('the date goes where the language puts it', async () => {
    const doc = { ...minimal(), published: '2025-08-17T14:30:00Z' };
    const el = await fixture<NewsArticle>(
      html`<news-article .article=${doc} .strings=${{ published: '{date} veröffentlicht' }}></news-article>`,
    );
    const byline = el.shadowRoot!.querySelector('[part~="byline"]')!;
    expect(byline.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'August 17, 2025 at 2:30 PM UTC veröffentlicht',
    );
  });
});
