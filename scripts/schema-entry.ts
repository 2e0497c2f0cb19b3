import { toJsonSchema } from '@valibot/to-json-schema';
import { ArticleSchema, DEFINITIONS } from '../src/model/schema.js';

/** The published JSON Schema of the article format, converted from the Valibot source. */
export function articleJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = toJsonSchema(ArticleSchema, {
    target: 'draft-2020-12',
    definitions: DEFINITIONS,
  });
  return { $schema, $id: 'https://unpkg.com/news-widgets/article.schema.json', ...schema };
}
