export const LAYOUTS = ['list', 'grid', 'compact'] as const;
export type RelatedLayout = (typeof LAYOUTS)[number];
