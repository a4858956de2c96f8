/**
 * The audit trail: who created, changed, published, unpublished and deleted what, and when — including role changes
 * and deletions — recorded for actions taken through the REST API of a production server process, read back as an
 * admin through the same API. Entries name the fields that changed, never their values, and no API can forge, change
 * or remove an entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApiClient, type ApiClient } from '../support/api-client'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

type Entry = {
  id: number
  action: string
  entity: string
  entityId?: string | null
  summary?: string | null
  user?: number | null
  changes?: unknown
  createdAt: string
}
type Role = 'admin' | 'editor' | 'marketer'

const password = 'correct-horse-battery-staple'
const runId = Date.now().toString(36)
const dataDir = tempDir({ prefix: 'audit' })
let cms: TestCms
let server: ServerProcess
let api: ApiClient
const ids = {} as Record<Role | 'subject' | 'leaver', number>
const emails = {} as Record<Role | 'subject' | 'leaver', string>
const tokens = {} as Record<Role, string>
let page: number

beforeAll(async () => {
  requireBuild()
  cms = await createTestCms({ dataDir })
  // The first account always becomes an admin (cms/collections/users.ts), so the admin goes first.
  for (const who of ['admin', 'editor', 'marketer', 'subject', 'leaver'] as const) {
    emails[who] = `${who}-${runId}@example.com`
    const roles = who === 'subject' || who === 'leaver' ? ['editor'] : [who]
    ids[who] = (await cms.payload.create({ collection: 'users', data: { email: emails[who], password, roles } as never, overrideAccess: true })).id
  }
  page = (await cms.payload.create({ collection: 'pages', data: { title: `Audited ${runId}`, slug: `audited-${runId}`, _status: 'draft' }, overrideAccess: true })).id
  server = await startServerProcess({
    env: { DATA_DIR: dataDir, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, JOBS_ENABLED: 'false', RATE_LIMIT_WRITES_PER_MINUTE: '100000', RATE_LIMIT_LOGINS_PER_5_MINUTES: '10000', RATE_LIMIT_GRAPHQL_PER_MINUTE: '100000' },
  })
  api = createApiClient({ baseUrl: server.url })
  for (const who of ['admin', 'editor', 'marketer'] as const) tokens[who] = await api.login({ email: emails[who], password })
})
afterAll(async () => {
  await server?.stop('SIGKILL')
  await cms?.close()
})

/** Audit entries as an admin reads them through the REST API. */
const readEntries = async (query: Record<string, string>): Promise<Entry[]> => {
  const params = new URLSearchParams({ depth: '0', limit: '1000', sort: 'id', ...query })
  const { status, body } = await api.rest({ path: `/api/audit-log?${params}`, token: tokens.admin })
  expect(status, JSON.stringify(body)).toBe(200)
  return (body as { docs: Entry[] }).docs
}
const lastEntryId = async () => (await readEntries({ sort: '-id', limit: '1' }))[0]?.id ?? 0

/** Runs one action and returns the entries it wrote, with the time window it ran in. */
const act = async (action: () => Promise<{ status: number; body: unknown }>, expectedStatus = 200) => {
  const watermark = await lastEntryId()
  const started = Date.now()
  const { status, body } = await action()
  const finished = Date.now()
  expect(status, JSON.stringify(body).slice(0, 400)).toBe(expectedStatus)
  const entries = await readEntries({ 'where[id][greater_than]': String(watermark) })
  return { entries, started, finished, body }
}

/** The one entry the action wrote for the entity (kept for the value checks below even when a later check fails). */
const entryOf = (found: Awaited<ReturnType<typeof act>>, entity: string, keep?: keyof typeof recorded): Entry => {
  const mine = found.entries.filter((e) => e.entity === entity)
  expect(mine, JSON.stringify(found.entries)).toHaveLength(1)
  const entry = mine[0] as Entry
  if (keep) recorded[keep] = entry
  return entry
}

/** Who, what, when, and which fields (by name). */
const expectEntry = (
  found: Awaited<ReturnType<typeof act>>,
  want: { action: string; entity: string; entityId?: number; user: number; changes?: string[]; keep?: keyof typeof recorded },
): Entry => {
  const entry = entryOf(found, want.entity, want.keep)
  expect(entry.action, JSON.stringify(entry)).toBe(want.action)
  expect(entry.entityId ?? undefined).toBe(want.entityId === undefined ? undefined : String(want.entityId))
  expect(entry.user, 'who').toBe(want.user)
  const at = new Date(entry.createdAt).getTime()
  expect(at, 'when').toBeGreaterThanOrEqual(found.started - 1000)
  expect(at, 'when').toBeLessThanOrEqual(found.finished + 1000)
  if (want.changes) {
    expect(Array.isArray(entry.changes), 'changes is a list of field names').toBe(true)
    expect((entry.changes as unknown[]).map(String)).toEqual(expect.arrayContaining(want.changes))
  }
  return entry
}

const storedFieldNames = (slug: string, kind: 'collection' | 'global') => {
  const config = kind === 'collection' ? cms.payload.collections[slug as 'pages']?.config : cms.payload.globals.config.find((g) => g.slug === slug)
  if (!config) throw new Error(`no ${kind} ${slug}`)
  return new Set(config.flattenedFields.filter((f) => !('virtual' in f && f.virtual)).map((f) => f.name))
}

/** A field's value (or any other personal or content text) must appear nowhere in the entry. */
const expectAbsent = (entry: Entry | undefined, ...texts: string[]) => {
  expect(entry, 'the entry exists').toBeDefined()
  const json = JSON.stringify(entry)
  for (const text of texts) expect(json, `the entry holds "${text}"`).not.toContain(text)
}

const titles = {
  created: `Created title ${runId}`,
  published: `Published title ${runId}`,
  republished: `Republished title ${runId}`,
  draft: `Draft title ${runId}`,
  autosaved: `Autosaved title ${runId}`,
}
const footerNote = `Footer note ${runId}`
const organisationName = `Organisation ${runId}`
const recorded: Partial<Record<'published' | 'republished' | 'draft' | 'roleChange' | 'userDelete' | 'footer' | 'organisation', Entry>> = {}
const entityKind: Record<keyof typeof recorded, 'collection' | 'global'> = {
  published: 'collection',
  republished: 'collection',
  draft: 'collection',
  roleChange: 'collection',
  userDelete: 'collection',
  footer: 'global',
  organisation: 'global',
}
const editPage = (query: string, json: Record<string, unknown>) => () => api.rest({ method: 'PATCH', path: `/api/pages/${page}?depth=0${query}`, token: tokens.editor, json })

describe('the audit trail records', () => {
  it('who created a page (editor, REST)', async () => {
    const found = await act(
      () => api.rest({ method: 'POST', path: '/api/pages?depth=0', token: tokens.editor, json: { title: titles.created, slug: `created-${runId}`, _status: 'draft' } }),
      201,
    )
    const id = (found.body as { doc?: { id?: number } }).doc?.id
    expectEntry(found, { action: 'create', entity: 'pages', entityId: id, user: ids.editor, changes: ['title', 'slug'] })
  })

  it('who published a page, when, and which fields changed (editor, REST)', async () => {
    const found = await act(editPage('', { title: titles.published, _status: 'published' }))
    expectEntry(found, { action: 'publish', entity: 'pages', entityId: page, user: ids.editor, changes: ['title'], keep: 'published' })
  })

  it('who unpublished a page (editor, REST)', async () => {
    const found = await act(editPage('', { _status: 'draft' }))
    expectEntry(found, { action: 'unpublish', entity: 'pages', entityId: page, user: ids.editor })
  })

  it('who published it again (editor, REST)', async () => {
    const found = await act(editPage('', { title: titles.republished, _status: 'published' }))
    expectEntry(found, { action: 'publish', entity: 'pages', entityId: page, user: ids.editor, changes: ['title'], keep: 'republished' })
  })

  it('who saved a draft of the published page (editor, REST ?draft=true): an update, not an unpublish', async () => {
    const found = await act(editPage('&draft=true', { title: titles.draft }))
    expectEntry(found, { action: 'update', entity: 'pages', entityId: page, user: ids.editor, changes: ['title'], keep: 'draft' })
    const live = await cms.payload.findByID({ collection: 'pages', id: page, depth: 0 })
    expect(live._status, 'the page is still live').toBe('published')
  })

  it('nothing for autosave (only the final save counts)', async () => {
    const found = await act(editPage('&draft=true&autosave=true', { title: titles.autosaved }))
    expect(found.entries.filter((e) => e.entity === 'pages')).toEqual([])
  })

  it('who unpublished a page that had a pending draft (editor, REST)', async () => {
    const found = await act(editPage('', { _status: 'draft' }))
    const live = await cms.payload.findByID({ collection: 'pages', id: page, depth: 0 })
    expect(live._status, 'the page is off the site').toBe('draft')
    expectEntry(found, { action: 'unpublish', entity: 'pages', entityId: page, user: ids.editor })
  })

  it('who deleted a page (editor, REST)', async () => {
    const found = await act(() => api.rest({ method: 'DELETE', path: `/api/pages/${page}?depth=0`, token: tokens.editor }))
    expectEntry(found, { action: 'delete', entity: 'pages', entityId: page, user: ids.editor })
    expect((await cms.payload.count({ collection: 'pages', where: { id: { equals: page } } })).totalDocs).toBe(0)
  })

  it('who changed whose roles (admin, REST)', async () => {
    const found = await act(() => api.rest({ method: 'PATCH', path: `/api/users/${ids.subject}?depth=0`, token: tokens.admin, json: { roles: ['editor', 'marketer'] } }))
    expectEntry(found, { action: 'role-change', entity: 'users', entityId: ids.subject, user: ids.admin, changes: ['roles'], keep: 'roleChange' })
  })

  it('who deleted an account (admin, REST)', async () => {
    const found = await act(() => api.rest({ method: 'DELETE', path: `/api/users/${ids.leaver}?depth=0`, token: tokens.admin }))
    expectEntry(found, { action: 'delete', entity: 'users', entityId: ids.leaver, user: ids.admin, keep: 'userDelete' })
  })

  it('who changed a global, and which fields (editor: footer)', async () => {
    const found = await act(() => api.rest({ method: 'POST', path: '/api/globals/footer?depth=0', token: tokens.editor, json: { note: footerNote } }))
    expectEntry(found, { action: 'update', entity: 'footer', user: ids.editor, changes: ['note'], keep: 'footer' })
  })

  it('who changed a settings global, and which fields (admin: organisation)', async () => {
    const found = await act(() => api.rest({ method: 'POST', path: '/api/globals/organisation?depth=0', token: tokens.admin, json: { legalName: organisationName } }))
    expectEntry(found, { action: 'update', entity: 'organisation', user: ids.admin, changes: ['legalName'], keep: 'organisation' })
  })

  it('nothing for a refused change (editor may not change the organisation)', async () => {
    const found = await act(() => api.rest({ method: 'POST', path: '/api/globals/organisation?depth=0', token: tokens.editor, json: { legalName: `Refused ${runId}` } }), 403)
    expect(found.entries).toEqual([])
  })
})

describe('audit entries hold field names, never field values', () => {
  for (const key of Object.keys(entityKind) as (keyof typeof recorded)[]) {
    it(`"changes" of the ${key} entry names only stored fields of its entity`, () => {
      const entry = recorded[key]
      expect(entry, 'the entry exists').toBeDefined()
      const names = Array.isArray(entry?.changes) ? entry.changes.map(String) : []
      const stored = storedFieldNames(String(entry?.entity), entityKind[key])
      expect(names.filter((n) => !stored.has(n)), `names in "changes" that are not stored fields of ${entry?.entity}`).toEqual([])
    })
  }

  it('the published title is not in the publish entry', () => expectAbsent(recorded.published, titles.published))
  it('the republished title is not in the publish entry', () => expectAbsent(recorded.republished, titles.republished))
  it('the draft title is not in the draft entry', () => expectAbsent(recorded.draft, titles.draft))
  it('the footer note is not in the footer entry', () => expectAbsent(recorded.footer, footerNote))
  it('the new legal name is not in the organisation entry', () => expectAbsent(recorded.organisation, organisationName))
  it('the new roles and the account’s address are not in the role-change entry (ids, not addresses)', () => expectAbsent(recorded.roleChange, 'marketer', emails.subject))
  it('the deleted account’s address is not in its delete entry', () => expectAbsent(recorded.userDelete, emails.leaver))
})

describe('reading the audit log', () => {
  for (const who of ['anonymous', 'editor', 'marketer'] as const) {
    it(`is refused to ${who} (REST and GraphQL)`, async () => {
      const token = who === 'anonymous' ? undefined : tokens[who]
      const rest = await api.rest({ path: '/api/audit-log?depth=0', token })
      expect(rest.status).toBe(403)
      expect((rest.body as { docs?: unknown }).docs).toBeUndefined()
      const one = await api.rest({ path: `/api/audit-log/${await lastEntryId()}?depth=0`, token })
      expect(one.status).toBe(403)
      const gql = await api.graphql({ query: '{ AuditLogs { docs { id action entity } } }', token })
      expect(gql.data?.AuditLogs ?? null).toBeNull()
      expect(gql.errors[0]?.extensions?.statusCode).toBe(403)
    })
  }

  it('is allowed to admins (REST and GraphQL)', async () => {
    expect((await readEntries({})).length).toBeGreaterThan(0)
    const gql = await api.graphql({ query: '{ AuditLogs(limit: 5) { docs { id action entity } } }', token: tokens.admin })
    expect(gql.errors).toEqual([])
    expect((gql.data?.AuditLogs as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
  })
})

describe('no API can forge, change or remove an entry', () => {
  for (const who of ['admin', 'marketer', 'editor', 'anonymous'] as const) {
    it(`not REST, GraphQL or the Local API, as ${who}`, async () => {
      const token = who === 'anonymous' ? undefined : tokens[who]
      const target = (await readEntries({ sort: '-id', limit: '1' }))[0] as Entry
      const before = await cms.payload.find({ collection: 'audit-log', limit: 0, pagination: false, depth: 0, sort: 'id' })
      const refusedRest = [
        await api.rest({ method: 'POST', path: '/api/audit-log', token, json: { action: 'delete', entity: 'pages', entityId: '1', user: ids.editor } }),
        await api.rest({ method: 'PATCH', path: `/api/audit-log/${target.id}`, token, json: { user: ids.marketer, changes: [] } }),
        await api.rest({ method: 'PATCH', path: `/api/audit-log?where[id][equals]=${target.id}`, token, json: { summary: 'rewritten' } }),
        await api.rest({ method: 'DELETE', path: `/api/audit-log/${target.id}`, token }),
        await api.rest({ method: 'DELETE', path: '/api/audit-log?where[id][exists]=true', token }),
        await api.rest({ method: 'POST', path: `/api/audit-log/${target.id}/duplicate`, token }),
      ]
      for (const res of refusedRest) expect([401, 403], JSON.stringify(res.body)).toContain(res.status)
      const mutations = [
        `mutation { r: createAuditLog(data: { action: delete, entity: "pages" }) { id } }`,
        `mutation { r: updateAuditLog(id: ${target.id}, data: { summary: "rewritten" }) { id } }`,
        `mutation { r: deleteAuditLog(id: ${target.id}) { id } }`,
        `mutation { r: duplicateAuditLog(id: ${target.id}, data: { action: delete, entity: "pages" }) { id } }`,
      ]
      for (const query of mutations) {
        const gql = await api.graphql({ query, token })
        expect(gql.data?.r ?? null, query).toBeNull()
        expect([401, 403], `${query}: ${JSON.stringify(gql.errors)}`).toContain(gql.errors[0]?.extensions?.statusCode)
      }
      const user = who === 'anonymous' ? undefined : { ...(await cms.payload.findByID({ collection: 'users', id: ids[who] })), collection: 'users' as const }
      const asCaller = { overrideAccess: false, user }
      await expect(cms.payload.create({ collection: 'audit-log', data: { action: 'delete', entity: 'pages' }, ...asCaller })).rejects.toMatchObject({ status: 403 })
      await expect(cms.payload.update({ collection: 'audit-log', id: target.id, data: { summary: 'rewritten' }, ...asCaller })).rejects.toMatchObject({ status: 403 })
      await expect(cms.payload.delete({ collection: 'audit-log', id: target.id, ...asCaller })).rejects.toMatchObject({ status: 403 })
      const after = await cms.payload.find({ collection: 'audit-log', limit: 0, pagination: false, depth: 0, sort: 'id' })
      expect(after.docs).toEqual(before.docs)
    })
  }
})
