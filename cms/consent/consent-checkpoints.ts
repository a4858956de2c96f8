import { APIError, type CollectionConfig } from 'payload'

import { isAdmin } from '../access/is-admin'
import { nobody } from '../access/nobody'

const refuse = (message: string): never => {
  throw new APIError(message, 403, undefined, true)
}

/**
 * Signed checkpoints of the consent ledger's head (see checkpoint-signature.ts): written every 50 records and at
 * every export, checked by the ledger verification. Append-only like the ledger; admins read them.
 */
export const ConsentCheckpoints: CollectionConfig = {
  slug: 'consent-checkpoints',
  admin: { useAsTitle: 'sequence', defaultColumns: ['sequence', 'at', 'reason'], group: 'Privacy', description: 'Signed snapshots of the consent ledger’s head; the ledger verification checks the chain against them.' },
  defaultSort: '-sequence',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: {
    beforeChange: [
      ({ operation, context, data }) => {
        if (operation !== 'create' || context.checkpointWrite !== true) refuse('Checkpoints are written by the ledger only and never changed.')
        return data
      },
    ],
    beforeDelete: [() => refuse('Checkpoints cannot be deleted.')],
  },
  fields: [
    { name: 'sequence', type: 'number', required: true, index: true },
    { name: 'headHash', type: 'text', required: true },
    { name: 'at', type: 'date', required: true },
    { name: 'reason', type: 'select', required: true, options: ['periodic', 'export'].map((v) => ({ label: v, value: v })) },
    { name: 'signature', type: 'text', required: true },
  ],
}
