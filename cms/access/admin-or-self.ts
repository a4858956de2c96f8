import type { Access } from 'payload'

import { hasRole } from './has-role'

/** Admins manage every account; everyone else may only see and change their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole({ user: req.user, roles: ['admin'] })) return true
  if (req.user?.collection === 'users') return { id: { equals: req.user.id } }
  return false
}
