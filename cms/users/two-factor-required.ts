import { hasRole } from '../access/has-role'
import { peopleManagerRoles } from '../access/role-groups'

/**
 * Whether this user must have two-factor sign-in: admins and marketers in production (they reach people's personal
 * data). Elsewhere it is optional, so a fresh `npm start` and the tests still sign in with a password alone.
 */
export const twoFactorRequired = ({ user, production }: { user: { roles?: unknown; collection?: string } | null | undefined; production: boolean }): boolean =>
  production && hasRole({ user, roles: peopleManagerRoles })
