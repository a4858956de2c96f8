import type { Access } from 'payload'

import { hasRole } from './has-role'

/** Collections holding personal data: marketers and admins only, never editors or the public. */
export const isPeopleManager: Access = ({ req }) => hasRole({ user: req.user, roles: ['admin', 'marketer'] })
