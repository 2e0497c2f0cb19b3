import { html, isServer, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { renderTime } from '../../internal/dates.js';
import { splice as spliceText, type Translate } from '../../i18n/index.js';
import { heading } from '../../internal/heading.js';
import { renderPlaceholder } from '../../internal/placeholder.js';
import type { LocaleContextValue } from '../../context/locale-context.js';
import type { Article } from '../../model/types.js';
import { renderFigure } from './news-article.blocks.js';
import { RELATED_PARTS, SHARE_PARTS } from './news-article.parts.js';

/**
 * {@link spliceText} for a template: an empty piece is `nothing`, not `''`, which Lit's hydration
 * would give no text node (text arriving later, with a language pack, would go into a comment).
 */
const splice = (template: string, name: string, node: unknown) =>
  spliceText(template, name, node).map((piece) => (piece === '' ? nothing : piece));

/** What the parts around the body need of the element: its UI language and strings. */
export interface FrameContext {
  /** The UI language (dates, the list of authors). */
  lang: string;
  /** The UI language where it is not the article's, to mark UI text with; else undefined. */
  mark?: string;
  /** The UI's direction. */
  dir: 'ltr' | 'rtl';
  t: Translate;
  /** UI text, marked with the UI language where needed (`NewsElement.ui`). */
  ui: (text: unknown) => unknown;
}

/**
 * The lead image: the page's first article's is likely its largest, so it is fetched first. (The
 * server, rendering one article at a time, cannot know which is first.)
 */
export const renderLeadImage = (a: Article, host: Element) =>
  a.image
    ? renderFigure(
        a.image,
        'lead-image',
        !isServer && host.ownerDocument.querySelector(host.localName) === host,
      )
    : nothing;

/** Brand, section, headline, dek and byline. */
export function renderHeader(a: Article, level: number, c: FrameContext) {
  const publisher = a.publisher;
  const brand = publisher.logo
    ? html`<img
        src=${publisher.logo.src}
        alt=${publisher.logo.alt || publisher.name}
        width=${publisher.logo.width ?? nothing}
        height=${publisher.logo.height ?? nothing}
      />`
    : publisher.name;
  // Byline pieces are UI text: marked where the UI's language is not the article's.
  const lang = ifDefined(c.mark);
  const dir = ifDefined(c.mark && c.dir);
  // Each name isolated: an Arabic name in a German byline must not swap places with the next one.
  const names = a.authors?.length
    ? new Intl.ListFormat(c.lang, { type: 'conjunction' })
        .formatToParts(a.authors.map((p) => p.name))
        .map((part) => (part.type === 'element' ? html`<bdi>${part.value}</bdi>` : part.value))
    : undefined;
  const pieces = [
    names && splice(c.t('byline'), 'names', names),
    a.published && splice(c.t('published'), 'date', renderTime(a.published, c.lang, 'published', true)),
    a.modified &&
      a.modified !== a.published &&
      splice(c.t('updated'), 'date', renderTime(a.modified, c.lang, 'modified', true)),
  ].filter((piece) => piece);
  return html`<header part="header">
    <div class="masthead">
      ${
        publisher.url
          ? html`<a part="brand" class="brand" href=${publisher.url}>${brand}</a>`
          : html`<span part="brand" class="brand">${brand}</span>`
      }
      ${a.section ? html`<span part="section" class="section">${a.section}</span>` : nothing}
    </div>
    ${heading(level, a.headline, 'headline', 'headline', 'headline')}
    ${a.dek ? html`<p part="dek" class="dek">${a.dek}</p>` : nothing}
    ${
      pieces.length
        ? html`<p part="byline" class="byline">
            ${pieces.map(
              (piece, i) =>
                // The pieces sit apart on screen; a screen reader needs the pause spelled out
                // (as a value: the build's template minifier trims the space of a literal one).
                html`<span class=${i || !names ? '' : 'authors'} lang=${lang} dir=${dir}
                  >${piece}${i < pieces.length - 1 ? html`<span class="visually-hidden">${'. '}</span>` : nothing}</span
                >`,
            )}
          </p>`
        : nothing
    }
  </header>`;
}

/**
 * The source with `rights`. When `syndicated`, "Originally published by" and a link to the story on
 * the publisher's site; on that site itself the name alone (a link there would lead to this page).
 */
export function renderAttribution(a: Article, syndicated: boolean, c: FrameContext) {
  const source = html`<a href=${a.url}>${a.publisher.name}</a>`;
  return html`<footer part="attribution" class="attribution" ?data-syndicated=${syndicated}>
    ${
      syndicated
        ? c.ui(splice(c.t('originallyPublished'), 'publisher', source))
        : html`<bdi>${a.publisher.name}</bdi>`
    }${
      // No break before the dot; an entity, as the minifier trims a leading space.
      a.rights ? html`&nbsp;· <bdi>${a.rights}</bdi>` : nothing
    }
  </footer>`;
}

/** The placeholder while `src` loads: the article's shape, 720 px wide where the page allows. */
export function renderSkeleton(t: Translate, lang?: string) {
  return renderPlaceholder(
    t('loading'),
    html`<svg class="spacer" width="720" height="0" aria-hidden="true"></svg>
      <div class="bone b-brand"></div>
      <div class="bone b-title"></div>
      <div class="bone b-title b-short"></div>
      <div class="bone"></div>
      <div class="bone b-media"></div>
      ${[1, 2, 3, 4, 5, 6].map(() => html`<div class="bone"></div>`)}`,
    lang,
  );
}

/** The share prompt, in its slot: a page's own `<share-prompt slot="share">` (or anything) replaces it. */
export const renderShareSlot = (a: Article, locale?: LocaleContextValue) =>
  html`<slot name="share"
    ><share-prompt exportparts=${SHARE_PARTS} .article=${a} .inheritedLocale=${locale}></share-prompt
  ></slot>`;

/** The related stories, in their slot, with their title at `level` (at most 6). */
export const renderRelatedSlot = (a: Article, level: number, locale?: LocaleContextValue) =>
  html`<slot name="related"
    >${
      a.related?.items.length
        ? html`<related-news
            exportparts=${RELATED_PARTS}
            heading-level=${Math.min(level, 6)}
            .article=${a}
            .inheritedLocale=${locale}
          ></related-news>`
        : nothing
    }</slot
  >`;
