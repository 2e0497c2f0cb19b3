import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { toJsonSchema } from '@valibot/to-json-schema';
import { parseArticle } from '../../src/index.js';
import { ArticleSchema, DEFINITIONS } from '../../src/model/schema.js';
import { loadDemoArticles, loadJson, minimal } from '../support/articles.js';

/** Broken documents: the validator calls each an error, so the schema must reject each. */
const broken: [string, unknown][] = [
  ['not an object', 'article'],
  ['an array', [minimal()]],
  ['wrong version', { ...minimal(), version: 2 }],
  ['missing id', { ...minimal(), id: undefined }],
  ['empty id', { ...minimal(), id: '' }],
  ['numeric id', { ...minimal(), id: 5 }],
  ['missing url', { ...minimal(), url: undefined }],
  ['relative url', { ...minimal(), url: '/story' }],
  ['javascript url', { ...minimal(), url: 'javascript:alert(1)' }],
  ['missing publisher', { ...minimal(), publisher: undefined }],
  ['publisher without name', { ...minimal(), publisher: { url: 'https://x.example' } }],
  ['missing headline', { ...minimal(), headline: undefined }],
  ['empty headline', { ...minimal(), headline: '' }],
  ['missing body', { ...minimal(), body: undefined }],
  ['empty body', { ...minimal(), body: [] }],
  ['body of strings', { ...minimal(), body: ['text'] }],
];

const strip = (doc: unknown) => JSON.parse(JSON.stringify(doc)) as unknown;

describe('article.schema.json', () => {
  let validator: Validator;
  before(async () => {
    validator = new Validator(await loadJson('article.schema.json'), '2020-12', false);
  });

  it('is the conversion of the Valibot source (cannot drift)', async () => {
    const published = await loadJson<Record<string, unknown>>('article.schema.json');
    const { $id: _id, ...rest } = published;
    expect(rest).to.deep.equal(
      toJsonSchema(ArticleSchema, { target: 'draft-2020-12', definitions: DEFINITIONS }),
    );
  });

  it('accepts every demo article', async () => {
    for (const [name, doc] of Object.entries(await loadDemoArticles())) {
      const result = validator.validate(doc);
      expect(
        result.errors.filter((e) => e.keyword !== 'properties'),
        name,
      ).to.deep.equal([]);
      expect(result.valid, name).to.equal(true);
    }
  });

  it('accepts the minimal article', () => {
    expect(validator.validate(minimal()).valid).to.equal(true);
  });

  for (const [name, doc] of broken) {
    it(`rejects what the validator calls an error: ${name}`, () => {
      const input = strip(doc);
      const { article, issues } = parseArticle(input);
      expect(article, 'the validator calls it an error').to.equal(null);
      expect(issues.some((i) => i.severity === 'error')).to.equal(true);
      expect(validator.validate(input).valid, 'the schema rejects it').to.equal(false);
    });
  }

  it('rejects unsafe URL schemes in any URL field (stricter than the reader, which drops them)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'JAVASCRIPT:x']) {
      const doc = { ...minimal(), image: { src: url, alt: '' }, share: { url } };
      expect(validator.validate(doc).valid, url).to.equal(false);
    }
  });
});
