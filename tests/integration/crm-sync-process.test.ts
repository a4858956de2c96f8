/**
 * Issue #18 through the production server and HubSpot's stand-in, both real processes: visitors answer the demo
 * contact form with and without the CRM box; the sync's batch is in flight (HubSpot answering slowly) when the server
 * is killed with SIGKILL; after a restart every consenting person is in HubSpot exactly once, subscribed with the
 * legal basis, with one receipt each, and nobody without consent ever reached the stand-in (its own log).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFormStamp } from '../../cms/contacts/form-stamp'
import { payloadSecretOf } from '../fuzz/mint-links'
import { createApiClient } from '../support/api-client'
import { requireBuild } from '../support/require-build'
import { startHubSpotStandInProcess, type HubSpotStandInProcess } from '../support/start-hubspot-stand-in-process'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { waitFor } from '../support/wait-for'

const admin = { email: 'admin@example.com', password: 'crm-process-password-0123' }
const payloadSecret = 'crm-process-secret-0123456789abcdefghijkl'
const dataDir = tempDir({ prefix: 'crm-process' })
let hubspot: HubSpotStandInProcess
let server: ServerProcess | undefined

const env = () => ({
  DATA_DIR: dataDir,
  SEED_DEMO: 'true',
  SEED_ADMIN_EMAIL: admin.email,
  SEED_ADMIN_PASSWORD: admin.password,
  PAYLOAD_SECRET: payloadSecret,
  TRUST_PROXY: 'true',
  HUBSPOT_ACCESS_TOKEN: hubspot.accessToken,
  HUBSPOT_BASE_URL: hubspot.url,
  HUBSPOT_SUBSCRIPTION_ID: '9000001',
  HUBSPOT_SYNC_EVERY_SECONDS: '10',
  // A killed round's job is taken back quickly.
  JOBS_LEASE_MS: '3000',
})

beforeAll(async () => {
  requireBuild()
  hubspot = await startHubSpotStandInProcess({ env: { HUBSPOT_STAND_IN_ACCESS_TOKEN: 'pat-process-test-0123456789' } })
}, 60_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
  await hubspot?.stop()
})

describe('the CRM sync in the running server', () => {
  it('survives a kill -9 mid-batch: each consenting person arrives once, nobody else ever', async () => {
    server = await startServerProcess({ env: env(), timeoutMs: 120_000 })
    const api = createApiClient({ baseUrl: server.url })
    const token = await api.login(admin)
    const forms = (await api.rest({ path: '/api/forms?where[purpose][equals]=contact&limit=1&depth=0', token })).body as { docs: { id: number }[] }
    const formId = forms.docs[0]!.id
    const stamp = () => createFormStamp({ secret: payloadSecretOf({ payloadSecret }), now: new Date(Date.now() - 5_000) })
    const answer = async (email: string, crm: boolean, i: number) => {
      const res = await fetch(`${server!.url}/nl/forms/${formId}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server!.url, 'x-forwarded-for': `198.51.100.${i}` },
        body: new URLSearchParams({ email, name: 'Een Naam', question: 'Hoe werkt de agenda?', stamp: stamp(), ...(crm ? { crm: 'yes' } : {}) }),
      })
      expect(res.status).toBe(303)
    }
    const consenting = Array.from({ length: 6 }, (_, i) => `lead.${i}@example.com`)
    const others = ['not.me@example.com', 'nor.me@example.com']
    // HubSpot answers slowly: the round's batch is still waiting for its answer when the server dies.
    await hubspot.control('slow', { delayMs: 4_000 })
    for (const [i, email] of consenting.entries()) await answer(email, true, i + 1)
    for (const [i, email] of others.entries()) await answer(email, false, i + 50)
    await waitFor({ what: 'a batch upsert in flight', timeoutMs: 60_000, everyMs: 200, check: async () => (await hubspot.log()).some((e) => e.path.endsWith('/batch/upsert')) })
    expect(await server.stop('SIGKILL')).toBe(null)

    await hubspot.control('restore')
    server = await startServerProcess({ env: env(), timeoutMs: 120_000 })
    const again = createApiClient({ baseUrl: server.url })
    const token2 = await again.login(admin)
    await waitFor({
      what: 'every consenting person synced',
      timeoutMs: 90_000,
      everyMs: 500,
      check: async () => ((await again.rest({ path: '/api/crm-syncs?where[state][equals]=synced&limit=0', token: token2 })).body as { totalDocs: number }).totalDocs >= consenting.length,
    })

    const state = await hubspot.state()
    for (const email of consenting) {
      expect(state.contacts.filter((c) => c.email === email)).toHaveLength(1)
      expect(state.subscriptions[email]?.['9000001']).toMatchObject({ status: 'SUBSCRIBED', legalBasis: 'CONSENT_WITH_NOTICE' })
    }
    const log = await hubspot.log()
    for (const email of others) expect(log.filter((e) => e.emails.includes(email))).toEqual([])
    const receipts = (await again.rest({ path: '/api/crm-receipts?limit=100&depth=0', token: token2 })).body as { docs: { action: string; contact: number }[] }
    const upserted = receipts.docs.filter((r) => r.action === 'upserted')
    expect(upserted).toHaveLength(consenting.length)
    expect(new Set(upserted.map((r) => r.contact)).size).toBe(consenting.length)
    expect(receipts.docs.filter((r) => r.action === 'subscribed')).toHaveLength(consenting.length)

    // The CRM page's status: on, nothing waiting, no dead letters.
    const status = (await again.rest({ path: '/api/crm-syncs/status', token: token2 })).body as { enabled: boolean; counts: Record<string, number>; due: number }
    expect(status).toMatchObject({ enabled: true, due: 0, counts: { failed: 0, synced: consenting.length } })
  }, 300_000)
})
