import type { Access } from 'payload'

import { canManagePeople } from './can-manage-people'

/** Collections holding personal data: marketers and admins only, never editors or the public. */
export const isPeopleManager: Access = ({ req }) => canManagePeople({ user: req.user })
