import type { Access } from 'payload'

import { canEditContent } from './can-edit-content'

/** The public sees published documents only; CMS users also see drafts (for preview). */
export const publishedOrEditor: Access = ({ req }) => {
  if (canEditContent({ user: req.user })) return true
  return { _status: { equals: 'published' } }
}
