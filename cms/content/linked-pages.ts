import type { PopulateType } from 'payload'

/** Populated pages only need what a link needs: the full layout of every linked page would be wasted work. */
export const linkedPages: PopulateType = { pages: { slug: true, title: true } }
