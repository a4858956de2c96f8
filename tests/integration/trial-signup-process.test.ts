import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFormStamp } from '../../cms/contacts/form-stamp'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

/**
 * No enumeration through the signup's answer: a new address, the same address again (unverified) and a robot get
 * byte-identical answers from the server process (status, location, body), and the page they lead to is the same.
 */
const dataDir = tempDir({ prefix: 'trial-process' })
let cms: TestCms
let server: ServerProcess

beforeAll(async () => {
  requireBuild()
  cms = await createTestCms({ dataDir, seed: true })
  server = await startServerProcess({ env: { DATA_DIR: dataDir, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, TRUST_PROXY: 'true', RATE_LIMIT_WRITES_PER_MINUTE: '1000' } })
}, 120_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
  await cms?.close()
})

const stamp = () => createFormStamp({ secret: cms.payload.secret, now: new Date(Date.now() - 5_000) })
const signUp = async (form: Record<string, string>, client: string) => {
  const res = await fetch(`${server.url}/nl/trial`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, 'x-forwarded-for': client },
    body: new URLSearchParams({ firstName: 'Lotte', lastName: 'Claes', profession: 'coach', country: 'NL', locale: 'nl', accept: 'yes', stamp: stamp(), ...form }),
  })
  return { status: res.status, location: res.headers.get('location'), cache: res.headers.get('cache-control'), body: await res.text() }
}

describe('the trial signup answer', () => {
  it('is byte-identical whether the address is new, known, or the sender a robot', async () => {
    const fresh = await signUp({ email: 'lotte.claes@example.com' }, '203.0.113.1')
    const known = await signUp({ email: 'lotte.claes@example.com' }, '203.0.113.2')
    const robot = await signUp({ email: 'bot@example.com', website: 'spam' }, '203.0.113.3')
    expect(fresh).toMatchObject({ status: 303, location: '/nl/trial?sent=1' })
    expect(known).toEqual(fresh)
    expect(robot).toEqual(fresh)
    expect((await cms.payload.count({ collection: 'trials', overrideAccess: true })).totalDocs).toBe(1)
    const page = async () => (await fetch(`${server.url}/nl/trial?sent=1`)).text()
    const strip = (html: string) => html.replace(/nonce="[^"]*"/g, '')
    expect(strip(await page())).toBe(strip(await page()))
    expect(await page()).toContain('data-trial-sent')
  }, 60_000)
})
