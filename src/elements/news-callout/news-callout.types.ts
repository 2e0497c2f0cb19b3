export { TONES } from '../../model/schema.js';
export type { Tone } from '../../model/types.js';
