/** The allowed values of the format's enumerations (shared by the schema, the elements and tests). */
export const MARKS = ['em', 'strong'] as const;
export const TONES = ['note', 'info', 'warning', 'risk'] as const;
export const TARGETS = [
  'native',
  'copy',
  'x',
  'facebook',
  'linkedin',
  'whatsapp',
  'telegram',
  'reddit',
  'bluesky',
  'email',
] as const;
