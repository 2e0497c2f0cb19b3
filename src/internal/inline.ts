import { html, nothing } from 'lit';
import type { Inline, Span } from '../model/types.js';

function span({ text, marks, href }: Span) {
  let content: unknown = text;
  if (marks?.includes('em')) content = html`<em>${content}</em>`;
  if (marks?.includes('strong')) content = html`<strong>${content}</strong>`;
  // href was checked by the validator: http(s) or mailto only.
  return href ? html`<a part="link" href=${href} rel="noopener noreferrer">${content}</a>` : content;
}

/** Renders validated inline text: no HTML strings, so nothing in the data can become markup. */
export function renderInline(text: Inline | undefined) {
  if (text === undefined) return nothing;
  return typeof text === 'string' ? text : text.map(span);
}
