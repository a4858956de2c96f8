import type { Access } from 'payload'

import { canManagePeople } from '../access/can-manage-people'

/** Newsletter lists: marketers and admins see all; everyone else (the site's form, editors) only the public ones. */
export const publicListsOrPeopleManager: Access = ({ req }) => {
  if (canManagePeople({ user: req.user })) return true
  return { visibility: { equals: 'public' } }
}
