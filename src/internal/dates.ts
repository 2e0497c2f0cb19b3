import { html, nothing } from 'lit';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A `<time datetime>` formatted for `lang`; nothing when the value is not a date. */
export function renderTime(value: string | undefined, lang: string, part: string, withTime = false) {
  if (!value) return nothing;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return nothing;
  const key = `${lang}|${withTime}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = withTime
      ? {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          hour: 'numeric',
          minute: '2-digit',
          timeZone: 'UTC',
          timeZoneName: 'short',
        }
      : { dateStyle: 'medium', timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(lang, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    formats.set(key, format);
  }
  return html`<time part=${part} datetime=${value}>${format.format(date)}</time>`;
}
