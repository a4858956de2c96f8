export const roles = ['admin', 'marketer', 'editor'] as const
export type Role = (typeof roles)[number]

type MaybeUser = { roles?: unknown; collection?: string } | null | undefined

/** True when a signed-in CMS user holds one of the roles; anything else (anonymous, API key without roles) is false. */
export const hasRole = ({ user, roles: wanted }: { user: MaybeUser; roles: readonly Role[] }): boolean => {
  if (!user || user.collection !== 'users' || !Array.isArray(user.roles)) return false
  return user.roles.some((r) => wanted.includes(r as Role))
}
