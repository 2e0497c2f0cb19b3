import { newsArticleLd } from '../model/json-ld.js';
import type { Article } from '../model/types.js';

type Policy = { createScript(text: string): string };
type Factory = { createPolicy(name: string, rules: Policy): Policy };

/**
 * Under Trusted Types, the text of any `<script>`, even a data block that never runs, must be a
 * TrustedScript. This policy passes JSON we built ourselves; `null` when the page does not allow it.
 */
let policy: Policy | null | undefined;
function trusted(text: string): string | undefined {
  const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
  if (!factory) return text;
  // Tried once: a page whose `trusted-types` list leaves the name out gets one report, not one per render.
  if (policy === undefined) {
    try {
      policy = factory.createPolicy('news-widgets-json-ld', { createScript: (s) => s });
    } catch {
      policy = null;
    }
  }
  return policy?.createScript(text);
}

/**
 * Keeps one `<script type="application/ld+json">` child of `host` (light DOM: search engines do not
 * read shadow roots) holding the article's JSON-LD; none when there is no article. A server-rendered
 * one with the same text is left as it is.
 */
export function syncJsonLd(host: HTMLElement, article: Article | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]');
  if (!article) return script?.remove();
  // DOM text, never parsed as HTML: no escaping needed (the server's differs only by `\u003c`).
  const text = trusted(JSON.stringify(newsArticleLd(article)));
  if (!text || script?.text === String(text)) return;
  script ??= host.appendChild(document.createElement('script'));
  script.type = 'application/ld+json';
  script.text = text;
}
