import { describe, expect, it } from 'vitest'

import { EnvError } from '../../config/env-error'
import { loadEnv } from '../../config/load-env'

const problemsOf = (source: Record<string, string | undefined>): string[] => {
  try {
    loadEnv({ source })
  } catch (error) {
    if (error instanceof EnvError) return error.problems
    throw error
  }
  return []
}

describe('loadEnv', () => {
  it('needs nothing at all for a local start', () => {
    const env = loadEnv({ source: {} })
    expect(env).toMatchObject({ APP_ENV: 'development', PORT: 3000, JOBS_ENABLED: true, SEED_DEMO: true })
    expect(env.DATABASE_URL).toBeUndefined()
  })

  it('treats empty values as unset, as .env.example writes them', () => {
    const env = loadEnv({ source: { PUBLIC_URL: '', DATABASE_URL: '', SEED_ADMIN_EMAIL: '', PORT: ' ' } })
    expect(env.PORT).toBe(3000)
    expect([env.PUBLIC_URL, env.DATABASE_URL, env.SEED_ADMIN_EMAIL]).toEqual([undefined, undefined, undefined])
  })

  it('recognises SQLite and MongoDB URLs', () => {
    expect(loadEnv({ source: { DATABASE_URL: 'file:./x.db' } }).DATABASE_URL).toEqual({ kind: 'sqlite', url: 'file:./x.db' })
    expect(loadEnv({ source: { DATABASE_URL: 'mongodb+srv://u:p@cluster.example.net/db' } }).DATABASE_URL?.kind).toBe('mongodb')
    expect(loadEnv({ source: { DATABASE_URL: 'mongodb://localhost:27017/db' } }).DATABASE_URL?.kind).toBe('mongodb')
  })

  it('names the variable, the problem and the fix for an unknown database scheme', () => {
    expect(problemsOf({ DATABASE_URL: 'postgres://localhost/db' })).toEqual([
      'DATABASE_URL: unsupported scheme "postgres:" — use file:./data/myplugin.db (embedded SQLite) or mongodb://… / mongodb+srv://… (MongoDB replica set)',
    ])
  })

  it('rejects a malformed port and a bad boolean, one line each', () => {
    const problems = problemsOf({ PORT: 'eighty', JOBS_ENABLED: 'maybe' })
    expect(problems).toContain('PORT: must be a whole number from 1 to 65535, got "eighty"')
    expect(problems).toContain('JOBS_ENABLED: must be true or false')
    expect(problems).toHaveLength(2)
  })

  it('rejects an out-of-range port and an unknown APP_ENV', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual(['PORT: must be a whole number from 1 to 65535, got "70000"'])
    expect(problemsOf({ APP_ENV: 'staging' })).toEqual(['APP_ENV: must be development, test or production'])
  })

  it('refuses a declared production deployment without a secret', () => {
    const [problem] = problemsOf({ APP_ENV: 'production' })
    expect(problem).toMatch(/^PAYLOAD_SECRET: is missing — a production deployment \(APP_ENV=production\) needs a random secret/)
  })

  it('refuses a weak production secret but accepts a strong one', () => {
    expect(problemsOf({ APP_ENV: 'production', PAYLOAD_SECRET: 'changeme' })[0]).toContain('well-known placeholder')
    expect(problemsOf({ APP_ENV: 'production', PAYLOAD_SECRET: 'short-secret' })[0]).toContain('too short (12 characters')
    expect(problemsOf({ APP_ENV: 'production', PAYLOAD_SECRET: 'a'.repeat(40) })[0]).toContain('too few distinct characters')
    expect(problemsOf({ APP_ENV: 'production', PAYLOAD_SECRET: 'k3J9-xQ2_vL8pR5tW1zY7bN4mC6dF0gH', DATA_ENCRYPTION_KEY: 'q0bGx3Lw7m5Yt1ZfC2nR8kVd4sJp6hUa9eWc0iTo3Xg=' })).toEqual([])
  })

  it('requires a data encryption key in production, and refuses one that is not 32 bytes of base64', () => {
    const production = { APP_ENV: 'production', PAYLOAD_SECRET: 'k3J9-xQ2_vL8pR5tW1zY7bN4mC6dF0gH' }
    expect(problemsOf(production)).toEqual([expect.stringMatching(/^DATA_ENCRYPTION_KEY: is required in production — .*openssl rand -base64 32/)])
    expect(problemsOf({ DATA_ENCRYPTION_KEY: 'too-short' })).toEqual(['DATA_ENCRYPTION_KEY: must be 32 random bytes in base64, e.g. from: openssl rand -base64 32'])
    expect(problemsOf({ DATA_ENCRYPTION_KEY: Buffer.alloc(16, 7).toString('base64') })).toHaveLength(1)
    expect(problemsOf({ DATA_ENCRYPTION_KEY_PREVIOUS: `${Buffer.alloc(32, 1).toString('base64')},nonsense` })).toEqual([
      'DATA_ENCRYPTION_KEY_PREVIOUS: must be 32 random bytes in base64, e.g. from: openssl rand -base64 32',
    ])
    const env = loadEnv({ source: { DATA_ENCRYPTION_KEY: Buffer.alloc(32, 2).toString('base64'), DATA_ENCRYPTION_KEY_PREVIOUS: `${Buffer.alloc(32, 1).toString('base64url')}, ${Buffer.alloc(32, 3).toString('base64')}` } })
    expect(env.DATA_ENCRYPTION_KEY_PREVIOUS).toHaveLength(2)
  })

  it('validates the public URL and seed credentials', () => {
    expect(problemsOf({ PUBLIC_URL: 'ftp://example.com' })[0]).toContain('PUBLIC_URL: must be an http(s) URL')
    expect(loadEnv({ source: { PUBLIC_URL: 'https://www.myplugin.app/' } }).PUBLIC_URL).toBe('https://www.myplugin.app')
    expect(problemsOf({ SEED_ADMIN_EMAIL: 'not-an-address' })).toEqual(['SEED_ADMIN_EMAIL: must be an e-mail address'])
    expect(problemsOf({ SEED_ADMIN_PASSWORD: 'short' })).toEqual(['SEED_ADMIN_PASSWORD: must be at least 12 characters'])
  })
  it('keeps production media in the EU unless ALLOW_NON_EU_STORAGE says otherwise', () => {
    const production = { APP_ENV: 'production', PAYLOAD_SECRET: 'eu-residency-secret-0123456789abcdefghij', DATA_ENCRYPTION_KEY: 'q0bGx3Lw7m5Yt1ZfC2nR8kVd4sJp6hUa9eWc0iTo3Xg=', S3_BUCKET: 'media' }
    for (const region of ['eu-central-1', 'eu-west-3', 'fr-par', 'nl-ams', 'fsn1', 'hel1', 'gra', 'EU-NORTH-1']) expect(problemsOf({ ...production, S3_REGION: region }), region).toEqual([])
    // Named eu-* or European, but outside the EU: London and Zurich.
    for (const region of ['us-east-1', 'eu-west-2', 'eu-central-2', 'uk', 'bhs']) {
      expect(problemsOf({ ...production, S3_REGION: region }), region).toEqual([expect.stringMatching(new RegExp(`^S3_REGION: "${region}" is not an EU region — production keeps media in the EU \\(`))])
    }
    expect(problemsOf({ ...production, S3_REGION: 'us-east-1', ALLOW_NON_EU_STORAGE: 'true' })).toEqual([])
    // Outside production, and without S3 (media on the server's own disk), the region is not checked.
    expect(problemsOf({ S3_BUCKET: 'media', S3_REGION: 'us-east-1' })).toEqual([])
    expect(problemsOf({ APP_ENV: 'production', PAYLOAD_SECRET: production.PAYLOAD_SECRET, DATA_ENCRYPTION_KEY: 'q0bGx3Lw7m5Yt1ZfC2nR8kVd4sJp6hUa9eWc0iTo3Xg=', S3_REGION: 'us-east-1' })).toEqual([])
  })
})
