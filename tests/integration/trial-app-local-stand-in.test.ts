import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTrialAppClient } from '../../integrations/trial-app/create-trial-app-client'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { waitFor } from '../support/wait-for'

/**
 * `npm start` without TRIAL_PROVISIONING_URL outside production: the web application's stand-in runs as a child
 * process, named in the start-up lines, signing with secrets kept in the data folder, sending its webhooks to our
 * endpoint; it ends with the server, whether the server stops or is killed. Production without a URL runs none.
 */
const dataDir = tempDir({ prefix: 'trial-local-app' })
let server: ServerProcess | undefined

const env = { DATA_DIR: dataDir, PAYLOAD_SECRET: 'local-stand-in-secret-0123456789abcdefghij', JOBS_ENABLED: 'false', TRIAL_LOCAL_STAND_IN: 'true' }
const standInUrlOf = (output: string) => /trials are opened in the local stand-in web application at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1]
const reachable = async (url: string) => {
  try {
    await fetch(`${url}/_control/state`, { signal: AbortSignal.timeout(2_000) })
    return true
  } catch {
    return false
  }
}
const secretIn = (name: string) => fs.readFileSync(path.join(dataDir, `.${name}`), 'utf8').trim()

beforeAll(() => {
  requireBuild()
})
afterAll(async () => {
  await server?.stop('SIGKILL')
})

describe('the local stand-in of the web application (npm start, no TRIAL_PROVISIONING_URL)', () => {
  it('runs beside the server with secrets from the data folder, and stops with it', async () => {
    server = await startServerProcess({ env })
    const url = standInUrlOf(server.output())
    expect(url).toBeDefined()
    expect(server.output()).toContain(`Trial web application (local stand-in, development only): ${url}`)
    const state = (await (await fetch(`${url}/_control/state`)).json()) as { webhookUrl: string }
    expect(state.webhookUrl).toBe(`http://localhost:${server.port}/api/trials/webhooks/app`)

    // The generated secret is the one the stand-in checks: a request signed with it opens an account.
    const secret = secretIn('trial-provisioning-secret')
    expect(secret).toMatch(/^whsec_/)
    expect(secretIn('trial-webhook-secret')).toMatch(/^whsec_/)
    expect(secretIn('trial-webhook-secret')).not.toBe(secret)
    const client = createTrialAppClient({ url: url!, secret, timeoutMs: 5_000 })
    const account = { email: 'probe@example.com', firstName: 'Probe', lastName: 'Person', profession: 'coach', country: 'BE', locale: 'en' } as const
    expect(await client.provisionTrial({ idempotencyKey: 'trial_local-probe-0001', account })).toMatchObject({ accountId: expect.stringMatching(/^acc_/) })

    // A graceful stop takes the stand-in with it.
    expect(await server.stop('SIGTERM')).toBe(0)
    expect(await reachable(url!)).toBe(false)

    // The same secrets on the next start; a kill -9 leaves no orphan behind.
    server = await startServerProcess({ env })
    const second = standInUrlOf(server.output())
    expect(second).toBeDefined()
    expect(secretIn('trial-provisioning-secret')).toBe(secret)
    await createTrialAppClient({ url: second!, secret, timeoutMs: 5_000 }).provisionTrial({ idempotencyKey: 'trial_local-probe-0002', account })
    expect(await server.stop('SIGKILL')).toBe(null)
    await waitFor({ what: 'the orphaned stand-in to exit', timeoutMs: 10_000, everyMs: 200, check: async () => !(await reachable(second!)) })
  }, 120_000)

  it('is not started when TRIAL_LOCAL_STAND_IN=false: trials wait, and the admin says the URL is missing', async () => {
    server = await startServerProcess({ env: { ...env, DATA_DIR: tempDir({ prefix: 'trial-local-app-off' }), TRIAL_LOCAL_STAND_IN: 'false' } })
    expect(standInUrlOf(server.output())).toBeUndefined()
    expect(await server.stop('SIGTERM')).toBe(0)
  }, 120_000)

  it('is not started in production: trials wait there until the URL is set', async () => {
    const production = tempDir({ prefix: 'trial-local-app-production' })
    server = await startServerProcess({
      env: { DATA_DIR: production, APP_ENV: 'production', PAYLOAD_SECRET: 'pr0duction-Secret-0123456789abcdefghijklmnop', DATA_ENCRYPTION_KEY: 'q0bGx3Lw7m5Yt1ZfC2nR8kVd4sJp6hUa9eWc0iTo3Xg=', JOBS_ENABLED: 'false' },
    })
    expect(server.output()).not.toContain('stand-in')
    expect(fs.existsSync(path.join(production, '.trial-provisioning-secret'))).toBe(false)
    expect(await server.stop('SIGTERM')).toBe(0)
  }, 120_000)
})
