import type { GraphQLSchema } from 'graphql'

import { writeConsentCheckpoint } from '../../../cms/consent/write-consent-checkpoint'
import { appendConsentRecord } from '../../../cms/consent/append-consent-record'
import type { ApiClient } from '../api-client'
import type { TestCms } from '../create-test-cms'
import type { ServerProcess } from '../start-server-process'
import type { Member, Role } from './matrix'

/** What one access-matrix test file shares between its setup, its doors and its checks (one file, one database). */
/** Numbers on SQLite, ObjectId strings on MongoDB: compared as text (String(id)). */
export type DocumentId = number | string
export type Doc = Record<string, unknown> & { id: DocumentId }
export type Marker = { text: string; n: number }
export type Result = { kind: 'ok' | 'refused' | 'not-found' | 'error'; detail: string; doc?: Doc; docs?: Doc[] }

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

export const password = 'correct-horse-battery-staple'
export const runId = Date.now().toString(36)
let counter = 0
export const marker = (): Marker => {
  const n = ++counter
  return { text: `m${n}x${runId}`, n }
}

/** Set by setupAccessMatrix's beforeAll: the CMS in this process and, for the HTTP doors, the server process. */
export const ctx = {} as { cms: TestCms; server?: ServerProcess; api: ApiClient; schema: GraphQLSchema; png: Buffer }
export const local = (): LocalApi => ctx.cms.payload as unknown as LocalApi
export const members = {} as Record<Member, Doc & { collection: 'users' }>
export const tokens: Partial<Record<Role, string>> = {}
/** shown: readable where the cell allows · hidden: a draft (published-only cells must not see it) · target: updated */
export const fixtures: Record<string, { shown: DocumentId; hidden?: DocumentId; target: DocumentId }> = {}
export const draftOnlyTitle = `Draft only ${runId}`

export const create = async (collection: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  (await local().create({ collection, data, depth: 0, overrideAccess: true, ...extra })).id
export const uploadFile = (name: string) => ({ data: ctx.png, mimetype: 'image/png', name: `${name}.png`, size: ctx.png.length })
export const policyVersion = (m: Marker, extra: Record<string, unknown> = {}) => ({
  kind: 'cookie',
  versionLabel: m.text,
  // Ahead of the seeded cookie policy, within the year publication allows.
  effectiveDate: new Date(Date.now() + 180 * 86_400_000).toISOString(),
  materiality: 'minor',
  state: 'draft',
  ...extra,
})

/** A signed checkpoint of the ledger's head, written the only way one can be. */
export const ledgerCheckpoint = async () => {
  await writeConsentCheckpoint({ payload: ctx.cms.payload, reason: 'export' })
  const found = await ctx.cms.payload.find({ collection: 'consent-checkpoints', sort: '-id', limit: 1, depth: 0, overrideAccess: true })
  if (!found.docs[0]) throw new Error('no checkpoint written')
  return found.docs[0].id
}

export const ledgerRecord = async (subjectRef: string) => {
  const doc = await appendConsentRecord({
    payload: ctx.cms.payload,
    input: { subjectRef, source: 'banner', action: 'given', granted: ['necessary'], refused: [], policy: { id: '1', hash: 'h' }, wording: { id: 'banner', hash: 'h' }, locale: 'nl' },
  })
  if (!doc) throw new Error('the ledger recorded nothing')
  return doc.id
}
