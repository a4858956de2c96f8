import { sql } from '@payloadcms/db-sqlite'
import { afterAll, describe, expect, it } from 'vitest'

import { decryptValue } from '../../cms/encryption/decrypt-value'
import { keyringOf } from '../../cms/encryption/keyring-of'
import { payloadForMigrations } from '../support/payload-for-migrations'

let close: (() => Promise<void>) | undefined

afterAll(async () => close?.())

describe('upgrading a database from before newsletters', () => {
  it('keeps every subscriber, maps their statuses, and keeps mail messages linked to them', async () => {
    const cms = await payloadForMigrations({ prefix: 'migrate' })
    close = cms.close
    const { payload, all, db } = cms
    const before = all.findIndex((m) => m.name.endsWith('_newsletters'))
    // The database as the previous release left it, with people and a mail sent to one of them.
    await payload.db.migrate({ migrations: all.slice(0, before) })
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
