import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/all.js';
import { loadSeed } from '../support/articles.js';
import { deepElements } from '../support/elements.js';

interface Heap {
  usedSize: number;
  totalSize: number;
  documents: number;
  nodes: number;
  jsEventListeners: number;
}
type Updating = Element & { updateComplete?: Promise<unknown> };

const COUNT = 1000;
const BATCH = 50;
const MB = 1024 * 1024;
const heap = (gc: boolean) => executeServerCommand<Heap, { gc: boolean }>('heap', { gc });
const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;

/** Creates, renders (nested elements included) and removes `count` articles, `BATCH` at a time. */
async function churn(seed: Record<string, unknown>, count: number) {
  const host = document.createElement('div');
  document.body.append(host);
  for (let done = 0; done < count; done += BATCH) {
    for (let i = 0; i < BATCH; i += 1) {
      const el = document.createElement('news-article');
      el.article = { ...seed, id: `a-${done + i}`, headline: `Story ${done + i}` };
      host.append(el);
    }
    for (let round = 0; round < 3; round += 1) {
      await Promise.all(deepElements(host).flatMap((el) => (el as Updating).updateComplete ?? []));
    }
    host.replaceChildren();
  }
  host.remove();
}

describe('lifecycle and memory', function () {
  this.timeout(120000);

  it(`creates, renders and removes ${COUNT} articles and gives the memory back`, async () => {
    const seed = await loadSeed();
    await churn(seed, 2 * BATCH); // warm up: compiled code, templates, formatters, style sheets
    const start = await heap(true);
    await churn(seed, COUNT);
    const after = await heap(false);
    const collected = await heap(true);
    console.log(
      `memory: JS heap at start ${mb(start.usedSize)}, after ${COUNT} articles ${mb(after.usedSize)}, ` +
        `after GC ${mb(collected.usedSize)} (${mb(collected.usedSize - start.usedSize)} retained); ` +
        `DOM nodes ${start.nodes} -> ${after.nodes} -> ${collected.nodes}; ` +
        `listeners ${start.jsEventListeners} -> ${collected.jsEventListeners}`,
    );
    // The churn really allocated (the measurement can see a leak), and it was all given back.
    expect(after.usedSize + after.nodes * 100, 'allocated during the run').to.be.greaterThan(start.usedSize);
    expect(collected.usedSize - start.usedSize, 'JS heap retained (bytes)').to.be.below(1 * MB);
    expect(collected.nodes - start.nodes, 'DOM nodes retained').to.be.below(500);
    expect(collected.jsEventListeners - start.jsEventListeners, 'listeners retained').to.be.below(50);
  });

  it('gives back articles that reported a problem on the console', async () => {
    // Each puts a warning on the console (a block of an unknown type was left out), as a
    // publisher's mistake would on a real page; the console must not keep the element alive.
    const seed = await loadSeed();
    const faulty = { ...seed, body: [...(seed.body as unknown[]), { type: 'video' }] };
    await churn(faulty, BATCH);
    const start = await heap(true);
    await churn(faulty, 2 * BATCH);
    const collected = await heap(true);
    // One seed article holds over 500 nodes: 100 kept would be 50,000.
    expect(collected.nodes - start.nodes, 'DOM nodes retained').to.be.below(500);
    expect(collected.jsEventListeners - start.jsEventListeners, 'listeners retained').to.be.below(50);
  });
});
