import { hasRole } from './has-role'
import { contentEditorRoles } from './role-groups'

type MaybeUser = Parameters<typeof hasRole>[0]['user']

/** The role check behind isContentEditor, for hooks and endpoints that have a user rather than access args. */
export const canEditContent = ({ user }: { user: MaybeUser }): boolean => hasRole({ user, roles: contentEditorRoles })
