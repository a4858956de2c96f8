import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
