import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { appendConsentRecord, type ConsentInput } from '../../cms/consent/append-consent-record'
import { exportConsentRecords } from '../../cms/consent/export-consent-records'
import { recordHash, type ChainedFields } from '../../cms/consent/record-hash'
import { verifyConsentChain } from '../../cms/consent/verify-consent-chain'
import { checkpointEvery } from '../../cms/consent/write-consent-checkpoint'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { rawCreate } from '../support/raw-create'
import { rawDelete } from '../support/raw-delete'
import { rawUpdate } from '../support/raw-update'

let cms: TestCms
beforeAll(async () => {
  cms = await createTestCms()
})
afterAll(async () => cms?.close())
// Each test starts from an empty ledger: they tamper with it (beneath Payload, as someone with the database would).
beforeEach(async () => {
  await rawDelete({ payload: cms.payload, collection: 'consent-checkpoints', where: {} })
  await rawDelete({ payload: cms.payload, collection: 'consent-records', where: {} })
})

const input = (n: number): ConsentInput => ({
  subjectRef: `banner:person-${n}`,
  source: 'banner',
  action: 'given',
  granted: ['analytics'],
  refused: ['marketing'],
  policy: { id: '1', hash: 'a'.repeat(64) },
  wording: { id: 'banner-r1', hash: 'b'.repeat(64) },
  locale: 'nl',
})
const append = async (from: number, to: number) => {
  for (let n = from; n <= to; n++) await appendConsentRecord({ payload: cms.payload, input: input(n) })
}
const exportAll = () => exportConsentRecords({ payload: cms.payload, format: 'json' })

describe('signed checkpoints of the consent ledger', () => {
  it('are written at every export and every 50 records, and an intact ledger verifies', async () => {
    await append(1, 3)
    await exportAll()
    await append(4, checkpointEvery)
    const checkpoints = await cms.payload.find({ collection: 'consent-checkpoints', sort: 'sequence', depth: 0, overrideAccess: true })
    expect(checkpoints.docs.map((c) => [c.sequence, c.reason])).toEqual([
      [3, 'export'],
      [checkpointEvery, 'periodic'],
    ])
    expect(await verifyConsentChain({ payload: cms.payload })).toEqual({ ok: true, checked: checkpointEvery })
  })

  it('report the newest records cut off, naming the missing one (the hash chain alone still holds)', async () => {
    await append(1, 5)
    await exportAll()
    await rawDelete({ payload: cms.payload, collection: 'consent-records', where: { sequence: { greater_than: 3 } } })
    const report = await verifyConsentChain({ payload: cms.payload })
    expect(report.ok).toBe(false)
    expect(report.firstBroken).toMatchObject({ sequence: 5 })
    expect(report.firstBroken?.reason).toMatch(/record #5, signed at .* is missing: the ledger ends at #3/)
  })

  it('report a whole chain rewritten with recomputed hashes, naming the record that differs', async () => {
    await append(1, 4)
    await exportAll()
    // Rewrite record 2 (consent given becomes refused) and recompute every hash after it, as a forger would.
    const rows = (await cms.payload.find({ collection: 'consent-records', sort: 'sequence', depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs
    let previousHash = String(rows[0]!.hash)
    for (const row of rows.slice(1)) {
      const fields: ChainedFields = {
        sequence: Number(row.sequence),
        subjectDigest: String(row.subjectDigest),
        source: String(row.source),
        action: String(row.action),
        granted: Number(row.sequence) === 2 ? [] : (row.granted as string[]),
        refused: Number(row.sequence) === 2 ? ['analytics', 'marketing'] : (row.refused as string[]),
        policyVersion: String(row.policyVersion),
        policyHash: String(row.policyHash),
        wordingId: String(row.wordingId),
        wordingHash: String(row.wordingHash),
        locale: String(row.locale),
        ipTruncated: String(row.ipTruncated ?? ''),
        browserFamily: String(row.browserFamily ?? ''),
        recordedAt: new Date(String(row.recordedAt)).toISOString(),
        previousHash,
      }
      const hash = recordHash(fields)
      await rawUpdate({ payload: cms.payload, collection: 'consent-records', id: row.id, data: { granted: fields.granted, refused: fields.refused, previousHash, hash } })
      previousHash = hash
    }
    const report = await verifyConsentChain({ payload: cms.payload })
    expect(report.ok).toBe(false)
    expect(report.checked).toBe(4)
    expect(report.firstBroken).toMatchObject({ sequence: 4 })
    expect(report.firstBroken?.reason).toMatch(/record #4 differs from the one signed at .* \(the chain was rewritten\)/)
  })

  it('report a checkpoint not signed with the site key (forged), and cannot be written or changed through Payload', async () => {
    await append(1, 2)
    await rawCreate({
      payload: cms.payload,
      collection: 'consent-checkpoints',
      data: { sequence: 2, headHash: 'x', at: '2026-12-01T00:00:00.000Z', reason: 'export', signature: '0'.repeat(64) },
    })
    const report = await verifyConsentChain({ payload: cms.payload })
    expect(report.firstBroken?.reason).toMatch(/not signed with this site's key \(forged\)/)
    await expect(cms.payload.create({ collection: 'consent-checkpoints', data: { sequence: 9, headHash: 'y', at: new Date().toISOString(), reason: 'export', signature: 'z' }, overrideAccess: true })).rejects.toThrow(/written by the ledger only/)
    const stored = (await cms.payload.find({ collection: 'consent-checkpoints', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    await expect(cms.payload.delete({ collection: 'consent-checkpoints', id: stored.id, overrideAccess: true })).rejects.toThrow(/cannot be deleted/)
  })
})
