import { hasRole } from './has-role'
import { adminRoles } from './role-groups'

type MaybeUser = Parameters<typeof hasRole>[0]['user']

/** The role check behind isAdmin, for endpoints and admin components that have a user rather than access args. */
export const isAdminUser = ({ user }: { user: MaybeUser }): boolean => hasRole({ user, roles: adminRoles })
