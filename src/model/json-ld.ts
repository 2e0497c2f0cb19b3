import type { Article, Image, Person, Quote } from './types.js';

/** A schema.org ImageObject: width and height only when the article gives them. */
const image = (i: Image) => ({
  '@type': 'ImageObject',
  url: i.src,
  width: i.width,
  height: i.height,
  caption: i.caption,
});

const person = (name: string, url?: string, jobTitle?: string) => ({
  '@type': 'Person',
  name,
  url,
  jobTitle,
});

const quotation = (q: Quote) => {
  const speaker = q.speaker ? person(q.speaker, undefined, q.role) : undefined;
  return {
    '@type': 'Quotation',
    text: q.text,
    creator: speaker,
    spokenByCharacter: speaker,
    description: q.context,
    isBasedOn: q.cite,
  };
};

/**
 * The schema.org `NewsArticle` of a validated article (headline, description, image, dates,
 * authors, publisher, dateline, and every quote as a `Quotation`), as an object for JSON.
 * Absent fields are `undefined`, which `JSON.stringify` leaves out.
 */
export function newsArticleLd(a: Article): Record<string, unknown> {
  const quotes = a.body.flatMap((b) => (b.type === 'quote' ? [b] : b.type === 'quotes' ? b.items : []));
  const p = a.publisher;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': a.url,
    url: a.url,
    mainEntityOfPage: a.url,
    identifier: a.id,
    headline: a.headline,
    description: a.summary ?? a.dek,
    image: a.image && [image(a.image)],
    datePublished: a.published,
    dateModified: a.modified ?? a.published,
    author: a.authors?.map((x: Person) => person(x.name, x.url, x.role)),
    publisher: { '@type': 'Organization', name: p.name, url: p.url, logo: p.logo && image(p.logo) },
    dateline: a.dateline,
    articleSection: a.section,
    inLanguage: a.language ?? 'en',
    copyrightNotice: a.rights,
    hasPart: quotes.length ? quotes.map(quotation) : undefined,
  };
}

/**
 * JSON for the inside of a `<script>` element: `<` (so neither `</script>` nor `<!--` can end or
 * change the element) and U+2028/U+2029 become `\u` escapes, which mean the same in JSON.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The text of a `<script type="application/ld+json">` for a validated article. */
export function jsonLd(a: Article): string {
  return scriptJson(newsArticleLd(a));
}
