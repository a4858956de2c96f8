import type { CollectionConfig, FieldAccess } from 'payload'

import { adminOrSelf } from '../access/admin-or-self'
import { hasRole, roles } from '../access/has-role'
import { isAdmin } from '../access/is-admin'
import { isAdminUser } from '../access/is-admin-user'
import { keepFieldErrors } from '../errors'
import { enforcePasswordPolicy } from './enforce-password-policy'
import { twoFactorEndpoints } from './two-factor-endpoints'
import { twoFactorFields } from './two-factor-fields'

const adminOnlyField: FieldAccess = ({ req }) => isAdminUser({ user: req.user })

/** CMS accounts. Roles decide everything; only admins grant them, so nobody can promote themselves. */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    // Lock accounts after repeated failures: brute force is the first thing an admin login meets.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // `secure` comes from the wiring file: it follows PUBLIC_URL's scheme (https: Secure cookies; local http: not).
    cookies: { sameSite: 'Lax' },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles', 'twoFactorEnabled'] },
  endpoints: twoFactorEndpoints,
  access: {
    admin: ({ req }) => hasRole({ user: req.user, roles }),
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: [enforcePasswordPolicy],
    // The policy's refusal must reach the admin with its reason (see keep-field-errors.ts).
    afterError: [keepFieldErrors],
    beforeChange: [
      // The very first account (created from the admin's "create first user" screen) must be able to run the site.
      async ({ req, operation, data }) => {
        if (operation !== 'create') return data
        const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
        if (totalDocs === 0) return { ...data, roles: ['admin'] }
        return data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: [
        { label: 'Admin (everything, incl. users and settings)', value: 'admin' },
        { label: 'Marketer (content, media and people)', value: 'marketer' },
        { label: 'Editor (content and media only)', value: 'editor' },
      ],
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    ...twoFactorFields,
  ],
}
