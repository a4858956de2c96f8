import { sql } from '@payloadcms/db-sqlite'
import { getPayload, type Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { decryptValue } from '../../cms/encryption/decrypt-value'
import { keyringOf } from '../../cms/encryption/keyring-of'
import { tempDir } from '../support/temp-dir'

type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>
type Db = { all: <T>(q: unknown) => Promise<T[]>; run: (q: unknown) => Promise<unknown> }
let close: (() => Promise<void>) | undefined

afterAll(async () => close?.())

describe('upgrading a database from before newsletters', () => {
  it('keeps every subscriber, maps their statuses, and keeps mail messages linked to them', async () => {
    process.env.DATA_DIR = tempDir({ prefix: 'migrate' })
    delete process.env.DATABASE_URL
    process.env.PAYLOAD_SECRET = 'integration-test-secret-0123456789abcdefghij'
    const { default: config } = await import('../../cms/payload.config')
    const { migrations } = await import('../../cms/migrations')
    const payload = await getPayload({ config })
    close = () => payload.destroy()
    const all = migrations as unknown as NonNullable<MigrateArgs['migrations']>
    const before = all.findIndex((m) => m.name.endsWith('_newsletters'))
    // The database as the previous release left it, with people and a mail sent to one of them.
    await payload.db.migrate({ migrations: all.slice(0, before) })
    const db = (payload.db as unknown as { drizzle: Db }).drizzle
    await db.run(sql`INSERT INTO subscribers (id, email, locale, status) VALUES (1, 'an@example.com', 'nl', 'confirmed'), (2, 'bo@example.com', 'fr', 'pending'), (3, 'cy@example.com', 'en', 'unsubscribed')`)
    await db.run(sql`INSERT INTO mail_messages (id, status, "to", idempotency_key, subscriber_id) VALUES (7, 'sent', 'an@example.com', 'welcome:1', 1)`)

    await payload.db.migrate({ migrations: all })
    // Subscribers became contacts in a later migration (same ids, renamed in place).
    const people = await db.all<{ id: number; email: string; status: string; source: string }>(sql`SELECT id, email, status, source FROM contacts ORDER BY id`)
    // Encrypted by the later encryption migration; read through the key.
    const keyring = keyringOf(payload)
    expect(people.map((p) => ({ ...p, email: decryptValue({ keyring, stored: p.email, context: 'contacts.email' }) }))).toEqual([
      { id: 1, email: 'an@example.com', status: 'active', source: 'admin' },
      { id: 2, email: 'bo@example.com', status: 'active', source: 'admin' },
      { id: 3, email: 'cy@example.com', status: 'unsubscribed', source: 'admin' },
    ])
    const mail = await db.all<{ contact_id: number | null }>(sql`SELECT contact_id FROM mail_messages WHERE id = 7`)
    expect(mail).toEqual([{ contact_id: 1 }])
  })
})
