import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { appendConsentRecord, type ConsentInput } from '../../cms/consent/append-consent-record'
import { exportConsentRecords } from '../../cms/consent/export-consent-records'
import { verifyConsentChain } from '../../cms/consent/verify-consent-chain'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { rawDelete } from '../support/raw-delete'
import { rawUpdate } from '../support/raw-update'

let cms: TestCms
let admin: Record<string, unknown> & { collection: 'users' }

const input = (over: Partial<ConsentInput> = {}): ConsentInput => ({
  subjectRef: 'banner:7d2f0c1e-4b8a-4d8e-9c1f-2a3b4c5d6e7f',
  source: 'banner',
  action: 'given',
  granted: ['analytics'],
  refused: ['marketing'],
  policy: { id: '1', hash: 'a'.repeat(64) },
  wording: { id: 'banner-r1', hash: 'b'.repeat(64) },
  locale: 'nl',
  ip: '203.0.113.77',
  userAgent: 'Mozilla/5.0 Chrome/156.0 Safari/537.36',
  ...over,
})


beforeAll(async () => {
  cms = await createTestCms({ seed: true })
  const users = await cms.payload.find({ collection: 'users', limit: 1 })
  admin = { ...(users.docs[0] as unknown as Record<string, unknown>), collection: 'users' }
})
afterAll(async () => {
  await cms?.close()
})

describe('the consent ledger', () => {
  it('chains every record to its predecessor, also under concurrent appends', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendConsentRecord({ payload: cms.payload, input: input({ subjectRef: `banner:person-${i}` }) })))
    const records = await cms.payload.find({ collection: 'consent-records', sort: 'sequence', limit: 0, pagination: false })
    expect(records.docs.map((r) => r.sequence)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(records.docs[0]?.previousHash).toBe('0'.repeat(64))
    expect(records.docs[1]?.previousHash).toBe(records.docs[0]?.hash)
    expect(await verifyConsentChain({ payload: cms.payload })).toEqual({ ok: true, checked: 20 })
  })

  it('stores what the promise says: truncated IP, browser family, policy and wording references', async () => {
    const record = await appendConsentRecord({ payload: cms.payload, input: input({ ip: '2001:db8:85a3:8d3:1319:8a2e:370:7348' }) })
    expect(record).toMatchObject({ ipTruncated: '2001:db8:85a3::/48', browserFamily: 'Chrome', policyVersion: '1', wordingId: 'banner-r1', granted: ['analytics'], refused: ['marketing'] })
    expect(JSON.stringify(record)).not.toContain('203.0.113.77')
  })

  it('records a replayed event once', async () => {
    const first = await appendConsentRecord({ payload: cms.payload, input: input({ eventId: 'evt-replay-0001' }) })
    const replay = await appendConsentRecord({ payload: cms.payload, input: input({ eventId: 'evt-replay-0001' }) })
    expect(first).toBeDefined()
    expect(replay).toBeUndefined()
    expect((await cms.payload.count({ collection: 'consent-records', where: { eventId: { equals: 'evt-replay-0001' } } })).totalDocs).toBe(1)
  })

  it('cannot be written, changed or deleted through any API', async () => {
    const [record] = (await cms.payload.find({ collection: 'consent-records', limit: 1 })).docs
    await expect(cms.payload.create({ collection: 'consent-records', data: { ...record, id: undefined, sequence: 999 } as never, overrideAccess: true })).rejects.toThrow(
      'Consent records are written by the consent flows only.',
    )
    for (const overrideAccess of [false, true]) {
      await expect(cms.payload.update({ collection: 'consent-records', id: record!.id, data: { granted: ['marketing'] }, user: admin, overrideAccess })).rejects.toThrow()
      await expect(cms.payload.delete({ collection: 'consent-records', id: record!.id, user: admin, overrideAccess })).rejects.toThrow()
    }
    expect(await verifyConsentChain({ payload: cms.payload })).toMatchObject({ ok: true })
  })

  it('lets erasure pseudonymise the subject while the chain still verifies', async () => {
    const target = (await cms.payload.find({ collection: 'consent-records', where: { subjectRef: { equals: 'banner:person-3' } } })).docs[0]
    await cms.payload.update({ collection: 'consent-records', id: target!.id, data: { subjectRef: 'erased' }, overrideAccess: true, context: { erasure: true } })
    await expect(
      cms.payload.update({ collection: 'consent-records', id: target!.id, data: { subjectRef: 'x', locale: 'fr' }, overrideAccess: true, context: { erasure: true } }),
    ).rejects.toThrow('Consent records cannot be changed.')
    expect((await cms.payload.findByID({ collection: 'consent-records', id: target!.id })).subjectRef).toBe('erased')
    expect(await verifyConsentChain({ payload: cms.payload })).toMatchObject({ ok: true })
  })

  it('points at the first tampered record', async () => {
    const records = (await cms.payload.find({ collection: 'consent-records', sort: 'sequence', limit: 0, pagination: false })).docs
    const victim = records[6]!
    // Someone with database access edits a record behind the application's back.
    await rawUpdate({ payload: cms.payload, collection: 'consent-records', id: victim.id, data: { refused: [] } })
    const report = await verifyConsentChain({ payload: cms.payload })
    expect(report).toEqual({ ok: false, checked: 6, firstBroken: { sequence: 7, id: String(victim.id), reason: 'its content does not match its hash (changed after it was written)' } })
    await rawUpdate({ payload: cms.payload, collection: 'consent-records', id: victim.id, data: { refused: victim.refused } })
    expect(await verifyConsentChain({ payload: cms.payload })).toMatchObject({ ok: true })
    await rawDelete({ payload: cms.payload, collection: 'consent-records', where: { id: { equals: records[9]!.id } } })
    expect((await verifyConsentChain({ payload: cms.payload })).firstBroken).toMatchObject({ sequence: 11, reason: 'sequence 11 follows 9: a record is missing' })
  })

  it('exports one person’s records as JSON and CSV', async () => {
    const json = JSON.parse(await exportConsentRecords({ payload: cms.payload, subjectRef: 'banner:person-5', format: 'json' })) as { subjectRef: string }[]
    expect(json.map((r) => r.subjectRef)).toEqual(['banner:person-5'])
    const csv = await exportConsentRecords({ payload: cms.payload, format: 'csv', from: new Date(Date.now() - 60_000) })
    const lines = csv.trim().split('\r\n')
    expect(lines[0]).toBe('sequence,recordedAt,subjectRef,source,action,granted,refused,policyVersion,policyHash,wordingId,wordingHash,locale,ipTruncated,browserFamily,previousHash,hash')
    expect(lines.length).toBeGreaterThan(20)
    expect(lines[1]).toContain('"analytics"')
  })
})
