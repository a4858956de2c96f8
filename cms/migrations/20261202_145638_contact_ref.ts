import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Every contact gets a random, never-reused reference (128 bits; hex here, base64url from new-contact-ref.ts): links and
// ledger records name people by it from now on, so a reused integer id inherits nothing.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`ref\` text;`)
  await db.run(sql`UPDATE \`contacts\` SET \`ref\` = lower(hex(randomblob(16))) WHERE \`ref\` IS NULL;`)
  await db.run(sql`CREATE UNIQUE INDEX \`contacts_ref_idx\` ON \`contacts\` (\`ref\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`contacts_ref_idx\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`ref\`;`)
}
