import type { Access } from 'payload'

import { hasRole } from './has-role'

export const isAdmin: Access = ({ req }) => hasRole({ user: req.user, roles: ['admin'] })
