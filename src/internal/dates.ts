import { html, nothing } from 'lit';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A `<time datetime>` formatted for `lang`; nothing when the value is not a date. The day and hour
 * are the source's, in the offset it was written with (`+03:00` shows as GMT+3), as on the
 * publisher's own page; `Z`, and offsets that are not whole hours (no fixed zone names them), show
 * as UTC. Server and browser agree, whatever their own zones.
 */
export function renderTime(value: string | undefined, lang: string, part: string, withTime = false) {
  if (!value) return nothing;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return nothing;
  const [, sign, hours] = /([+-])(\d\d)(?::?00)?$/.exec(value) ?? [];
  // Etc/GMT zones count the other way: Etc/GMT-3 is three hours ahead of UTC. They run from -14
  // to +12; an offset no place has (-13:00, +15:00) makes Intl throw, and shows in UTC.
  const timeZone = +hours ? `Etc/GMT${sign === '+' ? '-' : '+'}${+hours}` : 'UTC';
  const key = `${lang}|${withTime}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = withTime
      ? {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
          timeZone,
          timeZoneName: 'short',
        }
      : { dateStyle: 'medium', timeZone };
    try {
      format = new Intl.DateTimeFormat(lang, options);
    } catch {
      // A language or zone this engine lacks: English, in UTC.
      format = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
    formats.set(key, format);
  }
  return html`<time part=${part} datetime=${value}>${format.format(date)}</time>`;
}
