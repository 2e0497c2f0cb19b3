export { TONES } from '../../model/values.js';
export type { Tone } from '../../model/types.js';
