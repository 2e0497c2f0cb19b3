/** Schemes a rendered `href` or `src` may carry. Anything else (`javascript:`, `data:`, ...) is unsafe. */
const WEB = ['http:', 'https:'];
const LINK = [...WEB, 'mailto:'];

/**
 * Pattern the JSON Schema publishes for URL fields: an absolute http(s) URL, or a relative
 * reference (no scheme before the first `/`, `?` or `#`). The runtime check is {@link resolveUrl},
 * which uses the browser's own URL parser; this is its declarative twin for publishers' pipelines.
 */
export const URL_PATTERN = /^(?:[Hh][Tt][Tt][Pp][Ss]?:|[^:/?#]*(?:[/?#]|$))/;
/** Like {@link URL_PATTERN}, but `mailto:` is allowed too (links in text). */
export const LINK_PATTERN = /^(?:[Hh][Tt][Tt][Pp][Ss]?:|[Mm][Aa][Ii][Ll][Tt][Oo]:|[^:/?#]*(?:[/?#]|$))/;
/** The canonical article URL must be absolute http(s). (No regex flags: JSON Schema has none.) */
export const ABSOLUTE_PATTERN = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+/;

/**
 * Resolves `value` against `base` and returns the absolute URL, or `undefined` when it is not a
 * URL or its scheme is unsafe. Whitespace and control characters that browsers strip (the
 * `java\tscript:` trick) are handled by the URL parser itself.
 */
export function resolveUrl(value: string, base?: string, allowMailto = false): string | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return (allowMailto ? LINK : WEB).includes(url.protocol) ? url.href : undefined;
}

/** True when `href` is on another origin than `origin` (used for the syndication attribution). */
export function isOtherOrigin(href: string, origin: string): boolean {
  try {
    return new URL(href).origin !== origin;
  } catch {
    return true;
  }
}
