import { APIError, type CollectionBeforeChangeHook, type CollectionConfig, type CollectionAfterChangeHook } from 'payload'

import { isAdmin } from '../access/is-admin'
import { isPeopleManager } from '../access/is-people-manager'
import { nobodyField } from '../access/nobody-field'
import { locales } from '../../config/locales'
import { canonicalText } from './canonical-text'
import { guardPolicyState, refuseRecordDelete } from './guard-policy-state'
import { onPolicyPublished } from './on-policy-published'
import { purposes } from '../../config/processors/purposes'
import { sha256 } from '../../config/sha256'
import { auditCollection } from '../audit'
import { invalidateOnChange } from '../content'
import { canEditContent } from '../access/can-edit-content'

type Localised<T> = Partial<Record<(typeof locales)[number], T>>
type VersionDoc = {
  id?: string | number
  kind?: 'privacy' | 'cookie'
  state?: 'draft' | 'published' | 'withdrawn'
  materiality?: 'minor' | 'major'
  effectiveDate?: string
  noticeDays?: number
  content?: unknown
  changeSummary?: string | null
}

const refuse = (message: string, status = 400): never => {
  throw new APIError(message, status, undefined, true)
}

/** How far ahead a version may take effect. Published versions are immutable and a later one may not take effect
 * before them, so a version dated years ahead would freeze the policy until then. */
const maxLeadYears = 1

/**
 * Publishing: Dutch text required (it prevails), a summary for a major change, an effective date not before the
 * current version's and at most a year after publication; then the canonical text of each language is hashed and the publication date set.
 */
const publish: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const before = originalDoc as VersionDoc | undefined
  if (data.state !== 'published' || before?.state === 'published') return data
  const locale = (req.locale && req.locale !== 'all' ? req.locale : 'nl') as (typeof locales)[number]
  const requestLocale = req.locale
  const stored =
    operation === 'update' && before?.id !== undefined
      ? ((await req.payload.findByID({ collection: 'policy-versions', id: before.id, locale: 'all', depth: 0, overrideAccess: true, req })) as unknown as {
          content?: Localised<unknown>
          changeSummary?: Localised<string>
        })
      : {}
  // A Local API call given `req` sets `req.locale` to its own locale and leaves it there. Left at 'all', every later
  // write in this request (this version's localised fields, the consent settings in onPolicyPublished) would reach
  // the database unlocalised: MongoDB refuses a plain string where it keeps { nl, fr, en }.
  req.locale = requestLocale
  const content: Localised<unknown> = { ...(stored.content ?? {}), ...(data.content !== undefined ? { [locale]: data.content } : {}) }
  const summary: Localised<string> = { ...(stored.changeSummary ?? {}), ...(data.changeSummary !== undefined ? { [locale]: data.changeSummary } : {}) }
  const texts = Object.fromEntries(locales.map((l) => [l, content[l] ? canonicalText({ content: content[l] }) : '']))
  if (!texts.nl) refuse('Add the Dutch text before publishing: the Dutch version prevails and must exist.')
  const materiality = data.materiality ?? before?.materiality
  if (materiality === 'major' && !summary.nl?.trim()) refuse('A major change needs a change summary (at least in Dutch): it is what subscribers are mailed.')
  const kind = data.kind ?? before?.kind
  const effective = data.effectiveDate ?? before?.effectiveDate
  const now = new Date()
  const horizon = new Date(now)
  horizon.setUTCFullYear(horizon.getUTCFullYear() + maxLeadYears)
  if (effective && new Date(effective) > horizon) {
    refuse(`The effective date may be at most one year after publication (no later than ${horizon.toISOString().slice(0, 10)}).`)
  }
  const current = await req.payload.find({
    collection: 'policy-versions',
    where: { and: [{ kind: { equals: kind } }, { state: { equals: 'published' } }] },
    sort: '-effectiveDate',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const latest = current.docs[0] as VersionDoc | undefined
  if (latest?.effectiveDate && effective && new Date(effective) < new Date(latest.effectiveDate)) {
    refuse(`The effective date must not be before the current version's (${latest.effectiveDate.slice(0, 10)}).`)
  }
  const noticeDays = data.noticeDays ?? before?.noticeDays ?? 30
  return {
    ...data,
    publishedAt: now.toISOString(),
    noticeUntil: materiality === 'major' ? new Date(now.getTime() + noticeDays * 86_400_000).toISOString() : null,
    hashes: Object.fromEntries(locales.map((l) => [l, texts[l] ? sha256({ text: texts[l] }) : null])),
  }
}

const afterPublish: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if ((doc as VersionDoc).state === 'published' && (previousDoc as VersionDoc | undefined)?.state !== 'published') {
    await onPolicyPublished({ req, version: doc as never })
  }
  return doc
}

const audit = auditCollection()

/** Privacy and cookie policy versions: published once, never changed, each with the hash of every language's text. */
export const PolicyVersions: CollectionConfig = {
  slug: 'policy-versions',
  admin: { useAsTitle: 'versionLabel', defaultColumns: ['kind', 'versionLabel', 'state', 'materiality', 'effectiveDate', 'publishedAt'], group: 'Privacy' },
  defaultSort: '-effectiveDate',
  access: {
    read: ({ req }) => (canEditContent({ user: req.user }) ? true : { state: { equals: 'published' } }),
    create: isPeopleManager,
    update: isPeopleManager,
    delete: isAdmin,
  },
  hooks: {
    beforeOperation: audit.beforeOperation,
    beforeChange: [guardPolicyState, publish],
    afterChange: [...audit.afterChange, afterPublish, invalidateOnChange],
    beforeDelete: [refuseRecordDelete],
    afterDelete: audit.afterDelete,
  },
  fields: [
    { name: 'kind', type: 'select', required: true, index: true, defaultValue: 'privacy', options: [{ label: 'Privacy policy', value: 'privacy' }, { label: 'Cookie policy', value: 'cookie' }] },
    { name: 'versionLabel', type: 'text', required: true },
    { name: 'effectiveDate', type: 'date', required: true, index: true },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'draft',
      options: [
        { label: 'Draft', value: 'draft' },
        { label: 'Published (immutable)', value: 'published' },
        { label: 'Withdrawn (admins, before it takes effect)', value: 'withdrawn' },
      ],
      admin: {
        position: 'sidebar',
        description:
          'Publishing is final: a published version can never be changed or deleted. Until its effective date an admin may withdraw it (nothing else changes; it leaves the site).',
      },
    },
    { name: 'publishedAt', type: 'date', index: true, admin: { position: 'sidebar', readOnly: true } },
    { name: 'withdrawnAt', type: 'date', access: { create: nobodyField, update: nobodyField }, admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.state === 'withdrawn' } },
    {
      name: 'materiality',
      type: 'select',
      required: true,
      defaultValue: 'minor',
      options: [{ label: 'Minor (published silently)', value: 'minor' }, { label: 'Major (banner asks again, subscribers are mailed, site notice)', value: 'major' }],
      admin: { position: 'sidebar' },
    },
    { name: 'noticeDays', type: 'number', min: 0, max: 365, defaultValue: 30, admin: { position: 'sidebar', description: 'Days the site shows a notice of a major change.' } },
    { name: 'noticeUntil', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    { name: 'affectedPurposes', type: 'select', hasMany: true, options: purposes.map((p) => ({ label: p, value: p })) },
    { name: 'changeSummary', type: 'textarea', localized: true },
    { name: 'content', type: 'richText', localized: true },
    {
      name: 'hashes',
      type: 'group',
      admin: { readOnly: true, description: 'SHA-256 of each language’s canonical text, fixed at publication.' },
      fields: locales.map((l) => ({ name: l, type: 'text' as const })),
    },
  ],
}
