/**
 * The article format, version 1 (ARTICLE-FORMAT.md), written once as Valibot schemas.
 *
 * Three things come from this file: the TypeScript types (`types.ts` infers them), the lenient
 * runtime validator (`parse.ts` walks these schemas) and the published JSON Schema
 * (`scripts/build-schema.mjs` converts them to `article.schema.json`).
 */
import * as v from 'valibot';
import { LIMITS } from './limits.js';
import { ABSOLUTE_PATTERN, LINK_PATTERN, URL_PATTERN } from './url.js';
import { MARKS, TARGETS, TONES } from './values.js';

export { MARKS, TARGETS, TONES };

/** Any text field: at most LIMITS.string characters. */
export const Text = v.pipe(v.string(), v.maxLength(LIMITS.string));
/** Text that names or titles something (a link, a heading, a quote): at least one visible character. */
export const Name = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(LIMITS.string),
  v.regex(/\S/),
  v.description('Text with at least one character that is not white space.'),
);
const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.items) =>
  v.pipe(v.array(item), v.maxLength(max));

/** An absolute http(s) URL or one relative to the article `url`. */
export const WebUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.string),
  v.regex(URL_PATTERN),
  v.description('Absolute http(s) URL, or a URL relative to the article url.'),
);
/** Like {@link WebUrl}, and `mailto:` too: links inside text. */
export const LinkUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.string),
  v.regex(LINK_PATTERN),
  v.description('Absolute http(s) or mailto: URL, or a URL relative to the article url.'),
);
/** The canonical article URL: absolute http(s). */
export const CanonicalUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.string),
  v.regex(ABSOLUTE_PATTERN),
  v.description('Canonical absolute http(s) URL of the article on the publisher site.'),
);

const dimension = () => v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100000));
const timestamp = () =>
  v.pipe(v.string(), v.isoTimestamp(), v.description('ISO 8601 date-time, e.g. 2025-08-17T14:30:00Z'));

export const ImageSchema = v.object({
  src: WebUrl,
  alt: Text,
  caption: v.optional(Text),
  credit: v.optional(Text),
  width: v.optional(dimension()),
  height: v.optional(dimension()),
});

export const SpanSchema = v.object({
  text: Text,
  marks: v.optional(list(v.picklist(MARKS))),
  href: v.optional(LinkUrl),
});

/** Inline text: a plain string, or spans with marks and links. */
export const InlineSchema = v.union([Text, v.pipe(list(SpanSchema), v.minLength(1))]);

export const QuoteSchema = v.object({
  text: Name,
  speaker: v.optional(Text),
  role: v.optional(Text),
  context: v.optional(Text),
  cite: v.optional(WebUrl),
});

export const PersonSchema = v.object({
  name: Name,
  url: v.optional(WebUrl),
  role: v.optional(Text),
});

export const PublisherSchema = v.object({
  name: Name,
  url: v.optional(WebUrl),
  logo: v.optional(ImageSchema),
});

const block = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) =>
  v.object({ type: v.literal(type), ...entries });

export const ParagraphBlockSchema = block('paragraph', { text: InlineSchema });
export const HeadingBlockSchema = block('heading', { text: Name });
export const QuoteBlockSchema = block('quote', QuoteSchema.entries);
export const QuotesBlockSchema = block('quotes', {
  title: v.optional(Text),
  items: v.pipe(list(QuoteSchema), v.minLength(1)),
});
export const HighlightsBlockSchema = block('highlights', {
  title: v.optional(Text),
  items: v.pipe(list(InlineSchema), v.minLength(1)),
});
export const CalloutBlockSchema = block('callout', {
  title: v.optional(Text),
  text: InlineSchema,
  tone: v.optional(v.picklist(TONES)),
});
export const ImageBlockSchema = block('image', ImageSchema.entries);

export const BlockSchema = v.variant('type', [
  ParagraphBlockSchema,
  HeadingBlockSchema,
  QuoteBlockSchema,
  QuotesBlockSchema,
  HighlightsBlockSchema,
  CalloutBlockSchema,
  ImageBlockSchema,
]);

export const ShareSchema = v.object({
  prompt: v.optional(Text),
  text: v.optional(Text),
  url: v.optional(WebUrl),
  targets: v.optional(list(v.picklist(TARGETS))),
});

export const RelatedItemSchema = v.object({
  headline: Name,
  url: WebUrl,
  summary: v.optional(Text),
  section: v.optional(Text),
  published: v.optional(timestamp()),
  image: v.optional(ImageSchema),
});

export const RelatedSchema = v.object({
  title: v.optional(Text),
  items: list(RelatedItemSchema),
});

export const ArticleSchema = v.pipe(
  v.object({
    version: v.literal(1),
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.string)),
    url: CanonicalUrl,
    language: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/),
        v.description('BCP 47 language tag, e.g. "en", "de-CH", "ar".'),
      ),
    ),
    direction: v.optional(v.picklist(['ltr', 'rtl'])),
    publisher: PublisherSchema,
    section: v.optional(Text),
    headline: Name,
    dek: v.optional(Text),
    summary: v.optional(Text),
    dateline: v.optional(Text),
    published: v.optional(timestamp()),
    modified: v.optional(timestamp()),
    authors: v.optional(list(PersonSchema)),
    image: v.optional(ImageSchema),
    body: v.pipe(v.array(BlockSchema), v.minLength(1), v.maxLength(LIMITS.blocks)),
    share: v.optional(ShareSchema),
    related: v.optional(RelatedSchema),
    rights: v.optional(Text),
  }),
  v.title('News article, format version 1'),
  v.description('One news article for the news-widgets elements (ARTICLE-FORMAT.md).'),
);

/**
 * Named parts of the format: `$defs` of the JSON Schema, and the names `parsePart` takes to
 * validate one part alone (a quote given to `<news-quote>`, say).
 */
export const DEFINITIONS = {
  Text,
  Name,
  WebUrl,
  LinkUrl,
  Image: ImageSchema,
  Span: SpanSchema,
  Inline: InlineSchema,
  Quote: QuoteSchema,
  Person: PersonSchema,
  Publisher: PublisherSchema,
  Share: ShareSchema,
  RelatedItem: RelatedItemSchema,
  Related: RelatedSchema,
};
