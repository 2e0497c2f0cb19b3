import { wellFormed } from '../../model/parse.js';
import type { ShareTarget } from '../../model/types.js';
export { TARGETS } from '../../model/values.js';
export type { ShareTarget };

/** What is shared. */
export interface ShareData {
  url: string;
  title: string;
  text: string;
}

/** The actions shown when neither the `targets` attribute nor the article chooses. */
export const DEFAULT_TARGETS: ShareTarget[] = [
  'native',
  'copy',
  'x',
  'facebook',
  'linkedin',
  'whatsapp',
  'email',
];

/** Display names of the link targets (brands are not translated). */
export const TARGET_NAMES: Record<Exclude<ShareTarget, 'native' | 'copy' | 'email'>, string> = {
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  reddit: 'Reddit',
  bluesky: 'Bluesky',
};

/** encodeURIComponent throws on a lone surrogate, which a title set by a script may hold. */
const encode = (text: string) => encodeURIComponent(wellFormed(text));
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** The share URL of each link target. */
export function shareHref(target: ShareTarget, { url, title, text }: ShareData): string | undefined {
  const message = text || title;
  switch (target) {
    case 'x':
      return `https://x.com/intent/post?${q({ url, text: message })}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?${q({ u: url })}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?${q({ url })}`;
    case 'whatsapp':
      return `https://wa.me/?${q({ text: `${message} ${url}`.trim() })}`;
    case 'telegram':
      return `https://t.me/share/url?${q({ url, text: message })}`;
    case 'reddit':
      return `https://www.reddit.com/submit?${q({ url, title })}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?${q({ text: `${message} ${url}`.trim() })}`;
    case 'email':
      // encodeURIComponent, not URLSearchParams: mail clients read "+" literally.
      return `mailto:?subject=${encode(title)}&body=${encode(`${text ? `${text}\n\n` : ''}${url}`)}`;
    default:
      return undefined;
  }
}
