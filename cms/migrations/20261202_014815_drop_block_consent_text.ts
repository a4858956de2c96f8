import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pages_blocks_newsletter_signup_locales\` DROP COLUMN \`consent_text\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_newsletter_signup_locales\` DROP COLUMN \`consent_text\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pages_blocks_newsletter_signup_locales\` ADD \`consent_text\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v_blocks_newsletter_signup_locales\` ADD \`consent_text\` text;`)
}
