import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocaleContextValue } from '../../context/locale-context.js';
import { heading } from '../../internal/heading.js';
import { renderInline } from '../../internal/inline.js';
import type { Block, Image } from '../../model/types.js';
import { CALLOUT_PARTS, HIGHLIGHTS_PARTS, QUOTE_PARTS } from './news-article.parts.js';

export interface BlockContext {
  /** Level of headings inside the body (the headline's level + 1). */
  level: number;
  /** Localised default titles (marked with the UI language where it is not the article's). */
  keyTakeaways: unknown;
  /** Shown before the first paragraph. */
  dateline?: string;
  /**
   * The article's locale, passed to the nested elements as a property too: context needs events,
   * and a server renderer has none, so this is how they get it there.
   */
  locale?: LocaleContextValue;
}

/**
 * A figure with caption and credit; width and height reserve the space before the image loads. A
 * lead image loads at once (not lazily); with `first`, ahead of the page's other images.
 */
export function renderFigure(image: Image, part: string, first?: boolean) {
  const eager = first !== undefined;
  const caption = image.caption || image.credit;
  // A caption that does not end a sentence would run into the credit for a screen reader: a full
  // stop, then anything but letters and digits of any script (closing quotes, brackets). Its end
  // only: the pattern is not anchored at the start, and over a whole caption took quadratic time.
  const pause =
    image.caption &&
    image.credit &&
    !/[.!?\u2026\u3002\u061f][^\p{L}\p{N}]*$/u.test(image.caption.slice(-16));
  return html`<figure part=${part} class="figure">
    <img
      src=${image.src}
      alt=${image.alt}
      width=${ifDefined(image.width)}
      height=${ifDefined(image.height)}
      loading=${eager ? 'eager' : 'lazy'}
      fetchpriority=${ifDefined(first ? 'high' : undefined)}
      decoding="async"
    />
    ${
      caption
        ? html`<figcaption part="caption">
            ${image.caption ? html`<bdi>${image.caption}</bdi>` : nothing}${
              pause ? html`<span class="visually-hidden">${'. '}</span>` : nothing
            }
            ${image.credit ? html`<span part="credit" class="credit">${image.credit}</span>` : nothing}
          </figcaption>`
        : nothing
    }
  </figure>`;
}

/** One block; `index` names its parts' ids (the same on every render, and on the server). */
function renderBlock(block: Block, index: number, ctx: BlockContext, dateline: unknown): TemplateResult {
  switch (block.type) {
    case 'paragraph':
      return html`<p part="paragraph" class="paragraph">${dateline}${renderInline(block.text)}</p>`;
    case 'heading':
      return heading(ctx.level, block.text, 'subheading', undefined, 'subheading');
    case 'quote':
      return html`<news-quote
        class="block"
        exportparts=${QUOTE_PARTS}
        .quote=${block}
        .inheritedLocale=${ctx.locale}
      ></news-quote>`;
    case 'quotes': {
      const id = `quotes-${index}`;
      return html`<section part="quotes" class="quotes" aria-labelledby=${id}>
        ${heading(ctx.level, block.title || ctx.keyTakeaways, 'quotes-title', id, 'heading')}
        ${block.items.map(
          (quote) =>
            html`<news-quote
              exportparts=${QUOTE_PARTS}
              .quote=${quote}
              .inheritedLocale=${ctx.locale}
            ></news-quote>`,
        )}
      </section>`;
    }
    case 'highlights':
      return html`<news-highlights
        exportparts=${HIGHLIGHTS_PARTS}
        .items=${block.items}
        .heading=${block.title ?? ''}
        .inheritedLocale=${ctx.locale}
        heading-level=${ctx.level}
      ></news-highlights>`;
    case 'callout':
      return html`<news-callout
        exportparts=${CALLOUT_PARTS}
        tone=${block.tone ?? 'note'}
        .heading=${block.title ?? ''}
        .text=${block.text}
        .inheritedLocale=${ctx.locale}
        heading-level=${ctx.level}
      ></news-callout>`;
    case 'image':
      return renderFigure(block, 'figure');
  }
}

/** Every block in order; the dateline opens the first paragraph (or stands alone before the body). */
export function renderBlocks(blocks: Block[], ctx: BlockContext) {
  const dateline = ctx.dateline
    ? // The space as a value: the build's template minifier drops a trailing space.
      html`<span part="dateline" class="dateline">${ctx.dateline}</span>${' '}`
    : nothing;
  const first = blocks[0]?.type === 'paragraph';
  return html`${first || dateline === nothing ? nothing : html`<p class="paragraph">${dateline}</p>`}
  ${blocks.map((block, i) => renderBlock(block, i, ctx, i === 0 && first ? dateline : nothing))}`;
}
