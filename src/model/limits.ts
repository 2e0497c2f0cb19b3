/**
 * Limits that keep a hostile or broken feed from freezing a page (ARTICLE-FORMAT.md, "Validation").
 * Past a limit the extra is dropped with a warning.
 */
export const LIMITS = {
  /** Largest fetched document, in bytes. */
  documentBytes: 2 * 1024 * 1024,
  /** Most blocks in `body`. */
  blocks: 2000,
  /** Most items in any other list. */
  items: 100,
  /**
   * Most entries in all the body's lists together (blocks, quotes, list items, spans; marks aside):
   * each list's own limit alone would let 2,000 blocks of 100 quotes through. Past it, whole blocks
   * are left out.
   */
  entries: 10000,
  /** Most characters (UTF-16 code units) in any string. */
  string: 20000,
} as const;
