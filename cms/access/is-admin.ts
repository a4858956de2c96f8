import type { Access } from 'payload'

import { isAdminUser } from './is-admin-user'

export const isAdmin: Access = ({ req }) => isAdminUser({ user: req.user })
