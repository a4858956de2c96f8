/**
 * The whole access matrix, through all three doors: every collection and global × anonymous / editor / marketer / admin
 * × every operation, via REST and GraphQL (real HTTP against a production server process) and the Local API with
 * access enforced (`overrideAccess: false`, in this process, on the same SQLite file).
 *
 * "yes" means the operation answered 2xx (no GraphQL error, no throw) AND the database shows it happened; "no" means
 * 401/403 (a GraphQL error with no data, a thrown Forbidden) AND the database shows nothing changed.
 */
import { configToSchema } from '@payloadcms/graphql'
import type { GraphQLSchema } from 'graphql'
import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { appendConsentRecord } from '../../cms/consent/append-consent-record'
import { textToLexical } from '../../cms/policy/text-to-lexical'
import { createApiClient, type ApiClient } from '../support/api-client'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { tinyPng } from '../support/tiny-png'

const roles = ['anonymous', 'editor', 'marketer', 'admin'] as const
type Role = (typeof roles)[number]
type Member = Exclude<Role, 'anonymous'>

/**
 * yes: allowed · no: refused · own: only the caller's own account (others are invisible / refused) ·
 * published: only published documents (drafts are invisible, also with ?draft=true) ·
 * public: only public documents (newsletter lists: private ones are invisible)
 */
type Cell = 'yes' | 'no' | 'own' | 'published' | 'public'
type CollectionOp = 'create' | 'read' | 'update' | 'delete' | 'readVersions'
type GlobalOp = 'read' | 'update'

// prettier-ignore
const collectionMatrix: [slug: string, op: CollectionOp, anonymous: Cell, editor: Cell, marketer: Cell, admin: Cell][] = [
  // collection          operation       anonymous    editor  marketer  admin
  ['pages',              'create',       'no',        'yes',  'yes',    'yes'],
  ['pages',              'read',         'published', 'yes',  'yes',    'yes'],
  ['pages',              'update',       'no',        'yes',  'yes',    'yes'],
  ['pages',              'delete',       'no',        'yes',  'yes',    'yes'],
  ['pages',              'readVersions', 'no',        'yes',  'yes',    'yes'],
  ['media',              'create',       'no',        'yes',  'yes',    'yes'],
  ['media',              'read',         'yes',       'yes',  'yes',    'yes'],
  ['media',              'update',       'no',        'yes',  'yes',    'yes'],
  ['media',              'delete',       'no',        'yes',  'yes',    'yes'],
  ['redirects',          'create',       'no',        'yes',  'yes',    'yes'],
  ['redirects',          'read',         'yes',       'yes',  'yes',    'yes'],
  ['redirects',          'update',       'no',        'yes',  'yes',    'yes'],
  ['redirects',          'delete',       'no',        'yes',  'yes',    'yes'],
  ['policy-versions',    'create',       'no',        'no',   'yes',    'yes'],
  ['policy-versions',    'read',         'published', 'yes',  'yes',    'yes'],
  ['policy-versions',    'update',       'no',        'no',   'yes',    'yes'],
  ['policy-versions',    'delete',       'no',        'no',   'no',     'yes'],
  ['users',              'create',       'no',        'no',   'no',     'yes'],
  ['users',              'read',         'no',        'own',  'own',    'yes'],
  ['users',              'update',       'no',        'own',  'own',    'yes'],
  ['users',              'delete',       'no',        'no',   'no',     'yes'],
  ['contacts',           'create',       'no',        'no',   'yes',    'yes'],
  ['contacts',           'read',         'no',        'no',   'yes',    'yes'],
  ['contacts',           'update',       'no',        'no',   'yes',    'yes'],
  ['contacts',           'delete',       'no',        'no',   'yes',    'yes'],
  ['contact-activities', 'create',       'no',        'no',   'no',     'no' ],
  ['contact-activities', 'read',         'no',        'no',   'yes',    'yes'],
  ['contact-activities', 'update',       'no',        'no',   'no',     'no' ],
  ['contact-activities', 'delete',       'no',        'no',   'no',     'no' ],
  ['mail-messages',      'create',       'no',        'no',   'no',     'no' ],
  ['mail-messages',      'read',         'no',        'no',   'yes',    'yes'],
  ['mail-messages',      'update',       'no',        'no',   'no',     'no' ],
  ['mail-messages',      'delete',       'no',        'no',   'no',     'yes'],
  ['newsletter-lists',   'create',       'no',        'no',   'yes',    'yes'],
  ['newsletter-lists',   'read',         'public',    'public', 'yes',  'yes'],
  ['newsletter-lists',   'update',       'no',        'no',   'yes',    'yes'],
  ['newsletter-lists',   'delete',       'no',        'no',   'yes',    'yes'],
  ['campaigns',          'create',       'no',        'no',   'yes',    'yes'],
  ['campaigns',          'read',         'no',        'no',   'yes',    'yes'],
  ['campaigns',          'update',       'no',        'no',   'yes',    'yes'],
  ['campaigns',          'delete',       'no',        'no',   'yes',    'yes'],
  ['campaign-sends',     'create',       'no',        'no',   'no',     'no' ],
  ['campaign-sends',     'read',         'no',        'no',   'yes',    'yes'],
  ['campaign-sends',     'update',       'no',        'no',   'no',     'no' ],
  ['campaign-sends',     'delete',       'no',        'no',   'no',     'yes'],
  ['campaign-events',    'create',       'no',        'no',   'no',     'no' ],
  ['campaign-events',    'read',         'no',        'no',   'yes',    'yes'],
  ['campaign-events',    'update',       'no',        'no',   'no',     'no' ],
  ['campaign-events',    'delete',       'no',        'no',   'no',     'yes'],
  ['suppressions',       'create',       'no',        'no',   'yes',    'yes'],
  ['suppressions',       'read',         'no',        'no',   'yes',    'yes'],
  ['suppressions',       'update',       'no',        'no',   'yes',    'yes'],
  ['suppressions',       'delete',       'no',        'no',   'yes',    'yes'],
  ['mail-webhook-receipts', 'create',    'no',        'no',   'no',     'no' ],
  ['mail-webhook-receipts', 'read',      'no',        'no',   'no',     'yes'],
  ['mail-webhook-receipts', 'update',    'no',        'no',   'no',     'no' ],
  ['mail-webhook-receipts', 'delete',    'no',        'no',   'no',     'no' ],
  ['outbox-messages',    'create',       'no',        'no',   'no',     'no' ],
  ['outbox-messages',    'read',         'no',        'no',   'yes',    'yes'],
  ['outbox-messages',    'update',       'no',        'no',   'no',     'no' ],
  ['outbox-messages',    'delete',       'no',        'no',   'yes',    'yes'],
  ['policy-notices',     'create',       'no',        'no',   'no',     'no' ],
  ['policy-notices',     'read',         'no',        'no',   'yes',    'yes'],
  ['policy-notices',     'update',       'no',        'no',   'no',     'no' ],
  ['policy-notices',     'delete',       'no',        'no',   'no',     'no' ],
  ['consent-records',    'create',       'no',        'no',   'no',     'no' ],
  ['consent-records',    'read',         'no',        'no',   'no',     'yes'],
  ['consent-records',    'update',       'no',        'no',   'no',     'no' ],
  ['consent-records',    'delete',       'no',        'no',   'no',     'no' ],
  ['audit-log',          'create',       'no',        'no',   'no',     'no' ],
  ['audit-log',          'read',         'no',        'no',   'no',     'yes'],
  ['audit-log',          'update',       'no',        'no',   'no',     'no' ],
  ['audit-log',          'delete',       'no',        'no',   'no',     'no' ],
  ['payload-jobs',       'create',       'no',        'no',   'no',     'yes'],
  ['payload-jobs',       'read',         'no',        'no',   'no',     'yes'],
  ['payload-jobs',       'update',       'no',        'no',   'no',     'yes'],
  ['payload-jobs',       'delete',       'no',        'no',   'no',     'yes'],
]

// prettier-ignore
const globalMatrix: [slug: string, op: GlobalOp, anonymous: Cell, editor: Cell, marketer: Cell, admin: Cell][] = [
  // global              operation  anonymous  editor  marketer  admin
  ['navigation',         'read',    'yes',     'yes',  'yes',    'yes'],
  ['navigation',         'update',  'no',      'yes',  'yes',    'yes'],
  ['footer',             'read',    'yes',     'yes',  'yes',    'yes'],
  ['footer',             'update',  'no',      'yes',  'yes',    'yes'],
  ['organisation',       'read',    'yes',     'yes',  'yes',    'yes'],
  ['organisation',       'update',  'no',      'no',   'no',     'yes'],
  ['seo-defaults',       'read',    'yes',     'yes',  'yes',    'yes'],
  ['seo-defaults',       'update',  'no',      'no',   'no',     'yes'],
  ['consent-settings',   'read',    'yes',     'yes',  'yes',    'yes'],
  ['consent-settings',   'update',  'no',      'no',   'no',     'yes'],
  ['newsletter-settings', 'read',   'yes',     'yes',  'yes',    'yes'],
  ['newsletter-settings', 'update', 'no',      'no',   'yes',    'yes'],
  ['render-state',       'read',    'no',      'no',   'no',     'no' ],
  ['render-state',       'update',  'no',      'no',   'no',     'no' ],
]

/** Payload's own bookkeeping collections: not part of the product's matrix. */
const payloadInternal = ['payload-kv', 'payload-locked-documents', 'payload-preferences', 'payload-migrations']

// ---------------------------------------------------------------------------------------------------------------------
// Fixtures and per-collection knowledge

type Doc = Record<string, unknown> & { id: number }
type Marker = { text: string; n: number }
type Result = { kind: 'ok' | 'refused' | 'not-found' | 'error'; detail: string; doc?: Doc; docs?: Doc[] }

/** Loose view of the Local API: the matrix drives it with slugs from a table. */
type LocalApi = {
  create: (args: Record<string, unknown>) => Promise<Doc>
  find: (args: Record<string, unknown>) => Promise<{ docs: Doc[] }>
  findByID: (args: Record<string, unknown>) => Promise<Doc>
  findVersions: (args: Record<string, unknown>) => Promise<{ docs: Doc[] }>
  update: (args: Record<string, unknown>) => Promise<Doc>
  delete: (args: Record<string, unknown>) => Promise<Doc>
  count: (args: Record<string, unknown>) => Promise<{ totalDocs: number }>
  findGlobal: (args: Record<string, unknown>) => Promise<Record<string, unknown>>
  updateGlobal: (args: Record<string, unknown>) => Promise<Record<string, unknown>>
}

const password = 'correct-horse-battery-staple'
const runId = Date.now().toString(36)
let counter = 0
const marker = (): Marker => {
  const n = ++counter
  return { text: `m${n}x${runId}`, n }
}

const dataDir = tempDir({ prefix: 'matrix' })
let cms: TestCms
let server: ServerProcess
let api: ApiClient
let schema: GraphQLSchema
let png: Buffer
const local = (): LocalApi => cms.payload as unknown as LocalApi
const members = {} as Record<Member, Doc & { collection: 'users' }>
const tokens: Partial<Record<Role, string>> = {}
/** shown: readable where the cell allows · hidden: a draft (published-only cells must not see it) · target: updated */
const fixtures: Record<string, { shown: number; hidden?: number; target: number }> = {}
const draftOnlyTitle = `Draft only ${runId}`

type CollectionSpec = {
  gql: { one: string; many: string; fields?: string }
  data: (m: Marker) => Record<string, unknown>
  /** GraphQL spells some select values differently (enum names cannot start with a digit). */
  gqlData?: (data: Record<string, unknown>) => Record<string, unknown>
  where: (m: Marker) => Where
  change: (m: Marker) => Record<string, unknown>
  changed: (doc: Doc) => unknown
  expected: (m: Marker) => unknown
  victim: (m: Marker) => Promise<number>
}

const create = async (collection: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  (await local().create({ collection, data, depth: 0, overrideAccess: true, ...extra })).id
const uploadFile = (name: string) => ({ data: png, mimetype: 'image/png', name: `${name}.png`, size: png.length })
const policyVersion = (m: Marker, extra: Record<string, unknown> = {}) => ({
  kind: 'cookie',
  versionLabel: m.text,
  effectiveDate: new Date(Date.UTC(2030, 0, 1)).toISOString(),
  materiality: 'minor',
  state: 'draft',
  ...extra,
})

const ledgerRecord = async (subjectRef: string) => {
  const doc = await appendConsentRecord({
    payload: cms.payload,
    input: { subjectRef, source: 'banner', action: 'given', granted: ['necessary'], refused: [], policy: { id: '1', hash: 'h' }, wording: { id: 'banner', hash: 'h' }, locale: 'nl' },
  })
  if (!doc) throw new Error('the ledger recorded nothing')
  return doc.id
}

const specs: Record<string, CollectionSpec> = {
  pages: {
    gql: { one: 'Page', many: 'Pages', fields: 'id title' },
    data: (m) => ({ title: `Matrix ${m.text}`, slug: m.text, _status: 'published' }),
    where: (m) => ({ slug: { equals: m.text } }),
    change: (m) => ({ title: m.text }),
    changed: (doc) => doc.title,
    expected: (m) => m.text,
    victim: (m) => create('pages', { title: `Victim ${m.text}`, slug: `v${m.text}`, _status: 'published' }),
  },
  media: {
    gql: { one: 'Media', many: 'allMedia' },
    data: (m) => ({ alt: m.text }),
    where: (m) => ({ alt: { equals: m.text } }),
    change: (m) => ({ credit: m.text }),
    changed: (doc) => doc.credit,
    expected: (m) => m.text,
    victim: (m) => create('media', { alt: `victim ${m.text}` }, { file: uploadFile(`v${m.text}`) }),
  },
  redirects: {
    gql: { one: 'Redirect', many: 'Redirects' },
    data: (m) => ({ from: `/nl/${m.text}`, to: { type: 'custom', url: '/nl/' }, type: '301' }),
    gqlData: (data) => (data.type === undefined ? data : { ...data, type: `_${String(data.type)}` }),
    where: (m) => ({ from: { equals: `/nl/${m.text}` } }),
    // GraphQL's update input requires `to`: every door sends it.
    change: (m) => ({ from: `/nl/${m.text}`, to: { type: 'custom', url: '/nl/' } }),
    changed: (doc) => doc.from,
    expected: (m) => `/nl/${m.text}`,
    victim: (m) => create('redirects', { from: `/nl/v${m.text}`, to: { type: 'custom', url: '/nl/' }, type: '301' }),
  },
  'policy-versions': {
    gql: { one: 'PolicyVersion', many: 'PolicyVersions' },
    data: (m) => policyVersion(m),
    where: (m) => ({ versionLabel: { equals: m.text } }),
    change: (m) => ({ versionLabel: m.text }),
    changed: (doc) => doc.versionLabel,
    expected: (m) => m.text,
    victim: (m) => create('policy-versions', policyVersion(m)),
  },
  users: {
    gql: { one: 'User', many: 'Users' },
    data: (m) => ({ email: `${m.text}@example.com`, password, roles: ['editor'] }),
    where: (m) => ({ email: { equals: `${m.text}@example.com` } }),
    change: (m) => ({ name: m.text }),
    changed: (doc) => doc.name,
    expected: (m) => m.text,
    victim: (m) => create('users', { email: `v${m.text}@example.com`, password, roles: ['editor'] }),
  },
  contacts: {
    gql: { one: 'Contact', many: 'Contacts' },
    data: (m) => ({ email: `${m.text}@example.com`, locale: 'nl', status: 'active' }),
    where: (m) => ({ email: { equals: `${m.text}@example.com` } }),
    change: (m) => ({ name: m.text }),
    changed: (doc) => doc.name,
    expected: (m) => m.text,
    victim: (m) => create('contacts', { email: `v${m.text}@example.com`, locale: 'nl', status: 'active' }),
  },
  'contact-activities': {
    gql: { one: 'ContactActivity', many: 'ContactActivities' },
    // A type GraphQL spells the same (hyphenated select values become enum names with underscores there).
    data: (m) => ({ contact: fixtures.contacts.shown, type: 'opened', at: new Date().toISOString(), key: m.text }),
    where: (m) => ({ key: { equals: m.text } }),
    change: (m) => ({ detail: m.text }),
    changed: (doc) => doc.detail,
    expected: (m) => m.text,
    victim: (m) => create('contact-activities', { contact: fixtures.contacts.shown, type: 'opened', at: new Date().toISOString(), key: `v${m.text}` }),
  },
  'newsletter-lists': {
    gql: { one: 'NewsletterList', many: 'NewsletterLists' },
    data: (m) => ({ key: m.text, name: m.text, visibility: 'public' }),
    where: (m) => ({ key: { equals: m.text } }),
    change: (m) => ({ name: m.text }),
    changed: (doc) => doc.name,
    expected: (m) => m.text,
    victim: (m) => create('newsletter-lists', { key: `v${m.text}`, name: 'Victim', visibility: 'public' }),
  },
  campaigns: {
    gql: { one: 'Campaign', many: 'Campaigns' },
    data: (m) => ({ name: m.text, lists: [fixtures['newsletter-lists'].shown], languages: ['nl'] }),
    where: (m) => ({ name: { equals: m.text } }),
    change: (m) => ({ name: m.text }),
    changed: (doc) => doc.name,
    expected: (m) => m.text,
    victim: (m) => create('campaigns', { name: `v${m.text}`, lists: [fixtures['newsletter-lists'].shown], languages: ['nl'] }),
  },
  'campaign-sends': {
    gql: { one: 'CampaignSend', many: 'CampaignSends' },
    data: (m) => ({ campaign: fixtures.campaigns.target, snapshot: {}, cursor: m.text, state: 'running' }),
    where: (m) => ({ cursor: { equals: m.text } }),
    change: (m) => ({ cursor: m.text }),
    changed: (doc) => doc.cursor,
    expected: (m) => m.text,
    victim: async (m) => create('campaign-sends', { campaign: await create('campaigns', { name: `v${m.text}`, lists: [fixtures['newsletter-lists'].shown], languages: ['nl'] }), snapshot: {}, cursor: `v${m.text}`, state: 'running' }),
  },
  'campaign-events': {
    gql: { one: 'CampaignEvent', many: 'CampaignEvents' },
    data: (m) => ({ campaign: fixtures.campaigns.shown, type: 'delivered', at: new Date().toISOString(), key: m.text }),
    where: (m) => ({ key: { equals: m.text } }),
    change: (m) => ({ detail: m.text }),
    changed: (doc) => doc.detail,
    expected: (m) => m.text,
    victim: (m) => create('campaign-events', { campaign: fixtures.campaigns.shown, type: 'delivered', at: new Date().toISOString(), key: `v${m.text}` }),
  },
  'outbox-messages': {
    gql: { one: 'OutboxMessage', many: 'OutboxMessages' },
    data: (m) => ({ idempotencyKey: m.text, to: 'someone@example.com', subject: 'Matrix' }),
    where: (m) => ({ idempotencyKey: { equals: m.text } }),
    change: (m) => ({ subject: m.text }),
    changed: (doc) => doc.subject,
    expected: (m) => m.text,
    victim: (m) => create('outbox-messages', { idempotencyKey: `v${m.text}`, to: 'someone@example.com', subject: 'Victim' }),
  },
  'mail-messages': {
    gql: { one: 'MailMessage', many: 'MailMessages' },
    data: (m) => ({ idempotencyKey: m.text, to: 'someone@example.com', subject: 'Matrix', status: 'queued' }),
    where: (m) => ({ idempotencyKey: { equals: m.text } }),
    change: (m) => ({ subject: m.text }),
    changed: (doc) => doc.subject,
    expected: (m) => m.text,
    victim: (m) => create('mail-messages', { idempotencyKey: `v${m.text}`, to: 'someone@example.com', subject: 'Victim', status: 'queued' }),
  },
  suppressions: {
    gql: { one: 'Suppression', many: 'Suppressions' },
    data: (m) => ({ email: `${m.text.toLowerCase().replace(/[^a-z0-9]/g, '')}@example.com`, reason: 'manual' }),
    where: (m) => ({ email: { equals: `${m.text.toLowerCase().replace(/[^a-z0-9]/g, '')}@example.com` } }),
    change: (m) => ({ detail: m.text }),
    changed: (doc) => doc.detail,
    expected: (m) => m.text,
    victim: (m) => create('suppressions', { email: `v${m.text.toLowerCase().replace(/[^a-z0-9]/g, '')}@example.com`, reason: 'manual' }),
  },
  'mail-webhook-receipts': {
    gql: { one: 'MailWebhookReceipt', many: 'MailWebhookReceipts' },
    data: (m) => ({ webhookId: m.text, eventType: 'email.sent', receivedAt: new Date().toISOString() }),
    where: (m) => ({ webhookId: { equals: m.text } }),
    change: (m) => ({ eventType: m.text }),
    changed: (doc) => doc.eventType,
    expected: (m) => m.text,
    victim: (m) => create('mail-webhook-receipts', { webhookId: `v${m.text}`, eventType: 'email.sent', receivedAt: new Date().toISOString() }),
  },
  'policy-notices': {
    gql: { one: 'PolicyNotice', many: 'PolicyNotices' },
    // Points at a draft version no notice uses yet, so only access can refuse it.
    data: (m) => ({ title: m.text, version: fixtures['policy-versions'].hidden, state: 'queued' }),
    where: (m) => ({ title: { equals: m.text } }),
    change: (m) => ({ title: m.text }),
    changed: (doc) => doc.title,
    expected: (m) => m.text,
    victim: async (m) => create('policy-notices', { title: `v${m.text}`, version: await create('policy-versions', policyVersion({ ...m, text: `v${m.text}` })), state: 'queued' }),
  },
  'consent-records': {
    gql: { one: 'ConsentRecord', many: 'ConsentRecords' },
    data: (m) => ({
      sequence: 1_000_000 + m.n,
      subjectRef: m.text,
      subjectDigest: m.text,
      source: 'banner',
      action: 'given',
      granted: [],
      refused: [],
      policyVersion: '1',
      policyHash: m.text,
      wordingId: 'banner',
      wordingHash: m.text,
      locale: 'nl',
      recordedAt: new Date().toISOString(),
      previousHash: m.text,
      hash: m.text,
    }),
    where: (m) => ({ subjectRef: { equals: m.text } }),
    change: (m) => ({ subjectRef: m.text }),
    changed: (doc) => doc.subjectRef,
    expected: (m) => m.text,
    victim: (m) => ledgerRecord(m.text),
  },
  'audit-log': {
    gql: { one: 'AuditLog', many: 'AuditLogs' },
    data: (m) => ({ action: 'create', entity: m.text }),
    where: (m) => ({ entity: { equals: m.text } }),
    change: (m) => ({ summary: m.text }),
    changed: (doc) => doc.summary,
    expected: (m) => m.text,
    victim: (m) => create('audit-log', { action: 'create', entity: 'matrix-victim', summary: m.text }),
  },
  'payload-jobs': {
    gql: { one: 'PayloadJob', many: 'PayloadJobs' },
    data: (m) => ({ taskSlug: 'sendMail', input: { to: 'someone@example.com' }, queue: m.text }),
    where: (m) => ({ queue: { equals: m.text } }),
    change: (m) => ({ queue: m.text }),
    changed: (doc) => doc.queue,
    expected: (m) => m.text,
    victim: (m) => create('payload-jobs', { taskSlug: 'sendMail', input: { to: 'someone@example.com' }, queue: `v${m.text}` }),
  },
}

type GlobalSpec = {
  gql: string
  change: (m: Marker) => Record<string, unknown>
  changed: (doc: Record<string, unknown>) => unknown
  expected: (m: Marker) => unknown
}

const globalSpecs: Record<string, GlobalSpec> = {
  navigation: {
    gql: 'Navigation',
    change: (m) => ({ items: [{ link: { label: m.text, type: 'url', url: '/nl/' } }] }),
    changed: (doc) => (doc.items as { link?: { label?: string } }[] | undefined)?.[0]?.link?.label,
    expected: (m) => m.text,
  },
  footer: { gql: 'Footer', change: (m) => ({ note: m.text }), changed: (doc) => doc.note, expected: (m) => m.text },
  organisation: { gql: 'Organisation', change: (m) => ({ legalName: m.text }), changed: (doc) => doc.legalName, expected: (m) => m.text },
  'seo-defaults': { gql: 'SeoDefault', change: (m) => ({ siteName: m.text }), changed: (doc) => doc.siteName, expected: (m) => m.text },
  'consent-settings': { gql: 'ConsentSetting', change: (m) => ({ revision: 1000 + m.n }), changed: (doc) => doc.revision, expected: (m) => 1000 + m.n },
  'newsletter-settings': { gql: 'NewsletterSetting', change: (m) => ({ trackingText: m.text }), changed: (doc) => doc.trackingText, expected: (m) => m.text },
  'render-state': { gql: 'RenderState', change: (m) => ({ version: 900_000 + m.n }), changed: (doc) => doc.version, expected: (m) => 900_000 + m.n },
}

// ---------------------------------------------------------------------------------------------------------------------
// The three doors, each answering in one shape

type Door = {
  create: (slug: string, role: Role, m: Marker) => Promise<Result>
  findByID: (slug: string, role: Role, id: number, opts?: { draft?: boolean }) => Promise<Result>
  find: (slug: string, role: Role) => Promise<Result>
  findVersions: (slug: string, role: Role) => Promise<Result>
  update: (slug: string, role: Role, id: number, data: Record<string, unknown>) => Promise<Result>
  delete: (slug: string, role: Role, id: number) => Promise<Result>
  readGlobal: (slug: string, role: Role) => Promise<Result>
  updateGlobal: (slug: string, role: Role, m: Marker) => Promise<Result>
}

const kindOfStatus = (status: number | undefined): Result['kind'] =>
  status === 401 || status === 403 ? 'refused' : status === 404 ? 'not-found' : 'error'

const restDoor = (): Door => {
  const call = async (role: Role, args: { method?: string; path: string; json?: unknown; form?: FormData }, pick: (body: Record<string, unknown>) => unknown) => {
    const { status, body } = await api.rest({ ...args, token: tokens[role] })
    const detail = `${args.method ?? 'GET'} ${args.path} → ${status} ${JSON.stringify(body).slice(0, 300)}`
    if (status < 200 || status > 299) return { kind: kindOfStatus(status), detail } satisfies Result
    const picked = pick((body ?? {}) as Record<string, unknown>) as Doc | { docs: Doc[] }
    return { kind: 'ok', detail, doc: picked as Doc, docs: (picked as { docs?: Doc[] }).docs } satisfies Result
  }
  return {
    create: (slug, role, m) => {
      const data = specs[slug].data(m)
      if (slug !== 'media') return call(role, { method: 'POST', path: `/api/${slug}?depth=0`, json: data }, (b) => b.doc)
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${m.text}.png`)
      form.append('_payload', JSON.stringify(data))
      return call(role, { method: 'POST', path: `/api/media?depth=0`, form }, (b) => b.doc)
    },
    findByID: (slug, role, id, opts) => call(role, { path: `/api/${slug}/${id}?depth=0${opts?.draft ? '&draft=true' : ''}` }, (b) => b),
    find: (slug, role) => call(role, { path: `/api/${slug}?depth=0&limit=1000` }, (b) => b),
    findVersions: (slug, role) => call(role, { path: `/api/${slug}/versions?depth=0&limit=5` }, (b) => b),
    update: (slug, role, id, data) => call(role, { method: 'PATCH', path: `/api/${slug}/${id}?depth=0`, json: data }, (b) => b.doc),
    delete: (slug, role, id) => call(role, { method: 'DELETE', path: `/api/${slug}/${id}?depth=0` }, (b) => b.doc),
    readGlobal: (slug, role) => call(role, { path: `/api/globals/${slug}?depth=0` }, (b) => b),
    updateGlobal: (slug, role, m) => call(role, { method: 'POST', path: `/api/globals/${slug}?depth=0`, json: globalSpecs[slug].change(m) }, (b) => b.result),
  }
}

/** A query or mutation the schema really has, and the type of one of its arguments (read from the schema itself). */
const gqlField = (kind: 'query' | 'mutation', name: string) => {
  const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType()
  const field = type?.getFields()[name]
  if (!field) throw new Error(`the GraphQL schema has no ${kind} "${name}"`)
  return field
}
const gqlArg = (kind: 'query' | 'mutation', name: string, arg: string) => {
  const found = gqlField(kind, name).args.find((a) => a.name === arg)
  if (!found) throw new Error(`GraphQL ${kind} "${name}" has no argument "${arg}"`)
  return found.type
}
const gqlArgType = (kind: 'query' | 'mutation', name: string, arg: string) => String(gqlArg(kind, name, arg))

/**
 * Keeps what an input type accepts: a global's update input marks every required field non-null, so send them all.
 * (Duck-typed: @payloadcms/graphql's graphql module instance is not the one this file would import.)
 */
type InputTypeLike = { ofType?: InputTypeLike; getFields?: () => Record<string, { type: InputTypeLike }> }
const toInput = (type: InputTypeLike, value: unknown): unknown => {
  const t = String(type).endsWith('!') && type.ofType ? type.ofType : type
  if (value === null || value === undefined) return value
  if (String(t).startsWith('[') && t.ofType) return Array.isArray(value) ? value.map((v) => toInput(t.ofType as InputTypeLike, v)) : value
  if (!t.getFields) return value
  const fields = t.getFields()
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => k in fields && k !== 'updatedAt' && k !== 'createdAt')
      .map(([k, v]) => [k, toInput(fields[k].type, v)]),
  )
}

const graphqlDoor = (): Door => {
  const run = async (role: Role, query: string, variables?: Record<string, unknown>): Promise<Result> => {
    const answer = await api.graphql({ query, variables, token: tokens[role] })
    const r = (answer.data?.r ?? null) as (Doc & { docs?: Doc[] }) | null
    const first = answer.errors[0]
    const detail = `${query.replace(/\s+/g, ' ').slice(0, 160)} → ${JSON.stringify({ data: answer.data, errors: answer.errors }).slice(0, 300)}`
    if (!first && r !== null) return { kind: 'ok', detail, doc: r, docs: r.docs }
    if (first && r === null) return { kind: kindOfStatus(first.extensions?.statusCode), detail }
    return { kind: 'error', detail }
  }
  const mutate = (role: Role, name: string, args: { id?: number; data?: Record<string, unknown> }, fields = 'id') => {
    const decl = [args.id === undefined ? '' : `$id: ${gqlArgType('mutation', name, 'id')}`, args.data === undefined ? '' : `$data: ${gqlArgType('mutation', name, 'data')}`].filter(Boolean)
    const pass = [args.id === undefined ? '' : 'id: $id', args.data === undefined ? '' : 'data: $data'].filter(Boolean)
    return run(role, `mutation${decl.length ? `(${decl.join(', ')})` : ''} { r: ${name}(${pass.join(', ')}) { ${fields} } }`, args)
  }
  const dataFor = (slug: string, m: Marker) => (specs[slug].gqlData ?? ((d) => d))(specs[slug].data(m))
  return {
    create: async (slug, role, m) => {
      const { one } = specs[slug].gql
      if (slug !== 'media') return mutate(role, `create${one}`, { data: dataFor(slug, m) })
      // GraphQL carries no file: createMedia can only show whether access lets the caller through (refused, or
      // "no file"); duplicateMedia (create access, file copied server-side) is the GraphQL create that really happens.
      const plain = await mutate(role, 'createMedia', { data: dataFor(slug, m) })
      const copy = await mutate(role, 'duplicateMedia', { id: fixtures.media.shown, data: dataFor(slug, m) })
      if (plain.kind === 'refused' && copy.kind === 'refused') return copy
      if (plain.kind === 'error' && /file/i.test(plain.detail)) return copy
      return { kind: 'error', detail: `createMedia and duplicateMedia disagree: ${plain.kind} ${plain.detail} / ${copy.kind} ${copy.detail}` }
    },
    findByID: (slug, role, id, opts) => {
      const { one, fields = 'id' } = specs[slug].gql
      return run(role, `query($id: ${gqlArgType('query', one, 'id')}) { r: ${one}(id: $id${opts?.draft ? ', draft: true' : ''}) { ${fields} } }`, { id })
    },
    find: (slug, role) => run(role, `{ r: ${gqlField('query', specs[slug].gql.many).name}(limit: 1000) { docs { id } } }`),
    findVersions: (slug, role) => run(role, `{ r: ${gqlField('query', `versions${specs[slug].gql.many}`).name}(limit: 5) { docs { id } } }`),
    update: (slug, role, id, data) => mutate(role, `update${specs[slug].gql.one}`, { id, data: (specs[slug].gqlData ?? ((d) => d))(data) }),
    delete: (slug, role, id) => mutate(role, `delete${specs[slug].gql.one}`, { id }),
    readGlobal: (slug, role) => run(role, `{ r: ${gqlField('query', globalSpecs[slug].gql).name} { updatedAt } }`),
    updateGlobal: async (slug, role, m) => {
      const spec = globalSpecs[slug]
      const current = await local().findGlobal({ slug, depth: 0, overrideAccess: true })
      const data = toInput(gqlArg('mutation', `update${spec.gql}`, 'data') as unknown as InputTypeLike, { ...current, ...spec.change(m) }) as Record<string, unknown>
      return mutate(role, `update${spec.gql}`, { data }, 'updatedAt')
    },
  }
}

const localDoor = (): Door => {
  const as = (role: Role) => (role === 'anonymous' ? { overrideAccess: false } : { overrideAccess: false, user: members[role] })
  const attempt = async (what: string, fn: () => Promise<unknown>): Promise<Result> => {
    try {
      const value = (await fn()) as Doc & { docs?: Doc[] }
      return { kind: 'ok', detail: `${what} → returned`, doc: value, docs: value.docs }
    } catch (error) {
      const e = error as { status?: number; name?: string; message?: string }
      return { kind: kindOfStatus(e.status), detail: `${what} → threw ${e.status ?? ''} ${e.name ?? ''}: ${e.message ?? String(error)}` }
    }
  }
  return {
    create: (slug, role, m) =>
      attempt(`create ${slug}`, () => local().create({ collection: slug, data: specs[slug].data(m), depth: 0, ...(slug === 'media' ? { file: uploadFile(m.text) } : {}), ...as(role) })),
    findByID: (slug, role, id, opts) => attempt(`findByID ${slug} ${id}`, () => local().findByID({ collection: slug, id, depth: 0, draft: opts?.draft, ...as(role) })),
    find: (slug, role) => attempt(`find ${slug}`, () => local().find({ collection: slug, depth: 0, limit: 1000, ...as(role) })),
    findVersions: (slug, role) => attempt(`findVersions ${slug}`, () => local().findVersions({ collection: slug, depth: 0, limit: 5, ...as(role) })),
    update: (slug, role, id, data) => attempt(`update ${slug} ${id}`, () => local().update({ collection: slug, id, data, depth: 0, ...as(role) })),
    delete: (slug, role, id) => attempt(`delete ${slug} ${id}`, () => local().delete({ collection: slug, id, depth: 0, ...as(role) })),
    readGlobal: (slug, role) => attempt(`findGlobal ${slug}`, () => local().findGlobal({ slug, depth: 0, ...as(role) }) as Promise<Doc>),
    updateGlobal: (slug, role, m) => attempt(`updateGlobal ${slug}`, () => local().updateGlobal({ slug, data: globalSpecs[slug].change(m), depth: 0, ...as(role) }) as Promise<Doc>),
  }
}

const doorNames = ['REST', 'GraphQL', 'Local API'] as const
const doors = {} as Record<(typeof doorNames)[number], Door>

// ---------------------------------------------------------------------------------------------------------------------
// Setup: one database, one server process on it, the three role users and the fixtures

beforeAll(async () => {
  requireBuild()
  cms = await createTestCms({ dataDir })
  png = await tinyPng()
  // The first account always becomes an admin (see cms/collections/users.ts), so the admin goes first.
  for (const role of ['admin', 'editor', 'marketer'] as const) {
    const doc = await local().create({ collection: 'users', data: { email: `${role}-${runId}@example.com`, password, roles: [role] }, overrideAccess: true })
    members[role] = { ...doc, collection: 'users' }
  }
  const other = await create('users', { email: `other-${runId}@example.com`, password, roles: ['editor'] })
  fixtures.users = { shown: other, target: other }

  const published = await create('pages', { title: `Published ${runId}`, slug: `published-${runId}`, _status: 'published' })
  // A newer, unpublished draft of a published page: its title must never reach anonymous readers.
  await local().update({ collection: 'pages', id: published, data: { title: draftOnlyTitle }, draft: true, overrideAccess: true })
  fixtures.pages = {
    shown: published,
    hidden: await create('pages', { title: `Draft ${runId}`, slug: `draft-${runId}`, _status: 'draft' }),
    target: await create('pages', { title: `Target ${runId}`, slug: `target-${runId}`, _status: 'published' }),
  }
  fixtures.media = {
    shown: await create('media', { alt: `shown ${runId}` }, { file: uploadFile(`shown-${runId}`) }),
    target: await create('media', { alt: `target ${runId}` }, { file: uploadFile(`target-${runId}`) }),
  }
  fixtures.redirects = {
    shown: await create('redirects', { from: `/nl/shown-${runId}`, to: { type: 'custom', url: '/nl/' }, type: '301' }),
    target: await create('redirects', { from: `/nl/target-${runId}`, to: { type: 'custom', url: '/nl/' }, type: '301' }),
  }
  const publishedVersion = await create(
    'policy-versions',
    policyVersion({ text: `published-${runId}`, n: 0 }, { content: textToLexical({ text: `Cookiebeleid\n\nVersie ${runId}` }), state: 'published' }),
    { locale: 'nl' },
  )
  fixtures['policy-versions'] = {
    shown: publishedVersion,
    hidden: await create('policy-versions', policyVersion({ text: `draft-${runId}`, n: 0 })),
    target: await create('policy-versions', policyVersion({ text: `target-${runId}`, n: 0 })),
  }
  const noticeVersion = await create('policy-versions', policyVersion({ text: `notice-${runId}`, n: 0 }))
  const notice = await create('policy-notices', { title: `notice ${runId}`, version: noticeVersion, state: 'queued' })
  fixtures['policy-notices'] = { shown: notice, target: notice }
  const contact = await create('contacts', { email: `contact-${runId}@example.com`, locale: 'nl', status: 'active' })
  fixtures.contacts = { shown: contact, target: contact }
  const activity = await create('contact-activities', { contact, type: 'opened', at: new Date().toISOString(), key: `shown-${runId}` })
  fixtures['contact-activities'] = { shown: activity, target: activity }
  fixtures['newsletter-lists'] = {
    shown: await create('newsletter-lists', { key: `shown-${runId}`, name: 'Shown', visibility: 'public' }),
    hidden: await create('newsletter-lists', { key: `private-${runId}`, name: 'Private', visibility: 'private' }),
    target: await create('newsletter-lists', { key: `target-${runId}`, name: 'Target', visibility: 'public' }),
  }
  const campaignData = (name: string) => ({ name, lists: [fixtures['newsletter-lists'].shown], languages: ['nl'] })
  fixtures.campaigns = { shown: await create('campaigns', campaignData(`shown-${runId}`)), target: await create('campaigns', campaignData(`target-${runId}`)) }
  const campaignSend = await create('campaign-sends', { campaign: fixtures.campaigns.shown, snapshot: {}, cursor: `shown-${runId}`, state: 'running' })
  fixtures['campaign-sends'] = { shown: campaignSend, target: campaignSend }
  const campaignEvent = await create('campaign-events', { campaign: fixtures.campaigns.shown, type: 'delivered', at: new Date().toISOString(), key: `shown-${runId}` })
  fixtures['campaign-events'] = { shown: campaignEvent, target: campaignEvent }
  const outbox = await create('outbox-messages', { idempotencyKey: `shown-${runId}`, to: 'someone@example.com', subject: 'Shown' })
  fixtures['outbox-messages'] = { shown: outbox, target: outbox }
  const mailMessage = await create('mail-messages', { idempotencyKey: `shown-${runId}`, to: 'someone@example.com', subject: 'Shown', status: 'queued' })
  fixtures['mail-messages'] = { shown: mailMessage, target: mailMessage }
  const suppression = await create('suppressions', { email: `shown-${runId}@example.com`, reason: 'manual' })
  fixtures.suppressions = { shown: suppression, target: suppression }
  const receipt = await create('mail-webhook-receipts', { webhookId: `shown-${runId}`, eventType: 'email.sent', receivedAt: new Date().toISOString() })
  fixtures['mail-webhook-receipts'] = { shown: receipt, target: receipt }
  const record = await ledgerRecord(`fixture-${runId}`)
  fixtures['consent-records'] = { shown: record, target: record }
  const entry = await create('audit-log', { action: 'update', entity: 'matrix-fixture', summary: 'fixture' })
  fixtures['audit-log'] = { shown: entry, target: entry }
  const job = await create('payload-jobs', { taskSlug: 'sendMail', input: { to: 'someone@example.com' }, queue: `fixture-${runId}` })
  fixtures['payload-jobs'] = { shown: job, target: job }

  schema = configToSchema(cms.payload.config).schema
  server = await startServerProcess({
    env: {
      DATA_DIR: dataDir,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
      // Jobs created by the matrix must stay put; and every cell is a write from one address.
      JOBS_ENABLED: 'false',
      RATE_LIMIT_WRITES_PER_MINUTE: '100000',
      RATE_LIMIT_LOGINS_PER_5_MINUTES: '10000',
    },
  })
  api = createApiClient({ baseUrl: server.url })
  for (const role of ['admin', 'editor', 'marketer'] as const) tokens[role] = await api.login({ email: String(members[role].email), password })
  doors.REST = restDoor()
  doors.GraphQL = graphqlDoor()
  doors['Local API'] = localDoor()
})
afterAll(async () => {
  await server?.stop('SIGKILL')
  await cms?.close()
})

// ---------------------------------------------------------------------------------------------------------------------
// Cell checks

const raw = async (slug: string, id: number) => local().findByID({ collection: slug, id, depth: 0, draft: true, overrideAccess: true })
const exists = async (slug: string, where: Where) => (await local().count({ collection: slug, where, overrideAccess: true })).totalDocs
const ids = (r: Result) => (r.docs ?? []).map((d) => Number(d.id))

const checkCollection = async (door: Door, slug: string, op: CollectionOp, role: Role, cell: Cell) => {
  const spec = specs[slug]
  const fx = fixtures[slug]
  if (!spec || !fx) throw new Error(`no spec or fixtures for ${slug}`)
  const self = role === 'anonymous' ? undefined : members[role].id

  if (op === 'create') {
    const m = marker()
    const before = await exists(slug, {})
    const res = await door.create(slug, role, m)
    const added = (await exists(slug, {})) - before
    // duplicateMedia (GraphQL's only way to create an upload) copies the original's fields: found by its id instead.
    const created = slug === 'media' && door === doors.GraphQL && res.doc ? await exists(slug, { id: { equals: res.doc.id } }) : await exists(slug, spec.where(m))
    if (cell === 'yes') {
      expect(res.kind, res.detail).toBe('ok')
      expect(created, 'documents created').toBe(1)
      expect(added, 'documents added').toBe(1)
    } else {
      expect(res.kind, res.detail).toBe('refused')
      expect(created, 'documents created').toBe(0)
      expect(added, 'documents added').toBe(0)
    }
    return
  }

  if (op === 'read') {
    const list = await door.find(slug, role)
    if (cell === 'no') {
      expect(list.kind, list.detail).toBe('refused')
      const one = await door.findByID(slug, role, fx.shown)
      expect(one.kind, one.detail).toBe('refused')
      return
    }
    expect(list.kind, list.detail).toBe('ok')
    if (cell === 'own') {
      if (self === undefined) throw new Error('"own" needs a signed-in role')
      expect(ids(list), 'the list holds only the caller').toEqual([self])
      const mine = await door.findByID(slug, role, self)
      expect(mine.kind, mine.detail).toBe('ok')
      expect(Number(mine.doc?.id)).toBe(self)
      const theirs = await door.findByID(slug, role, fx.shown)
      expect(theirs.kind, theirs.detail).toBe('not-found')
      return
    }
    const shown = await door.findByID(slug, role, fx.shown)
    expect(shown.kind, shown.detail).toBe('ok')
    expect(Number(shown.doc?.id)).toBe(fx.shown)
    expect(ids(list), 'the list holds the shown fixture').toContain(fx.shown)
    if (fx.hidden !== undefined) {
      const hidden = await door.findByID(slug, role, fx.hidden)
      if (cell === 'yes') {
        expect(hidden.kind, hidden.detail).toBe('ok')
        expect(ids(list), 'the list holds the draft').toContain(fx.hidden)
      } else {
        expect(hidden.kind, hidden.detail).toBe('not-found')
        expect(ids(list), 'the list leaves the draft out').not.toContain(fx.hidden)
      }
    }
    if (cell === 'published' && slug === 'pages') {
      // Asking for the draft of a published page must still give the published version.
      const asDraft = await door.findByID(slug, role, fx.shown, { draft: true })
      expect(asDraft.kind, asDraft.detail).toBe('ok')
      expect(asDraft.doc?.title).not.toBe(draftOnlyTitle)
    }
    return
  }

  if (op === 'readVersions') {
    const res = await door.findVersions(slug, role)
    if (cell === 'yes') {
      expect(res.kind, res.detail).toBe('ok')
      expect(res.docs?.length ?? 0, 'versions returned').toBeGreaterThan(0)
    } else {
      expect(res.kind, res.detail).toBe('refused')
    }
    return
  }

  if (op === 'update') {
    const m = marker()
    if (cell === 'own') {
      if (self === undefined) throw new Error('"own" needs a signed-in role')
      const mine = await door.update(slug, role, self, spec.change(m))
      expect(mine.kind, mine.detail).toBe('ok')
      expect(spec.changed(await raw(slug, self))).toEqual(spec.expected(m))
      const other = marker()
      const theirs = await door.update(slug, role, fx.target, spec.change(other))
      expect(theirs.kind, theirs.detail).toBe('refused')
      expect(spec.changed(await raw(slug, fx.target))).not.toEqual(spec.expected(other))
      return
    }
    const res = await door.update(slug, role, fx.target, spec.change(m))
    const after = spec.changed(await raw(slug, fx.target))
    if (cell === 'yes') {
      expect(res.kind, res.detail).toBe('ok')
      expect(after).toEqual(spec.expected(m))
    } else {
      expect(res.kind, res.detail).toBe('refused')
      expect(after).not.toEqual(spec.expected(m))
    }
    return
  }

  // delete
  const victim = await spec.victim(marker())
  const res = await door.delete(slug, role, victim)
  const left = await exists(slug, { id: { equals: victim } })
  if (cell === 'yes') {
    expect(res.kind, res.detail).toBe('ok')
    expect(left, 'still there').toBe(0)
  } else {
    expect(res.kind, res.detail).toBe('refused')
    expect(left, 'still there').toBe(1)
  }
}

const checkGlobal = async (door: Door, slug: string, op: GlobalOp, role: Role, cell: Cell) => {
  const spec = globalSpecs[slug]
  if (!spec) throw new Error(`no spec for global ${slug}`)
  if (op === 'read') {
    const res = await door.readGlobal(slug, role)
    expect(res.kind, res.detail).toBe(cell === 'yes' ? 'ok' : 'refused')
    return
  }
  const m = marker()
  const res = await door.updateGlobal(slug, role, m)
  const after = spec.changed(await local().findGlobal({ slug, depth: 0, overrideAccess: true }))
  if (cell === 'yes') {
    expect(res.kind, res.detail).toBe('ok')
    expect(after).toEqual(spec.expected(m))
  } else {
    expect(res.kind, res.detail).toBe('refused')
    expect(after).not.toEqual(spec.expected(m))
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// The tests: one per door × collection/global × operation × role

describe('the matrix itself', () => {
  it('covers every collection and global the CMS has, and nothing else', () => {
    const collections = cms.payload.config.collections.map((c) => c.slug).filter((s) => !payloadInternal.includes(s))
    expect([...new Set(collectionMatrix.map(([slug]) => slug))].sort()).toEqual([...collections].sort())
    expect([...new Set(globalMatrix.map(([slug]) => slug))].sort()).toEqual(cms.payload.config.globals.map((g) => g.slug).sort())
    for (const slug of new Set(collectionMatrix.map(([s]) => s))) {
      expect(collectionMatrix.filter(([s]) => s === slug).map(([, op]) => op), slug).toEqual(expect.arrayContaining(['create', 'read', 'update', 'delete']))
    }
  })

  it('uses GraphQL names the schema really has', () => {
    for (const spec of Object.values(specs)) {
      for (const q of [spec.gql.one, spec.gql.many]) expect(() => gqlField('query', q)).not.toThrow()
      for (const op of ['create', 'update', 'delete']) expect(() => gqlField('mutation', `${op}${spec.gql.one}`)).not.toThrow()
    }
    expect(() => gqlField('mutation', 'duplicateMedia')).not.toThrow()
    expect(() => gqlField('query', 'versionsPages')).not.toThrow()
    for (const spec of Object.values(globalSpecs)) {
      expect(() => gqlField('query', spec.gql)).not.toThrow()
      expect(() => gqlField('mutation', `update${spec.gql}`)).not.toThrow()
    }
  })

  it('refuses GraphQL introspection on the production server (names above come from the same schema, built here)', async () => {
    const answer = await api.graphql({ query: '{ __schema { queryType { name } } }' })
    expect(answer.data?.__schema ?? null).toBeNull()
    expect(answer.errors[0]?.message).toMatch(/introspection/i)
  })
})

for (const doorName of doorNames) {
  describe(doorName, () => {
    for (const [slug, op, ...cells] of collectionMatrix) {
      describe(`${slug} › ${op}`, () => {
        roles.forEach((role, i) => {
          it(`${role}: ${cells[i]}`, () => checkCollection(doors[doorName], slug, op, role, cells[i]))
        })
      })
    }
    for (const [slug, op, ...cells] of globalMatrix) {
      describe(`global ${slug} › ${op}`, () => {
        roles.forEach((role, i) => {
          it(`${role}: ${cells[i]}`, () => checkGlobal(doors[doorName], slug, op, role, cells[i]))
        })
      })
    }
    describe('users › roles (field-level access)', () => {
      for (const role of ['editor', 'marketer'] as const) {
        it(`${role} cannot give itself the admin role`, async () => {
          const self = members[role].id
          const res = await doors[doorName].update('users', role, self, { roles: ['admin'] })
          // Payload drops a field the caller may not write and saves the rest: accepted or refused, never applied.
          expect(['ok', 'refused'], res.detail).toContain(res.kind)
          expect((await raw('users', self)).roles).toEqual([role])
        })
      }
      it('admin can change another account’s roles', async () => {
        const target = fixtures.users.target
        const res = await doors[doorName].update('users', 'admin', target, { roles: ['marketer'] })
        expect(res.kind, res.detail).toBe('ok')
        expect((await raw('users', target)).roles).toEqual(['marketer'])
        await local().update({ collection: 'users', id: target, data: { roles: ['editor'] }, overrideAccess: true })
      })
    })
  })
}
