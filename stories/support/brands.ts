/**
 * Brand presets: the global CSS custom properties a partner sets on its page (or on the element)
 * to restyle every widget. Colours use light-dark(), so a brand works in both themes. Every pair
 * of text and surface colours here has a contrast of at least 6:1.
 */
export interface Brand {
  title: string;
  properties: Record<`--news-${string}`, string>;
}

export const BRANDS = {
  default: { title: 'Default', properties: {} },
  nordic: {
    title: 'Partner: Nordic Daily',
    properties: {
      '--news-color-text': 'light-dark(#14212b, #e8eef3)',
      '--news-color-text-muted': 'light-dark(#44525e, #a9b7c3)',
      '--news-color-surface': 'light-dark(#f4f7f9, #0f1820)',
      '--news-color-surface-alt': 'light-dark(#e4ecf2, #1a2732)',
      '--news-color-border': 'light-dark(#c3d0da, #33424f)',
      '--news-color-accent': 'light-dark(#0b5394, #8cc4ff)',
      '--news-color-link': 'light-dark(#0b5394, #8cc4ff)',
      '--news-color-focus': 'light-dark(#0b5394, #8cc4ff)',
      '--news-font-heading':
        "'Avenir Next', 'Segoe UI', 'Helvetica Neue', 'Liberation Sans', Arial, sans-serif",
      '--news-font-body': "Charter, 'Bitstream Charter', Cambria, 'DejaVu Serif', serif",
      '--news-font-ui': "'Avenir Next', 'Segoe UI', 'Helvetica Neue', 'Liberation Sans', Arial, sans-serif",
      '--news-radius': '2px',
    },
  },
  harbour: {
    title: 'Partner: Harbour Gazette',
    properties: {
      '--news-color-text': 'light-dark(#1c1917, #f5f5f4)',
      '--news-color-text-muted': 'light-dark(#57534e, #c7c2bd)',
      '--news-color-surface': 'light-dark(#fffaf3, #1c1917)',
      '--news-color-surface-alt': 'light-dark(#f5ebdd, #292524)',
      '--news-color-border': 'light-dark(#e2d6c4, #44403c)',
      '--news-color-accent': 'light-dark(#9a3412, #fdba74)',
      '--news-color-link': 'light-dark(#1e3a8a, #a5b4fc)',
      '--news-color-focus': 'light-dark(#1e3a8a, #a5b4fc)',
      '--news-font-heading': "'Playfair Display', Didot, Georgia, 'DejaVu Serif', serif",
      '--news-font-body': "Georgia, 'DejaVu Serif', serif",
      '--news-font-ui': "'Gill Sans', 'Trebuchet MS', 'DejaVu Sans', sans-serif",
      '--news-radius': '10px',
    },
  },
} satisfies Record<string, Brand>;

export type BrandName = keyof typeof BRANDS;
