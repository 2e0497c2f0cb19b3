/** Registers `<share-prompt>` (importing this module is the side effect). */
import '../internal/context-root.js';
import { SharePrompt } from '../elements/share-prompt/share-prompt.js';
import { define } from '../internal/define.js';

define('share-prompt', SharePrompt);

export { SharePrompt };

declare global {
  interface HTMLElementTagNameMap {
    'share-prompt': SharePrompt;
  }
}
