import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';

const TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamps a heading level attribute to 1–6 (default `fallback`). */
export function clampLevel(level: unknown, fallback: number): number {
  const n = Math.trunc(Number(level));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 6) : fallback;
}

/** A real `<hN>` element: the host page decides where our headings sit in its outline. */
export function heading(level: number, content: unknown, part: string, id?: string, classes = '') {
  const tag = TAGS[clampLevel(level, 2) - 1];
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- static tag from lit/static-html
  return html`<${tag} part=${part} id=${ifDefined(id)} class=${ifDefined(classes || undefined)}>${content}</${tag}>`;
}
