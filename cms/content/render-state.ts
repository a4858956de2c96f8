import type { GlobalConfig } from 'payload'
import { nobody } from '../access/nobody'

/** The render cache's version (see hooks/render-version.ts). Internal: hidden, and no API can read or write it. */
export const RenderState: GlobalConfig = {
  slug: 'render-state',
  admin: { hidden: true },
  access: { read: nobody, update: nobody },
  fields: [{ name: 'version', type: 'number', defaultValue: 0 }],
}
