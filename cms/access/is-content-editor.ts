import type { Access } from 'payload'

import { hasRole } from './has-role'

export const isContentEditor: Access = ({ req }) => hasRole({ user: req.user, roles: ['admin', 'marketer', 'editor'] })
