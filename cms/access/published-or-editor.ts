import type { Access } from 'payload'

import { hasRole } from './has-role'

/** The public sees published documents only; CMS users also see drafts (for preview). */
export const publishedOrEditor: Access = ({ req }) => {
  if (hasRole({ user: req.user, roles: ['admin', 'marketer', 'editor'] })) return true
  return { _status: { equals: 'published' } }
}
