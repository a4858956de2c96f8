import { APIError, type CollectionConfig, type PayloadHandler } from 'payload'

import { DomainError, errorResponse, requestLocale } from '../errors'
import { isAdmin } from '../access/is-admin'
import { exportConsentRecords } from './export-consent-records'
import { verifyConsentChain } from './verify-consent-chain'
import { isAdminUser } from '../access/is-admin-user'
import { nobody } from '../access/nobody'
import { personalField } from '../encryption/personal-field'

const adminOnly = (handler: PayloadHandler): PayloadHandler => async (req) => {
  if (!isAdminUser({ user: req.user })) return errorResponse({ error: new DomainError({ code: 'auth.admins-only' }), locale: requestLocale(req) })
  return handler(req)
}

const refuse = (message: string): never => {
  throw new APIError(message, 403, undefined, true)
}

const parseDate = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' || value === '') return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/**
 * The consent ledger: every consent given or withdrawn, append-only and hash-chained. Written only through
 * appendConsentRecord(); no API can change or delete a record. Erasure may only pseudonymise the subject reference
 * (the chain covers a digest of it, so it keeps verifying). Admins verify the chain and export records.
 */
export const ConsentRecords: CollectionConfig = {
  slug: 'consent-records',
  admin: {
    useAsTitle: 'sequence',
    defaultColumns: ['sequence', 'recordedAt', 'source', 'action', 'granted', 'refused', 'locale'],
    group: 'Privacy',
    description: 'Append-only, hash-chained. Verify: /api/consent-records/verify · Export: /api/consent-records/export?format=csv&subject=…&from=…&to=…',
  },
  defaultSort: '-sequence',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: {
    beforeChange: [
      ({ operation, context, data, originalDoc }) => {
        if (operation === 'create') {
          if (context.ledgerAppend !== true) refuse('Consent records are written by the consent flows only.')
          return data
        }
        // Erasure: only the subject reference (and its contact link) may be replaced, and only by the erasure flow.
        const changed = Object.keys(data).filter((k) => !['updatedAt', 'subjectRef', 'contact'].includes(k) && JSON.stringify(data[k]) !== JSON.stringify(originalDoc?.[k]))
        if (context.erasure !== true || changed.length > 0) refuse('Consent records cannot be changed.')
        return data
      },
    ],
    beforeDelete: [() => refuse('Consent records cannot be deleted.')],
  },
  endpoints: [
    {
      path: '/verify',
      method: 'get',
      handler: adminOnly(async (req) => Response.json(await verifyConsentChain({ payload: req.payload }))),
    },
    {
      path: '/export',
      method: 'get',
      handler: adminOnly(async (req) => {
        const format = req.searchParams.get('format') === 'csv' ? 'csv' : 'json'
        const body = await exportConsentRecords({
          payload: req.payload,
          format,
          subjectRef: req.searchParams.get('subject') || undefined,
          from: parseDate(req.searchParams.get('from')),
          to: parseDate(req.searchParams.get('to')),
        })
        return new Response(body, {
          headers: {
            'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
            'Content-Disposition': `attachment; filename="consent-records.${format}"`,
            'Cache-Control': 'no-store',
          },
        })
      }),
    },
  ],
  fields: [
    { name: 'sequence', type: 'number', required: true, unique: true, index: true },
    { name: 'subjectRef', type: 'text', required: true, admin: { description: 'The banner consent id, or the person (contact:ID; subscriber:ID in records written before contacts).' } },
    // Not part of the hashed content (the chain covers subjectDigest): a lookup link to the person, set when the
    // record is appended and, for records older than contacts, by the migration from their `subscriber:ID`.
    { name: 'contact', type: 'relationship', relationTo: 'contacts', index: true, admin: { readOnly: true } },
    { name: 'subjectDigest', type: 'text', required: true, index: true },
    { name: 'eventId', type: 'text', unique: true, index: true },
    {
      name: 'source',
      type: 'select',
      required: true,
      index: true,
      options: ['banner', 'newsletter', 'webinar', 'trial', 'form', 'preference-center', 'crm'].map((v) => ({ label: v, value: v })),
    },
    { name: 'action', type: 'select', required: true, options: ['given', 'withdrawn', 'updated'].map((v) => ({ label: v, value: v })) },
    { name: 'granted', type: 'json', required: true },
    { name: 'refused', type: 'json', required: true },
    { name: 'policyVersion', type: 'text', required: true },
    { name: 'policyHash', type: 'text', required: true },
    { name: 'wordingId', type: 'text', required: true },
    { name: 'wordingHash', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
    ...personalField({ collection: 'consent-records', name: 'ipTruncated', type: 'text' }),
    { name: 'browserFamily', type: 'text' },
    { name: 'recordedAt', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'previousHash', type: 'text', required: true },
    { name: 'hash', type: 'text', required: true, unique: true },
  ],
}
