import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { clientAddress } from '../../config/client-address'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { openStoredValue } from '../support/open-stored-value'

const choice = (over: Record<string, unknown> = {}) => ({
  consentId: randomUUID(),
  eventId: randomUUID(),
  action: 'given',
  revision: 1,
  locale: 'nl',
  acceptedCategories: ['necessary'],
  rejectedCategories: ['analytics', 'marketing'],
  acceptedServices: {},
  ...over,
})

describe('the client address rule', () => {
  it('takes the address the trusted proxy appended (the rightmost), never one the client wrote itself', () => {
    // The client sent "X-Forwarded-For: 198.51.100.9" to pose as someone else; the proxy appended what it saw.
    expect(clientAddress({ forwardedFor: '198.51.100.9, 203.0.113.77', socketAddress: '10.0.0.1', trustProxy: true })).toBe('203.0.113.77')
    expect(clientAddress({ forwardedFor: '203.0.113.77', socketAddress: '10.0.0.1', trustProxy: false })).toBe('10.0.0.1')
    expect(clientAddress({ forwardedFor: '', socketAddress: '10.0.0.1', trustProxy: true })).toBe('10.0.0.1')
    expect(clientAddress({ forwardedFor: undefined, socketAddress: undefined, trustProxy: true })).toBe('unknown')
  })
})

describe('behind a trusted proxy', () => {
  let server: ServerProcess
  const dataDir = tempDir({ prefix: 'proxy' })

  beforeAll(async () => {
    requireBuild()
    server = await startServerProcess({ env: { DATA_DIR: dataDir, TRUST_PROXY: 'true', JOBS_ENABLED: 'false', SEED_DEMO: 'true' } })
  })
  afterAll(async () => {
    await server?.stop('SIGKILL')
  })

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/consent`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url, ...headers }, body: JSON.stringify(body) })

  it('records the visitor’s (truncated) address in the consent ledger, not the proxy’s', async () => {
    const res = await post(choice(), { 'x-forwarded-for': '198.51.100.9, 203.0.113.77' })
    expect(res.status, server.output().slice(-3000)).toBe(204)
    const db = createClient({ url: `file:${path.join(dataDir, 'myplugin.db')}` })
    try {
      const rows = await db.execute('SELECT ip_truncated FROM consent_records ORDER BY sequence DESC LIMIT 1')
      // Encrypted at rest like every personal value; what it holds is the visitor's network.
      const stored = String(rows.rows[0]?.ip_truncated)
      expect(stored).toMatch(/^enc1\./)
      expect(openStoredValue({ dataDir, stored, context: 'consent-records.ipTruncated' })).toBe('203.0.113.0/24')
    } finally {
      db.close()
    }
  })

  it('answers a refusal from the error table, in the visitor’s language', async () => {
    const res = await post(choice({ revision: 7 }), { 'accept-language': 'fr-BE,fr;q=0.9' })
    expect(res.status).toBe(409)
    expect(await res.json()).toEqual({ code: 'consent.stale-revision', error: 'Ce choix a été fait pour une ancienne version du bandeau cookies.' })
    const bad = await post({ nonsense: true }, { 'accept-language': 'nl' })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ code: 'consent.invalid-choice', error: 'Ongeldige toestemmingskeuze.' })
  })
})
