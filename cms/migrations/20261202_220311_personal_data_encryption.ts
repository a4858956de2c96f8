import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { keyringOf } from '../encryption/keyring-of'
import { rewritePersonalColumns, type PersonalColumn } from './support/rewrite-personal-columns'

// The personal fields this migration starts encrypting (see each collection's personalField), as SQL columns.
const columns: PersonalColumn[] = [
  { table: 'contacts', column: 'email', context: 'contacts.email', hash: { column: 'email_hash', namespace: 'email' } },
  { table: 'contacts', column: 'name', context: 'contacts.name' },
  { table: 'contacts', column: 'organisation', context: 'contacts.organisation' },
  { table: 'suppressions', column: 'email', context: 'suppressions.email', hash: { column: 'email_hash', namespace: 'email' } },
  { table: 'mail_messages', column: 'to', context: 'mail-messages.to', hash: { column: 'to_hash', namespace: 'email' } },
  { table: 'mail_messages', column: 'dead_letter', context: 'mail-messages.deadLetter', json: true },
  { table: 'outbox_messages', column: 'to', context: 'outbox-messages.to', hash: { column: 'to_hash', namespace: 'email' } },
  { table: 'outbox_messages', column: 'html', context: 'outbox-messages.html' },
  { table: 'outbox_messages', column: 'text', context: 'outbox-messages.text' },
  { table: 'consent_records', column: 'ip_truncated', context: 'consent-records.ipTruncated' },
]

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`contacts_email_idx\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`email_hash\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`contacts_email_hash_idx\` ON \`contacts\` (\`email_hash\`);`)
  await db.run(sql`DROP INDEX \`mail_messages_to_idx\`;`)
  await db.run(sql`ALTER TABLE \`mail_messages\` ADD \`to_hash\` text;`)
  await db.run(sql`ALTER TABLE \`mail_messages\` ADD \`outgoing\` text;`)
  await db.run(sql`CREATE INDEX \`mail_messages_to_hash_idx\` ON \`mail_messages\` (\`to_hash\`);`)
  await db.run(sql`DROP INDEX \`suppressions_email_idx\`;`)
  await db.run(sql`ALTER TABLE \`suppressions\` ADD \`email_hash\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`suppressions_email_hash_idx\` ON \`suppressions\` (\`email_hash\`);`)
  await db.run(sql`ALTER TABLE \`outbox_messages\` ADD \`to_hash\` text;`)
  await db.run(sql`CREATE INDEX \`outbox_messages_to_hash_idx\` ON \`outbox_messages\` (\`to_hash\`);`)
  // What was stored before this migration is plaintext: encrypted here, so no person stays readable on disk.
  await rewritePersonalColumns({ db, keyring: keyringOf(payload), columns, direction: 'encrypt' })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The schema before this migration reads plaintext (and finds people by the plain address): give it back.
  await rewritePersonalColumns({ db, keyring: keyringOf(payload), columns, direction: 'decrypt' })
  await db.run(sql`DROP INDEX \`contacts_email_hash_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`contacts_email_idx\` ON \`contacts\` (\`email\`);`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`email_hash\`;`)
  await db.run(sql`DROP INDEX \`outbox_messages_to_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`outbox_messages\` DROP COLUMN \`to_hash\`;`)
  await db.run(sql`DROP INDEX \`mail_messages_to_hash_idx\`;`)
  await db.run(sql`CREATE INDEX \`mail_messages_to_idx\` ON \`mail_messages\` (\`to\`);`)
  await db.run(sql`ALTER TABLE \`mail_messages\` DROP COLUMN \`to_hash\`;`)
  await db.run(sql`ALTER TABLE \`mail_messages\` DROP COLUMN \`outgoing\`;`)
  await db.run(sql`DROP INDEX \`suppressions_email_hash_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`suppressions_email_idx\` ON \`suppressions\` (\`email\`);`)
  await db.run(sql`ALTER TABLE \`suppressions\` DROP COLUMN \`email_hash\`;`)
}
