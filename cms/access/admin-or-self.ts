import type { Access } from 'payload'

import { isAdminUser } from './is-admin-user'

/** Admins manage every account; everyone else may only see and change their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (isAdminUser({ user: req.user })) return true
  if (req.user?.collection === 'users') return { id: { equals: req.user.id } }
  return false
}
