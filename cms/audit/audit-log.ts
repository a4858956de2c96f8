import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/is-admin'
import { nobody } from '../access/nobody'

/**
 * Who created, changed, published, unpublished or deleted what, and when. Written only by hooks (overrideAccess),
 * never through the API; readable by admins. Holds CMS users' ids, not their addresses.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  admin: { useAsTitle: 'summary', defaultColumns: ['createdAt', 'action', 'entity', 'summary', 'user'], group: 'System' },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: ['create', 'update', 'publish', 'unpublish', 'delete', 'role-change', 'restore', 'withdraw'].map((v) => ({ label: v, value: v })),
    },
    { name: 'entity', type: 'text', required: true, index: true, admin: { description: 'collection or global slug' } },
    { name: 'entityId', type: 'text', index: true },
    { name: 'summary', type: 'text' },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true },
    { name: 'changes', type: 'json', admin: { description: 'Names of the fields that changed (never their values).' } },
  ],
}
