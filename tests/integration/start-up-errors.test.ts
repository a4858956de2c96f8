import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../support/free-port'
import { requireBuild } from '../support/require-build'
import { runServer, startServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

/** Starts the server with a bad configuration; it must exit non-zero with one clear line per problem. */
const startBroken = async ({ env, port }: { env: Record<string, string | undefined>; port?: number }) => {
  const run = runServer({ env, port: port ?? (await freePort()) })
  const code = await run.exited
  return { code, output: run.output().trim() }
}

beforeAll(() => requireBuild())

describe('start-up with bad configuration', () => {
  it('an unknown DATABASE_URL scheme', async () => {
    const dataDir = path.join(tempDir({ prefix: 'bad' }), 'data')
    const { code, output } = await startBroken({ env: { DATA_DIR: dataDir, DATABASE_URL: 'postgres://db.internal/site' } })
    expect(code).toBe(1)
    expect(output).toBe(
      '✖ DATABASE_URL: unsupported scheme "postgres:" — use file:./data/myplugin.db (embedded SQLite) or mongodb://… / mongodb+srv://… (MongoDB replica set)',
    )
    expect(fs.existsSync(dataDir)).toBe(false)
  })

  it('a declared production deployment without a strong secret', async () => {
    const dataDir = path.join(tempDir({ prefix: 'bad' }), 'data')
    const missing = await startBroken({ env: { DATA_DIR: dataDir, APP_ENV: 'production', PAYLOAD_SECRET: undefined } })
    expect(missing.code).toBe(1)
    expect(missing.output).toMatch(/^✖ PAYLOAD_SECRET: is missing — a production deployment \(APP_ENV=production\) needs a random secret/)
    const weak = await startBroken({ env: { DATA_DIR: dataDir, APP_ENV: 'production', PAYLOAD_SECRET: 'changeme' } })
    expect(weak.code).toBe(1)
    expect(weak.output).toContain('PAYLOAD_SECRET: is a well-known placeholder')
    expect(fs.existsSync(dataDir)).toBe(false)
  })

  it('production media outside the EU without the explicit override', async () => {
    const dataDir = path.join(tempDir({ prefix: 'bad' }), 'data')
    const { code, output } = await startBroken({
      env: { DATA_DIR: dataDir, APP_ENV: 'production', PAYLOAD_SECRET: 'eu-residency-secret-0123456789abcdefghij', DATA_ENCRYPTION_KEY: 'q0bGx3Lw7m5Yt1ZfC2nR8kVd4sJp6hUa9eWc0iTo3Xg=', S3_BUCKET: 'media', S3_REGION: 'us-east-1' },
    })
    expect(code).toBe(1)
    expect(output).toBe(
      '✖ S3_REGION: "us-east-1" is not an EU region — production keeps media in the EU (eu-central-1, eu-west-1, eu-west-3, eu-south-1, eu-south-2, eu-north-1, fr-par, nl-ams, pl-waw, fsn1, nbg1, hel1, gra, sbg, rbx, de, waw, eu-west-par); choose one of those, or set ALLOW_NON_EU_STORAGE=true if storing outside the EU is intended and covered by your data processing agreements',
    )
    expect(fs.existsSync(dataDir)).toBe(false)
  })

  it('a data encryption key other than the one the data was written with, or none', async () => {
    const dataDir = tempDir({ prefix: 'bad-key' })
    const [first, other] = [randomBytes(32).toString('base64'), randomBytes(32).toString('base64')]
    const written = await startServerProcess({ env: { DATA_DIR: dataDir, DATA_ENCRYPTION_KEY: first, SEED_DEMO: 'true' } })
    // A banner choice puts a personal value (the truncated address) in the ledger, encrypted under the first key.
    const consent = await fetch(`${written.url}/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: written.url },
      body: JSON.stringify({ consentId: randomUUID(), eventId: randomUUID(), action: 'given', revision: 1, locale: 'nl', acceptedCategories: ['necessary'], rejectedCategories: [], acceptedServices: {} }),
    })
    expect(consent.status).toBe(204)
    await written.stop()
    const wrong = await startBroken({ env: { DATA_DIR: dataDir, DATA_ENCRYPTION_KEY: other } })
    expect(wrong.code).toBe(1)
    const lines = wrong.output.split('\n').filter((line) => line.startsWith('✖'))
    expect(lines).toEqual([expect.stringMatching(/^✖ DATA_ENCRYPTION_KEY: 1 stored personal values \(e\.g\. consent-records\.ipTruncated\) are encrypted under key [0-9a-f]{8}, which is not configured — start with the key this database was written with/)])
    // Without any key outside production, a new key file would be generated: the same refusal, never a silent loss.
    const none = await startBroken({ env: { DATA_DIR: dataDir, DATA_ENCRYPTION_KEY: undefined } })
    expect(none.code).toBe(1)
    expect(none.output).toContain('✖ DATA_ENCRYPTION_KEY: 1 stored personal values')
    // With the first key as the previous one (a rotation), it starts.
    const rotating = await startServerProcess({ env: { DATA_DIR: dataDir, DATA_ENCRYPTION_KEY: other, DATA_ENCRYPTION_KEY_PREVIOUS: first } })
    expect((await fetch(`${rotating.url}/readyz`)).status).toBe(200)
    await rotating.stop()
  }, 120_000)

  it('a first-admin password the password policy refuses', async () => {
    const { code, output } = await startBroken({ env: { DATA_DIR: tempDir({ prefix: 'bad' }), SEED_DEMO: 'true', SEED_ADMIN_PASSWORD: 'password1234' } })
    expect(code).toBe(1)
    expect(output.split('\n').filter((line) => line.startsWith('✖'))).toEqual([
      '✖ SEED_ADMIN_PASSWORD: This password is too easy to guess (a common password, a dictionary word, your name or address, or a predictable pattern). Choose a longer, less common one.',
    ])
  })

  it('a port already in use', async () => {
    const port = await freePort()
    const blocker = net.createServer().listen(port, '127.0.0.1')
    await new Promise((r) => blocker.once('listening', r))
    try {
      const dataDir = path.join(tempDir({ prefix: 'bad' }), 'data')
      const { code, output } = await startBroken({ env: { DATA_DIR: dataDir }, port })
      expect(code).toBe(1)
      expect(output).toBe(`✖ PORT: ${port} is already in use — stop the other process or start with PORT=${port + 1}`)
      expect(fs.existsSync(dataDir)).toBe(false)
    } finally {
      blocker.close()
    }
  })

  it('a data folder that cannot be written', async () => {
    const parent = tempDir({ prefix: 'bad' })
    fs.writeFileSync(path.join(parent, 'not-a-folder'), '')
    const { code, output } = await startBroken({ env: { DATA_DIR: path.join(parent, 'not-a-folder', 'data') } })
    expect(code).toBe(1)
    // The first secret written there fails: outside production that is the local trial app stand-in's, then Payload's.
    expect(output).toMatch(/^✖ DATA_DIR: cannot write .*not-a-folder\/data\/\.(trial-provisioning|payload)-secret \(ENOTDIR\) — make the folder writable or set DATA_DIR/)
  })

  it('malformed values, all reported at once', async () => {
    const { code, output } = await startBroken({ env: { DATA_DIR: tempDir({ prefix: 'bad' }), JOBS_POLL_MS: 'soon', LOG_LEVEL: 'loud' } })
    expect(code).toBe(1)
    expect(output.split('\n')).toEqual([
      '✖ JOBS_POLL_MS: must be a whole number from 50 to 600000, got "soon"',
      '✖ LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent',
    ])
  })
})
