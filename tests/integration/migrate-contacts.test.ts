import { sql } from '@payloadcms/db-sqlite'
import { afterAll, describe, expect, it } from 'vitest'

import { genesisHash, recordHash, subjectDigest, type ChainedFields } from '../../cms/consent/record-hash'
import { verifyConsentChain } from '../../cms/consent/verify-consent-chain'
import { decryptValue } from '../../cms/encryption/decrypt-value'
import { keyringOf } from '../../cms/encryption/keyring-of'
import { payloadForMigrations } from '../support/payload-for-migrations'

let close: (() => Promise<void>) | undefined

afterAll(async () => close?.())

/** Ledger rows as the previous release wrote them (subject `subscriber:ID`), chained and hashed the same way. */
const ledgerRows = (subjects: string[]) => {
  let previousHash = genesisHash
  return subjects.map((subjectRef, i) => {
    const fields: ChainedFields = {
      sequence: i + 1,
      subjectDigest: subjectDigest({ subjectRef }),
      source: 'newsletter',
      action: 'given',
      granted: ['news'],
      refused: [],
      policyVersion: '1',
      policyHash: 'p'.repeat(64),
      wordingId: 'newsletter-settings:nl',
      wordingHash: 'w'.repeat(64),
      locale: 'nl',
      ipTruncated: '',
      browserFamily: '',
      recordedAt: new Date(Date.UTC(2026, 10, 1, 10, i)).toISOString(),
      previousHash,
    }
    const hash = recordHash(fields)
    previousHash = hash
    return { ...fields, subjectRef, hash }
  })
}

describe('upgrading a database from subscribers to contacts', () => {
  it('keeps every person, list status, ledger subject, campaign event, mail message and lock linked to the same contact', async () => {
    const cms = await payloadForMigrations({ prefix: 'migrate-contacts' })
    close = cms.close
    const { payload, all, db } = cms
    const previous = all.findIndex((m) => m.name === '20261202_014815_drop_block_consent_text')
    expect(previous).toBeGreaterThan(0)
    expect(all.length).toBeGreaterThan(previous + 1)
    await payload.db.migrate({ migrations: all.slice(0, previous + 1) })

    // The database as the previous release left it. Ids 1 and 3 only (2 was deleted): ids must not shift.
    await db.run(sql`INSERT INTO newsletter_lists (id, key, visibility) VALUES (10, 'news', 'public'), (11, 'tips', 'private')`)
    await db.run(sql`INSERT INTO newsletter_lists_locales (id, name, _locale, _parent_id) VALUES (1, 'News', 'nl', 10), (2, 'Tips', 'nl', 11)`)
    await db.run(sql`INSERT INTO campaigns (id, name, status, sent_at) VALUES (20, 'November', 'sent', '2026-11-02T09:00:00.000Z')`)
    await db.run(sql`INSERT INTO subscribers (id, email, name, locale, status, source, tracking, attribution_campaign_id, attribution_at, confirmed_at)
      VALUES (1, 'an@example.com', 'An', 'nl', 'active', 'form', 1, 20, '2026-11-03T10:00:00.000Z', '2026-11-03T10:05:00.000Z'),
             (3, 'cy@example.com', NULL, 'fr', 'unsubscribed', 'admin', 0, NULL, NULL, NULL)`)
    await db.run(sql`INSERT INTO subscribers_subscriptions (_order, _parent_id, id, list_id, status, changed_at)
      VALUES (1, 1, 'a1', 10, 'confirmed', '2026-11-03T10:05:00.000Z'), (2, 1, 'a2', 11, 'pending', NULL), (1, 3, 'c1', 10, 'unsubscribed', '2026-11-04T08:00:00.000Z')`)
    const ledger = ledgerRows(['banner:7d2f0c1e', 'subscriber:1', 'subscriber:3', 'subscriber:1'])
    for (const r of ledger) {
      await db.run(sql`INSERT INTO consent_records (id, sequence, subject_ref, subject_digest, event_id, source, action, granted, refused, policy_version, policy_hash, wording_id, wording_hash, locale, ip_truncated, browser_family, recorded_at, previous_hash, hash)
        VALUES (${r.sequence}, ${r.sequence}, ${r.subjectRef}, ${r.subjectDigest}, ${`event-${r.sequence}`}, ${r.source}, ${r.action}, ${JSON.stringify(r.granted)}, ${JSON.stringify(r.refused)}, ${r.policyVersion}, ${r.policyHash}, ${r.wordingId}, ${r.wordingHash}, ${r.locale}, ${r.ipTruncated}, ${r.browserFamily}, ${r.recordedAt}, ${r.previousHash}, ${r.hash})`)
    }
    await db.run(sql`INSERT INTO campaign_sends (id, campaign_id, state, snapshot, total, sent, cursor) VALUES (30, 20, 'done', '{}', 2, 2, '3')`)
    await db.run(sql`INSERT INTO campaign_events (id, campaign_id, type, at, subscriber_id, detail, key)
      VALUES (40, 20, 'opened', '2026-11-02T10:00:00.000Z', 1, NULL, 'opened:1'), (41, 20, 'converted', '2026-11-03T10:05:00.000Z', 1, 'newsletter', 'converted:newsletter:20:1'),
             (42, 20, 'unsubscribed', '2026-11-04T08:00:00.000Z', NULL, NULL, 'unsubscribed:20:3'), (43, 20, 'delivered', '2026-11-02T09:01:00.000Z', 3, NULL, 'delivered:3')`)
    await db.run(sql`INSERT INTO mail_messages (id, status, "to", idempotency_key, subscriber_id, campaign_id) VALUES (50, 'sent', 'an@example.com', 'welcome:1:n', 1, NULL), (51, 'delivered', 'cy@example.com', 'welcome:3:n', 3, 20)`)
    await db.run(sql`INSERT INTO payload_locked_documents (id) VALUES (60)`)
    await db.run(sql`INSERT INTO payload_locked_documents_rels (id, "order", parent_id, path, subscribers_id) VALUES (61, NULL, 60, 'document', 3)`)

    await payload.db.migrate({ migrations: all })
    // Every person got a random reference of their own (links and new ledger records name them by it).
    const refs = await db.all<{ ref: string | null }>(sql`SELECT ref FROM contacts`)
    expect(refs.every((r) => typeof r.ref === 'string' && /^[0-9a-f]{32}$/.test(r.ref))).toBe(true)
    expect(new Set(refs.map((r) => r.ref)).size).toBe(refs.length)

    const people = await db.all<{ id: number; email: string; name: string | null; status: string; source: string; tracking: number; attribution_campaign_id: number | null; profession: string | null }>(
      sql`SELECT id, email, name, status, source, tracking, attribution_campaign_id, profession FROM contacts ORDER BY id`,
    )
    // The upgrade also encrypts everyone stored in clear before (20261202_220311_personal_data_encryption).
    expect(people.every((p) => p.email.startsWith('enc1.') && (p.name === null || p.name.startsWith('enc1.')))).toBe(true)
    const keyring = keyringOf(payload)
    const open = (stored: string | null, context: string) => (stored === null ? null : decryptValue({ keyring, stored, context }))
    expect(people.map((p) => ({ ...p, email: open(p.email, 'contacts.email'), name: open(p.name, 'contacts.name') }))).toEqual([
      { id: 1, email: 'an@example.com', name: 'An', status: 'active', source: 'form', tracking: 1, attribution_campaign_id: 20, profession: null },
      { id: 3, email: 'cy@example.com', name: null, status: 'unsubscribed', source: 'admin', tracking: 0, attribution_campaign_id: null, profession: null },
    ])
    const statuses = await db.all<{ parent: number; id: string; list: number; status: string }>(
      sql`SELECT _parent_id AS parent, id, list_id AS list, status FROM contacts_subscriptions ORDER BY id`,
    )
    expect(statuses).toEqual([
      { parent: 1, id: 'a1', list: 10, status: 'confirmed' },
      { parent: 1, id: 'a2', list: 11, status: 'pending' },
      { parent: 3, id: 'c1', list: 10, status: 'unsubscribed' },
    ])
    const records = await db.all<{ sequence: number; subject_ref: string; contact_id: number | null; hash: string }>(sql`SELECT sequence, subject_ref, contact_id, hash FROM consent_records ORDER BY sequence`)
    expect(records).toEqual(ledger.map((r) => ({ sequence: r.sequence, subject_ref: r.subjectRef, hash: r.hash, contact_id: r.subjectRef.startsWith('subscriber:') ? Number(r.subjectRef.slice(11)) : null })))
    expect(await verifyConsentChain({ payload })).toEqual({ ok: true, checked: 4 })
    const events = await db.all<{ id: number; contact_id: number | null; key: string }>(sql`SELECT id, contact_id, key FROM campaign_events ORDER BY id`)
    expect(events).toEqual([
      { id: 40, contact_id: 1, key: 'opened:1' },
      { id: 41, contact_id: 1, key: 'converted:newsletter:20:1' },
      { id: 42, contact_id: null, key: 'unsubscribed:20:3' },
      { id: 43, contact_id: 3, key: 'delivered:3' },
    ])
    expect(await db.all(sql`SELECT id, campaign_id, cursor FROM campaign_sends`)).toEqual([{ id: 30, campaign_id: 20, cursor: '3' }])
    expect(await db.all(sql`SELECT id, contact_id, campaign_id FROM mail_messages ORDER BY id`)).toEqual([
      { id: 50, contact_id: 1, campaign_id: null },
      { id: 51, contact_id: 3, campaign_id: 20 },
    ])
    expect(await db.all(sql`SELECT id, contacts_id FROM payload_locked_documents_rels`)).toEqual([{ id: 61, contacts_id: 3 }])
    // Nothing in the schema still names the old tables (foreign keys were rewritten with the rename).
    const leftovers = await db.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE name LIKE '%subscriber%' OR sql LIKE '%subscribers%' OR sql LIKE '%subscriber_id%'`)
    expect(leftovers).toEqual([])
    expect(await db.all(sql`PRAGMA foreign_key_check`)).toEqual([])

    // Through Payload: the same person, lists, ledger and links, and the person can be changed and appended to.
    const an = await payload.findByID({ collection: 'contacts', id: 1, depth: 0 })
    expect(an.subscriptions?.map((s) => [s.list, s.status])).toEqual([
      [10, 'confirmed'],
      [11, 'pending'],
    ])
    expect(an.attribution?.campaign).toBe(20)
    const anRecords = await payload.find({ collection: 'consent-records', where: { contact: { equals: 1 } }, sort: 'sequence', depth: 0 })
    expect(anRecords.docs.map((d) => d.sequence)).toEqual([2, 4])
    const mail = await payload.findByID({ collection: 'mail-messages', id: 51, depth: 0 })
    expect(mail.contact).toBe(3)
    await payload.update({ collection: 'contacts', id: 3, data: { profession: 'coach', country: 'BE' } })
    const { appendActivity } = await import('../../cms/contacts/append-activity')
    expect(await appendActivity({ payload, contact: 3, type: 'form-submitted', key: 'migrated-test' })).toBe(true)
    const cy = await payload.findByID({ collection: 'contacts', id: 3, depth: 0 })
    expect(cy).toMatchObject({ profession: 'coach', country: 'BE' })
    expect((cy.subscriptions ?? []).map((s) => s.status)).toEqual(['unsubscribed'])

    // Down and up again: the reverse renames keep every row and link too.
    const stepIndex = all.findIndex((m) => m.name === '20261202_140338_contacts')
    const step = all[stepIndex]!
    // Later migrations are undone first (newest first) and redone after, as `payload migrate:down` would.
    const later = all.slice(stepIndex + 1)
    const args = { db, payload, req: {} } as never
    for (const m of [...later].reverse()) await m.down(args)
    await step.down(args)
    expect(await db.all(sql`SELECT id, email FROM subscribers ORDER BY id`)).toEqual([
      { id: 1, email: 'an@example.com' },
      { id: 3, email: 'cy@example.com' },
    ])
    expect(await db.all(sql`SELECT _parent_id AS parent, id FROM subscribers_subscriptions ORDER BY id`)).toEqual([
      { parent: 1, id: 'a1' },
      { parent: 1, id: 'a2' },
      { parent: 3, id: 'c1' },
    ])
    expect(await db.all(sql`SELECT id, subscriber_id FROM mail_messages ORDER BY id`)).toEqual([
      { id: 50, subscriber_id: 1 },
      { id: 51, subscriber_id: 3 },
    ])
    expect(await db.all(sql`SELECT name FROM sqlite_master WHERE name = 'contact_activities' OR sql LIKE '%contacts%'`)).toEqual([])
    await step.up(args)
    for (const m of later) await m.up(args)
    expect(await db.all(sql`SELECT id, contact_id FROM campaign_events WHERE contact_id IS NOT NULL ORDER BY id`)).toEqual([
      { id: 40, contact_id: 1 },
      { id: 41, contact_id: 1 },
      { id: 43, contact_id: 3 },
    ])
    expect(await db.all(sql`SELECT sequence, contact_id FROM consent_records WHERE contact_id IS NOT NULL ORDER BY sequence`)).toEqual([
      { sequence: 2, contact_id: 1 },
      { sequence: 3, contact_id: 3 },
      { sequence: 4, contact_id: 1 },
    ])
    expect(await db.all(sql`PRAGMA foreign_key_check`)).toEqual([])
  })
})
