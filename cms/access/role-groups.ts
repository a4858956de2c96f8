import type { Role } from './has-role'

/** Who may read and change personal data (people, mail, campaigns): never editors, never the public. */
export const peopleManagerRoles: readonly Role[] = ['admin', 'marketer']
/** Who may write site content. */
export const contentEditorRoles: readonly Role[] = ['admin', 'marketer', 'editor']
export const adminRoles: readonly Role[] = ['admin']
