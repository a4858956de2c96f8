import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { textToLexical } from '../../cms/policy/text-to-lexical'
import { startResendStandIn, type ResendStandIn } from '../stand-ins/resend-stand-in'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { resendEnv } from '../support/resend-env'
import { createContact, ensureList } from '../support/newsletter-fixtures'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { waitFor } from '../support/wait-for'

/**
 * A major policy version's notice mails, sent by a real server process through the real Resend SDK to the stand-in,
 * whose server is killed (kill -9) while the provider holds an accepted request it has not answered yet. A
 * restarted server takes the job over once its lease runs out and finishes the run: every confirmed person gets
 * the notice exactly once, in their language; people who are pending or left get nothing.
 */
const dataDir = tempDir({ prefix: 'notice-crash' })
const languages = ['nl', 'fr', 'en'] as const
const confirmed = 30
let cms: TestCms
let standIn: ResendStandIn
let server: ServerProcess | undefined
let serverEnv: Record<string, string | undefined>
let versionId: number | string

const notices = () => standIn.accepted.filter((e) => e.idempotencyKey?.startsWith(`policy-notice:${versionId}:`))
const noticeRun = async () => (await cms.payload.find({ collection: 'policy-notices', where: { version: { equals: versionId } }, depth: 0 })).docs[0]

beforeAll(async () => {
  requireBuild()
  // Slow answers: the kill lands after the provider accepted a notice and before the server heard so.
  standIn = await startResendStandIn({ requestsPerSecond: 5, answerDelayMs: 500 })
  cms = await createTestCms({ dataDir })
  serverEnv = {
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    JOBS_POLL_MS: '50',
    // A killed worker's job is taken over quickly.
    JOBS_LEASE_MS: '2000',
    LOG_LEVEL: 'warn',
    ...resendEnv({ standIn, maxRequestsPerSecond: 5 }),
  }
  const list = await ensureList({ payload: cms.payload, key: 'newsletter' })
  for (let i = 0; i < confirmed; i++) {
    await createContact({ payload: cms.payload, email: `reader${i}@example.com`, locale: languages[i % 3], lists: [{ id: list.id, status: 'confirmed' }] })
  }
  await createContact({ payload: cms.payload, email: 'pending@example.com', lists: [{ id: list.id, status: 'pending' }] })
  await createContact({ payload: cms.payload, email: 'left@example.com', status: 'unsubscribed', lists: [{ id: list.id, status: 'unsubscribed' }] })
}, 120_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
  await cms?.close()
  await standIn?.close()
})

describe('policy notices whose server is killed mid-run (kill -9)', () => {
  it('are finished by the restarted server: every confirmed person once, in their language', async () => {
    server = await startServerProcess({ env: serverEnv })
    const version = await cms.payload.create({
      collection: 'policy-versions',
      locale: 'nl',
      data: {
        kind: 'privacy',
        versionLabel: '2',
        effectiveDate: new Date().toISOString(),
        materiality: 'major',
        affectedPurposes: ['analytics', 'marketing', 'newsletter'],
        changeSummary: 'We noemen nu elke verwerker, ook Resend voor e-mail.',
        content: textToLexical({ text: 'Privacybeleid\n\nVersie 2' }),
      } as never,
      overrideAccess: true,
    })
    versionId = version.id
    await cms.payload.update({ collection: 'policy-versions', id: versionId, locale: 'fr', data: { changeSummary: 'Nous nommons désormais chaque sous-traitant.' } })
    await cms.payload.update({ collection: 'policy-versions', id: versionId, locale: 'en', data: { changeSummary: 'We now name every processor, including Resend for mail.' } })
    await cms.payload.update({ collection: 'policy-versions', id: versionId, data: { state: 'published' } })
    const settings = await cms.payload.findGlobal({ slug: 'consent-settings' })
    expect(settings.revision).toBe(2)
    expect(settings.revisionCategories).toEqual(['analytics', 'marketing'])

    // Polled often: the kill follows an acceptance within the stand-in's half-second before it answers.
    await waitFor({ what: 'some notices to be accepted', timeoutMs: 60_000, everyMs: 10, check: () => notices().length >= 8 })
    expect(await server.stop('SIGKILL')).toBe(null)
    const atKill = notices().length
    expect(atKill).toBeLessThan(confirmed)
    expect((await noticeRun())?.state).toBe('sending')

    server = await startServerProcess({ env: serverEnv })
    const run = await waitFor({ what: 'the notice run to finish', timeoutMs: 90_000, everyMs: 250, check: async () => ((await noticeRun())?.state === 'done' ? noticeRun() : undefined) })
    expect(run).toMatchObject({ total: confirmed, sent: confirmed })

    const addresses = notices().map((e) => e.to[0])
    expect(addresses).toHaveLength(confirmed)
    expect(new Set(addresses).size).toBe(confirmed)
    expect(addresses).not.toContain('pending@example.com')
    expect(addresses).not.toContain('left@example.com')
    console.info(`kill -9 after ${atKill} notices accepted; stand-in counters ${JSON.stringify(standIn.counters())}`)
    // The notice on the wire at the kill was sent again under its key and answered from the provider's store.
    expect(standIn.counters().idempotentReplays).toBeGreaterThanOrEqual(1)
    expect(standIn.counters().conflicts).toBe(0)

    const fr = notices().find((e) => e.to[0] === 'reader1@example.com')
    expect(fr?.subject).toBe('Notre politique de confidentialité change (version 2)')
    expect(fr?.text).toContain('Nous nommons désormais chaque sous-traitant.')
    expect(fr?.text).toContain(`/fr/privacy/${versionId}`)
    const rows = await cms.payload.find({ collection: 'mail-messages', where: { idempotencyKey: { like: `policy-notice:${versionId}:` } }, limit: 0, pagination: false, depth: 0 })
    expect(rows.docs.map((r) => r.status).filter((s) => s !== 'sent')).toEqual([])
    expect(rows.docs).toHaveLength(confirmed)
  }, 240_000)
})
