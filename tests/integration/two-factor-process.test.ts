import { randomBytes } from 'node:crypto'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dataKeyring } from '../../cms/encryption/data-keyring'
import { decryptValue } from '../../cms/encryption/decrypt-value'
import { recoveryCodeHash } from '../../cms/users/recovery-code-hash'
import { requireBuild } from '../support/require-build'
import { scanDataFolder } from '../support/scan-data-folder'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { signInOverHttp } from '../two-factor/enrol-over-http'
import { totpCode } from '../two-factor/totp-code'

const admin = { email: 'admin@example.com', password: 'two-factor-admin-password' }

// A production server (APP_ENV=production): two-factor sign-in is required of admins and marketers.
let server: ServerProcess
const dataDir = tempDir({ prefix: 'two-factor' })
// Production requires the data key (it encrypts personal data and the TOTP secrets at rest).
const dataKey = randomBytes(32).toString('base64')

beforeAll(async () => {
  requireBuild()
  server = await startServerProcess({
    env: {
      DATA_DIR: dataDir,
      APP_ENV: 'production',
      DATA_ENCRYPTION_KEY: dataKey,
      PAYLOAD_SECRET: 'two-factor-test-secret-0123456789abcdefghij',
      SEED_DEMO: 'true',
      SEED_ADMIN_EMAIL: admin.email,
      SEED_ADMIN_PASSWORD: admin.password,
      JOBS_ENABLED: 'false',
      // This file signs in and gives codes more often than one person would: the budget is not what it tests.
      RATE_LIMIT_LOGINS_PER_5_MINUTES: '200',
    },
  })
}, 120_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
})

const call = ({ path, token, method = 'GET', body }: { path: string; token: string; method?: string; body?: unknown }) =>
  fetch(`${server.url}${path}`, {
    method,
    redirect: 'manual',
    headers: { authorization: `JWT ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
const codeOf = async (res: Response) => ((await res.json()) as { code?: string }).code
const signIn = () => signInOverHttp({ url: server.url, ...admin })
const verify = ({ token, proof }: { token: string; proof: { code: string } | { recoveryCode: string } }) => call({ path: '/api/users/two-factor/verify', token, method: 'POST', body: proof })

// The tests run in order: each starts from what the previous one left (enrolled, codes used).
let secret = ''
let recoveryCodes: string[] = []

describe('two-factor sign-in in production', () => {
  it('keeps an admin who has not enrolled to enrolment, sign-out and /me', async () => {
    const token = await signIn()
    const users = await call({ path: '/api/users?limit=1', token })
    expect(users.status).toBe(403)
    expect(await codeOf(users)).toBe('auth.two-factor-enrolment-required')
    const graphql = await call({ path: '/api/graphql', token, method: 'POST', body: { query: '{ Users { docs { email } } }' } })
    expect(graphql.status).toBe(403)
    expect((await call({ path: '/api/pages', token, method: 'POST', body: { title: 'x' } })).status).toBe(403)
    const page = await call({ path: '/admin/collections/users', token })
    expect(page.status).toBe(303)
    expect(page.headers.get('location')).toBe('/admin/two-factor')
    // The admin's server actions (a POST to any admin page) stay closed too, the enrolment page's included.
    expect((await call({ path: '/admin/two-factor', token, method: 'POST', body: {} })).status).toBe(403)
    // Preferences: the admin's shell reads them on every page; writing them is closed like everything else.
    expect((await call({ path: '/api/payload-preferences/locale', token, method: 'POST', body: { value: 'en' } })).status).toBe(403)
    expect((await call({ path: '/api/users/me', token })).status).toBe(200)
    expect((await call({ path: '/admin/two-factor', token })).status).toBe(200)
  })

  it('enrols with a code from the offered secret, answers ten recovery codes once and never shows the secret again', async () => {
    const token = await signIn()
    const started = await call({ path: '/api/users/two-factor/enrol/start', token, method: 'POST', body: {} })
    expect(started.status).toBe(200)
    const offer = (await started.json()) as { secret: string; otpauthUrl: string; qrSvg: string }
    secret = offer.secret
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(offer.otpauthUrl).toContain(`secret=${secret}`)
    expect(offer.qrSvg).toMatch(/^<svg/)

    const wrong = await call({ path: '/api/users/two-factor/enrol/finish', token, method: 'POST', body: { code: totpCode({ secret, stepOffset: 5 }) } })
    expect(wrong.status).toBe(403)
    expect(await codeOf(wrong)).toBe('auth.two-factor-code-invalid')
    expect((await call({ path: '/api/users?limit=1', token })).status).toBe(403)

    // The previous step's code: inside the ±1 window, and it leaves the current step free for the next test.
    const finished = await call({ path: '/api/users/two-factor/enrol/finish', token, method: 'POST', body: { code: totpCode({ secret, stepOffset: -1 }) } })
    expect(finished.status).toBe(200)
    recoveryCodes = ((await finished.json()) as { recoveryCodes: string[] }).recoveryCodes
    expect(recoveryCodes).toHaveLength(10)
    expect(new Set(recoveryCodes).size).toBe(10)

    // The enrolling session gave a code: it may go on.
    const users = await call({ path: '/api/users?limit=10', token })
    expect(users.status).toBe(200)
    const listed = await users.text()
    expect(listed).toContain('"twoFactorEnabled":true')
    const me = await (await call({ path: '/api/users/me', token })).text()
    const graphql = await (await call({ path: '/api/graphql', token, method: 'POST', body: { query: '{ Users { docs { email totpSecret } } }' } })).text()
    for (const answer of [listed, me, graphql]) {
      expect(answer).not.toContain(secret)
      expect(answer).not.toMatch(/totpSecret"\s*:\s*"/)
      expect(answer).not.toMatch(/recoveryCodeHashes"\s*:\s*\[/)
    }
    // Asking again is refused: an enrolled account is not re-keyed by whoever holds a session.
    expect((await call({ path: '/api/users/two-factor/enrol/start', token, method: 'POST', body: {} })).status).toBe(409)
  })

  it('needs a valid code for each new sign-in, and refuses codes out of the window or used before', async () => {
    const token = await signIn()
    const before = await call({ path: '/api/users?limit=1', token })
    expect(before.status).toBe(403)
    expect(await codeOf(before)).toBe('auth.two-factor-verification-required')
    expect((await call({ path: '/admin', token })).headers.get('location')).toBe('/admin/two-factor')

    for (const stepOffset of [3, -3]) {
      const outside = await verify({ token, proof: { code: totpCode({ secret, stepOffset }) } })
      expect(outside.status).toBe(403)
      expect(await codeOf(outside)).toBe('auth.two-factor-code-invalid')
    }
    expect((await verify({ token, proof: { code: '12345' } })).status).toBe(403)
    expect((await call({ path: '/api/users?limit=1', token })).status).toBe(403)

    const code = totpCode({ secret })
    expect((await verify({ token, proof: { code } })).status).toBe(200)
    expect((await call({ path: '/api/users?limit=1', token })).status).toBe(200)
    expect((await call({ path: '/admin/collections/users', token })).status).toBe(200)

    // The same code (its time-step already used) on another session: refused, and that session stays closed.
    const other = await signIn()
    const replayed = await verify({ token: other, proof: { code } })
    expect(replayed.status).toBe(403)
    expect(await codeOf(replayed)).toBe('auth.two-factor-code-invalid')
    expect((await call({ path: '/api/users?limit=1', token: other })).status).toBe(403)
  })

  it('accepts each recovery code once', async () => {
    const [first, second] = recoveryCodes as [string, string]
    const token = await signIn()
    const used = await verify({ token, proof: { recoveryCode: first } })
    expect(used.status).toBe(200)
    expect(((await used.json()) as { recoveryCodesLeft: number }).recoveryCodesLeft).toBe(9)
    expect((await call({ path: '/api/users?limit=1', token })).status).toBe(200)

    const again = await signIn()
    expect((await verify({ token: again, proof: { recoveryCode: first } })).status).toBe(403)
    expect((await call({ path: '/api/users?limit=1', token: again })).status).toBe(403)
    expect((await verify({ token: again, proof: { recoveryCode: 'AAAAA-AAAAA' } })).status).toBe(403)
    // Typed loosely (lower case, no dash), an unused one still works.
    expect((await verify({ token: again, proof: { recoveryCode: second.replace('-', '').toLowerCase() } })).status).toBe(200)
    expect((await call({ path: '/api/users?limit=1', token: again })).status).toBe(200)
  })

  it.skipIf(process.env.TEST_DATABASE === 'mongodb')('keeps the secret encrypted and the recovery codes only as hashes at rest', async () => {
    const db = createClient({ url: `file:${path.join(dataDir, 'myplugin.db')}` })
    try {
      const rows = await db.execute({ sql: 'SELECT totp_secret, totp_pending_secret, recovery_code_hashes FROM users WHERE email = ?', args: [admin.email] })
      const row = rows.rows[0] as unknown as { totp_secret: string; totp_pending_secret: string | null; recovery_code_hashes: string }
      // Ciphertext under the data key, bound to its field; it opens to the secret the app was given.
      expect(row.totp_secret).toMatch(/^enc1\.[0-9a-f]{8}\./)
      expect(decryptValue({ keyring: dataKeyring({ keys: [dataKey] }), stored: row.totp_secret, context: 'users.totpSecret' })).toBe(secret)
      expect(row.totp_pending_secret).toBeNull()
      // The eight codes not used above, as hashes only.
      const unused = recoveryCodes.slice(2).map((code) => recoveryCodeHash({ code }))
      expect(JSON.parse(row.recovery_code_hashes)).toEqual(unused)
    } finally {
      db.close()
    }
    // Nowhere on disk in clear: not the secret, not a recovery code (as shown, or as typed without its dash).
    const needles = [secret, ...recoveryCodes, ...recoveryCodes.map((code) => code.replace('-', ''))]
    const scan = scanDataFolder({ dataDir, needles, domain: 'example.', allowed: [admin.email] })
    expect(scan.files.map((f) => f.file)).toEqual(expect.arrayContaining(['myplugin.db']))
    expect([...scan.found.keys()]).toEqual([])
  })

  it('never writes the secret or a recovery code to the log', () => {
    expect(server.output()).not.toContain(secret)
    for (const code of recoveryCodes) expect(server.output()).not.toContain(code)
  })
})
