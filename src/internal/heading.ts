import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Clamps a heading level attribute to 1–6 (default `fallback`). */
export function clampLevel(level: unknown, fallback: number): number {
  const n = Math.trunc(Number(level));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 6) : fallback;
}

/**
 * A real `<hN>` element: the host page decides where our headings sit in its outline. (One
 * template per level: smaller than lit/static-html for six tags.)
 */
export function heading(level: number, content: unknown, part: string, id?: string, classes?: string) {
  const i = ifDefined(id);
  const c = ifDefined(classes);
  const templates: Record<number, () => TemplateResult> = {
    1: () => html`<h1 part=${part} id=${i} class=${c}>${content}</h1>`,
    2: () => html`<h2 part=${part} id=${i} class=${c}>${content}</h2>`,
    3: () => html`<h3 part=${part} id=${i} class=${c}>${content}</h3>`,
    4: () => html`<h4 part=${part} id=${i} class=${c}>${content}</h4>`,
    5: () => html`<h5 part=${part} id=${i} class=${c}>${content}</h5>`,
    6: () => html`<h6 part=${part} id=${i} class=${c}>${content}</h6>`,
  };
  return templates[clampLevel(level, 2)]();
}
