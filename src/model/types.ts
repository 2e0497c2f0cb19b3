/**
 * TypeScript types for every object of the article format, inferred from the schemas so that the
 * types, the validator and the JSON Schema cannot drift apart.
 */
import type * as v from 'valibot';
import type * as s from './schema.js';

export type Article = v.InferOutput<typeof s.ArticleSchema>;
export type Publisher = v.InferOutput<typeof s.PublisherSchema>;
export type Person = v.InferOutput<typeof s.PersonSchema>;
export type Image = v.InferOutput<typeof s.ImageSchema>;
export type Span = v.InferOutput<typeof s.SpanSchema>;
export type Inline = v.InferOutput<typeof s.InlineSchema>;
export type Quote = v.InferOutput<typeof s.QuoteSchema>;
export type Share = v.InferOutput<typeof s.ShareSchema>;
export type Related = v.InferOutput<typeof s.RelatedSchema>;
export type RelatedItem = v.InferOutput<typeof s.RelatedItemSchema>;
export type Block = v.InferOutput<typeof s.BlockSchema>;
export type ParagraphBlock = v.InferOutput<typeof s.ParagraphBlockSchema>;
export type HeadingBlock = v.InferOutput<typeof s.HeadingBlockSchema>;
export type QuoteBlock = v.InferOutput<typeof s.QuoteBlockSchema>;
export type QuotesBlock = v.InferOutput<typeof s.QuotesBlockSchema>;
export type HighlightsBlock = v.InferOutput<typeof s.HighlightsBlockSchema>;
export type CalloutBlock = v.InferOutput<typeof s.CalloutBlockSchema>;
export type ImageBlock = v.InferOutput<typeof s.ImageBlockSchema>;
export type BlockType = Block['type'];
export type Mark = (typeof s.MARKS)[number];
export type Tone = (typeof s.TONES)[number];
export type ShareTarget = (typeof s.TARGETS)[number];

/** One finding of the validator. */
export interface ArticleIssue {
  /** `error`: the article cannot be rendered. `warning`: one part was dropped or cleaned. */
  severity: 'error' | 'warning';
  /** JSON path of the offending value, e.g. `body[3].items[1].text`; `''` for the document. */
  path: string;
  /** What is wrong, for a publisher; it starts with the path. */
  message: string;
}

/** What {@link parseArticle} returns: the article it could render (or `null`) and its issues. */
export interface ParseResult {
  article: Article | null;
  issues: ArticleIssue[];
}
