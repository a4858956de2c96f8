import type { Access } from 'payload'

import { hasRole } from '../access/has-role'

/** Newsletter lists: marketers and admins see all; everyone else (the site's form, editors) only the public ones. */
export const publicListsOrPeopleManager: Access = ({ req }) => {
  if (hasRole({ user: req.user, roles: ['admin', 'marketer'] })) return true
  return { visibility: { equals: 'public' } }
}
