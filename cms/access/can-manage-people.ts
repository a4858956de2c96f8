import { hasRole } from './has-role'
import { peopleManagerRoles } from './role-groups'

type MaybeUser = Parameters<typeof hasRole>[0]['user']

/** The role check behind isPeopleManager, for endpoints and admin components that have a user rather than access args. */
export const canManagePeople = ({ user }: { user: MaybeUser }): boolean => hasRole({ user, roles: peopleManagerRoles })
