import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import { parseArticle, LIMITS, type ArticleIssue, type NewsArticle } from '../../src/index.js';
import { DEMO_ARTICLES, loadDemoArticles } from '../support/articles.js';
import { deepElements, watchErrors } from '../support/elements.js';
import { mutate, mutateInPlace, mutation, oddString, type Json } from './arbitraries.js';

type Updating = Element & { updateComplete?: Promise<unknown> };
interface Config {
  runs: number;
  seed: number | null;
}

/** The article's own events (nested elements' events bubble through it too). */
function ownEvents(el: Element) {
  const events: Event[] = [];
  for (const type of ['news-load', 'news-error']) {
    el.addEventListener(type, (e) => e.composedPath()[0] === el && events.push(e));
  }
  return events;
}

async function settle(root: Element) {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all([root, ...deepElements(root)].flatMap((el) => (el as Updating).updateComplete ?? []));
  }
}

/** What the validator promises for any input. */
function checkParse(input: unknown) {
  const started = performance.now();
  const { article, issues } = parseArticle(input);
  expect(performance.now() - started, 'parse time (ms)').to.be.below(2000);
  for (const issue of issues) {
    expect(['error', 'warning']).to.include(issue.severity);
    expect(issue.path).to.be.a('string');
    expect(issue.message).to.be.a('string').and.have.length.below(1000);
  }
  expect(article === null, 'article is null exactly when there is an error').to.equal(
    issues.some((i) => i.severity === 'error'),
  );
  if (article) {
    // What comes out is valid as it is: limits applied, URLs resolved and safe.
    const again = parseArticle(JSON.parse(JSON.stringify(article)));
    expect(again.issues, 'issues when parsing the cleaned article').to.deep.equal([]);
    expect(again.article).to.deep.equal(article);
    expect(article.body.length).to.be.within(1, LIMITS.blocks);
  }
  return { article, issues };
}

/** Body blocks as rendered: the children of the body, less the dateline's own paragraph. */
const renderedBlocks = (el: Element) =>
  [...el.shadowRoot!.querySelector('[part~="body"]')!.children].filter((c) => !c.matches('p:not([part])'));

/** Renders `input` in <news-article> and checks what the reader and the host page see. */
async function checkRender(input: unknown, axe = false) {
  const watch = watchErrors();
  const el: NewsArticle = document.createElement('news-article');
  const events = ownEvents(el);
  const started = performance.now();
  el.article = input;
  document.body.append(el);
  try {
    await settle(el);
    expect(performance.now() - started, 'render time (ms)').to.be.below(5000);
    const { article, issues } = parseArticle(input);
    expect(events.map((e) => e.type)).to.deep.equal([article ? 'news-load' : 'news-error']);
    const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');
    if (article) {
      expect(alert).to.equal(null);
      const headline = el.shadowRoot!.querySelector('[part~="headline"]');
      expect(headline?.textContent).to.equal(article.headline);
      expect(renderedBlocks(el).length, 'rendered blocks').to.equal(article.body.length);
      const related = el.shadowRoot!.querySelector('related-news');
      expect(related?.shadowRoot?.querySelectorAll('li').length ?? 0).to.equal(
        article.related?.items.length ?? 0,
      );
    } else {
      const detail = (events[0] as CustomEvent<{ kind: string; issues: ArticleIssue[] }>).detail;
      expect(detail.kind).to.equal('validation');
      expect(detail.issues).to.deep.equal(issues);
      expect(alert, 'a visible, announced error').to.exist;
      expect(alert!.offsetHeight).to.be.greaterThan(0);
      expect(alert!.textContent).to.include('This article could not be shown');
      const error = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(error.querySelectorAll('details li').length).to.equal(issues.length);
    }
    if (axe) await expect(el).to.be.accessible();
    // An unhandled rejection is reported a task later: let it arrive before judging.
    await new Promise((resolve) => setTimeout(resolve));
    expect(watch.errors).to.deep.equal([]);
  } finally {
    await watch.stop();
    el.remove();
  }
}

/** `FUZZ_RUNS=<n>` of the current run, for the replay hint. */
let runsHint = '';

/** Runs a property; a failure reports fast-check's seed and path, the shrunk case and why it failed. */
async function check<T>(property: fc.IProperty<T> | fc.IAsyncProperty<T>, options: fc.Parameters<T>) {
  const details = await fc.check(property, options);
  if (!details.failed) return;
  const example = JSON.stringify(details.counterexample, (_, v: unknown) =>
    typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}... (${v.length} characters)` : v,
  );
  throw new Error(
    `Property failed: replay with FUZZ_SEED=${details.seed}${runsHint} (path ${details.counterexamplePath}), ` +
      `after ${details.numRuns} cases\nCounterexample: ${example?.slice(0, 3000)}\n` +
      `Because: ${String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance)}`,
  );
}

describe('fuzzing: any input, never an exception, always a visible outcome', function () {
  let config: Config;
  let demos: Record<string, Json>;
  let seed: number;
  /** Cases per property: a few hundred in `npm test`, thousands in `npm run fuzz`. */
  const runs = (base: number) => (config.runs ? Math.max(1, Math.round((config.runs * base) / 300)) : base);
  const options = (base: number) => ({ numRuns: runs(base), seed, endOnFailure: true });
  const demo = () => fc.constantFrom(...DEMO_ARTICLES).map((name) => demos[name]);
  const mutated = fc.tuple(demo(), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([doc, ms]) => {
    const copy = structuredClone(doc);
    for (const m of ms) mutateInPlace(copy, m);
    return copy;
  });

  before(async () => {
    config = (await (await fetch('/test-api/fuzz-config')).json()) as Config;
    demos = (await loadDemoArticles()) as Record<string, Json>;
    seed = config.seed ?? (Date.now() ^ (Math.random() * 0x100000000)) | 0;
    // The seed replays a failure: FUZZ_SEED=<seed> npm run fuzz (fast-check also prints it, with the path).
    runsHint = config.runs ? ` FUZZ_RUNS=${config.runs}` : '';
    console.log(`fuzz seed ${seed}, ${config.runs || 'default'} runs`);
  });

  beforeEach(function () {
    this.currentTest!.timeout(Math.max(30000, runs(300) * 100));
  });

  describe('parseArticle', () => {
    it('takes any JSON value', async () => {
      await check(
        fc.property(fc.jsonValue(), (input) => void checkParse(input)),
        options(300),
      );
    });

    it('takes any value at all (prototypes, odd keys, non-JSON types)', async () => {
      await check(
        fc.property(
          fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true }),
          (input) => void checkParse(input),
        ),
        options(300),
      );
    });

    it('takes objects shaped like an article with any values in its fields', async () => {
      const field = fc.oneof(fc.jsonValue({ maxDepth: 2 }), oddString);
      const doc = fc.record(
        {
          version: fc.oneof(fc.constant(1), field),
          id: field,
          url: field,
          publisher: field,
          headline: field,
          body: field,
        },
        { requiredKeys: [] },
      );
      await check(
        fc.property(doc, (input) => void checkParse(input)),
        options(300),
      );
    });

    it('keeps every part a mutation did not touch', async () => {
      await check(
        fc.property(demo(), mutation, (doc, m) => {
          const before = parseArticle(doc).article as unknown as Record<string, Json>;
          const { doc: input, path } = mutate(doc, m);
          const after = checkParse(input).article as unknown as Record<string, Json> | null;
          const [top, index] = path;
          // The required fields, and `url` (the base of relative URLs), may change everything.
          if (!after || ['version', 'id', 'url', 'publisher', 'headline'].includes(String(top))) return;
          for (const key of Object.keys(before)) {
            if (key !== top) expect(after[key], key).to.deep.equal(before[key]);
          }
          if ((top === 'body' || top === 'authors') && typeof index === 'number' && path.length > 1) {
            const kept = (before[top] as Json[]).filter((_, i) => i !== index).map((v) => JSON.stringify(v));
            const now = ((after[top] as Json[] | undefined) ?? []).map((v) => JSON.stringify(v));
            if (m.op !== 'huge-list' || path.length > 2) expect(now, top).to.include.members(kept);
          }
        }),
        options(300),
      );
    });
  });

  describe('regressions found by fuzzing', () => {
    it('keeps a broken canonical url an error when a relative link is dropped after it', () => {
      const input = {
        ...(demos['harbour-wind'] as Record<string, Json>),
        url: [false],
        body: [{ type: 'paragraph', text: [{ text: 'a link', href: '/relative' }] }],
      };
      const { article, issues } = checkParse(input);
      expect(article).to.equal(null);
      expect(issues.find((i) => i.path === 'url')).to.include({ severity: 'error' });
      expect(issues.find((i) => i.path === 'url')!.message).to.not.include('left out');
    });
  });

  describe('<news-article>', () => {
    it('renders mutated demo articles, or shows an accessible error, and never throws', async () => {
      await check(
        fc.asyncProperty(mutated, (input) => checkRender(input)),
        options(150),
      );
    });

    it('renders any JSON value as an error state, never an exception', async () => {
      await check(
        fc.asyncProperty(fc.jsonValue(), (input) => checkRender(input)),
        options(50),
      );
    });

    it('passes axe in the states fuzzing reaches', async () => {
      await check(
        fc.asyncProperty(mutated, (input) => checkRender(input, true)),
        options(15),
      );
    });
  });
});
