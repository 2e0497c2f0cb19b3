import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/all.js';
import type { NewsHighlights } from '../src/index.js';

/**
 * Forced colours (Windows high contrast) drop backgrounds and shadows and draw borders and text in
 * system colours. What carries meaning must be text or a border to survive.
 */
describe('forced colours (high contrast)', () => {
  before(() => executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }]));
  after(() => executeServerCommand('media-features', []));
  afterEach(() => {
    for (const el of document.querySelectorAll('news-article')) el.remove();
  });

  /** Drawn: a visible border, in the colour forced on it (not transparent). */
  const expectBordered = (style: CSSStyleDeclaration) =>
    expect({
      style: style.borderTopStyle,
      width: parseFloat(style.borderTopWidth) > 0,
      transparent: style.borderTopColor === 'rgba(0, 0, 0, 0)',
    }).to.deep.equal({ style: 'solid', width: true, transparent: false });

  it('is what the page emulates', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('keeps the highlights bullets, in the text colour', async () => {
    const el = await fixture<NewsHighlights>(
      html`<news-highlights .items=${['One.', 'Two.']}></news-highlights>`,
    );
    const li = el.shadowRoot!.querySelector('li')!;
    const bullet = getComputedStyle(li, '::before');
    expectBordered(bullet);
    expect(bullet.borderTopColor).to.equal(getComputedStyle(li).color);
  });

  it('outlines the Retry button and the loading skeleton', async () => {
    const el = document.createElement('news-article');
    el.src = '/test-api/status?code=404&delay=200';
    const failed = oneEvent(el, 'news-error');
    document.body.append(el);
    await el.updateComplete;
    const bone = el.shadowRoot!.querySelector('.bone')!;
    expectBordered(getComputedStyle(bone));
    await failed;
    await el.updateComplete;
    const retry = el.shadowRoot!.querySelector('[part~="retry"]')!;
    expectBordered(getComputedStyle(retry));
  });
});
