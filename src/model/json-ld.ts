import type { Article } from './types.js';

// Written for bytes: this ships in the script-tag bundle (for `<news-article seo>`).
const TYPE = '@type';
const person = (name: string, url?: string, jobTitle?: string) => ({ [TYPE]: 'Person', name, url, jobTitle });

/**
 * The schema.org `NewsArticle` of a validated article, as an object for JSON: headline,
 * description (summary, else dek), image, dates, authors, publisher with logo, dateline, language,
 * canonical URL (`url`), and every quote as a `Quotation` with its speaker. Absent fields are `undefined`,
 * which `JSON.stringify` leaves out.
 */
export function newsArticleLd(a: Article): Record<string, unknown> {
  const p = a.publisher;
  const quotes = a.body.flatMap((b) => (b.type === 'quote' ? [b] : b.type === 'quotes' ? b.items : []));
  return {
    '@context': 'https://schema.org',
    [TYPE]: 'NewsArticle',
    url: a.url,
    headline: a.headline,
    description: a.summary ?? a.dek,
    image: a.image?.src,
    datePublished: a.published,
    dateModified: a.modified,
    author: a.authors?.map((x) => person(x.name, x.url, x.role)),
    publisher: { [TYPE]: 'Organization', name: p.name, url: p.url, logo: p.logo?.src },
    dateline: a.dateline,
    inLanguage: a.language,
    hasPart: quotes.length
      ? quotes.map((q) => ({
          [TYPE]: 'Quotation',
          text: q.text,
          spokenByCharacter: q.speaker && person(q.speaker, undefined, q.role),
        }))
      : undefined,
  };
}

/**
 * JSON for the inside of a `<script>` element: `<` (so neither `</script>` nor `<!--` can end or
 * change the element), U+2028 and U+2029 become `\u` escapes, which mean the same in JSON.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(
    /[<\u2028\u2029]/g,
    (c) => `\\u${(c.charCodeAt(0) + 65536).toString(16).slice(1)}`,
  );

/** The text of a `<script type="application/ld+json">` for a validated article, for HTML source. */
export const jsonLd = (a: Article): string => scriptJson(newsArticleLd(a));
