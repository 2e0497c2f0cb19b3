import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import { loadSeed } from '../support/articles.js';
import { deepElements } from '../support/elements.js';

/**
 * One long unbroken word (a file name, a URL without breaks, a long compound) in any field must
 * wrap inside a phone-wide column, not widen the element and scroll the page sideways.
 */
const WORD = 'Port_Mallow_turbines_at_dawn_from_the_north_quay_photographed_2025_09_02_0815.jpg';
const WIDTH = 320;

/** Everything the element draws, inside `width` (a pixel of rounding allowed). */
async function expectInside(template: TemplateResult) {
  const wrapper = fixtureSync<HTMLElement>(html`<div style="inline-size: ${WIDTH}px">${template}</div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  for (const inner of deepElements(el.shadowRoot!)) {
    if ('updateComplete' in inner) await (inner as typeof el).updateComplete;
  }
  const left = wrapper.getBoundingClientRect().left;
  const wide = deepElements(el.shadowRoot!)
    .filter((e) => !e.closest('.visually-hidden'))
    .map((e) => ({ e, right: e.getBoundingClientRect().right - left }))
    .filter(({ right }) => right > WIDTH + 1)
    .map(({ e, right }) => `${e.localName}.${e.className || e.getAttribute('part')}: ${Math.round(right)}px`);
  expect(wide).to.deep.equal([]);
  expect(el.scrollWidth).to.be.at.most(WIDTH);
}

describe('a long unbroken word', () => {
  it('wraps inside <news-article> in every field', async () => {
    const seed = await loadSeed();
    const article = {
      ...seed,
      section: WORD,
      headline: `Headline ${WORD}`,
      dek: `Dek ${WORD}`,
      summary: `Summary ${WORD}`,
      dateline: WORD,
      rights: WORD,
      authors: [{ name: WORD }],
      publisher: { ...(seed.publisher as object), name: WORD },
      body: [
        ...(seed.body as unknown[]),
        { type: 'heading', text: WORD },
        { type: 'quote', text: WORD, speaker: WORD, role: WORD, context: WORD },
        { type: 'highlights', title: WORD, items: [WORD] },
        { type: 'callout', title: WORD, text: WORD, tone: 'risk' },
      ],
      share: { prompt: WORD },
      related: { title: WORD, items: [{ headline: WORD, url: 'https://news.example/x', section: WORD }] },
    };
    await expectInside(html`<news-article .article=${article}></news-article>`);
  });

  it('wraps inside each element on its own', async () => {
    await expectInside(
      html`<news-quote text=${WORD} speaker=${WORD} role=${WORD} context=${WORD}></news-quote>`,
    );
    await expectInside(html`<news-callout heading=${WORD} text=${WORD}></news-callout>`);
    await expectInside(html`<news-highlights heading=${WORD} .items=${[WORD]}></news-highlights>`);
    await expectInside(html`<share-prompt prompt=${WORD} url="https://news.example/x"></share-prompt>`);
    await expectInside(
      html`<related-news
        heading=${WORD}
        .items=${[{ headline: WORD, url: 'https://news.example/x' }]}
      ></related-news>`,
    );
  });

  it("leaves the page's slotted content whole words (its tables and flex items)", async () => {
    const el = fixtureSync<HTMLElement>(html`
      <news-callout heading="Figures" style="inline-size: 640px">
        <table>
          <tr>
            <td>Population</td>
            <td>
              ${'Unemployment fell in every district of the harbour town during the season. '.repeat(3)}
            </td>
          </tr>
        </table>
      </news-callout>
    `);
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const cell = el.querySelector('td')!;
    expect(getComputedStyle(cell).overflowWrap).to.equal('break-word');
    // One line: "Population" is not broken to make room for the long cell.
    const range = document.createRange();
    range.selectNodeContents(cell);
    expect(range.getClientRects()).to.have.length(1);
  });
});
