import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaign_sends\` ADD \`last_error\` text;`)
  await db.run(sql`ALTER TABLE \`campaign_sends\` ADD \`lease_owner\` text;`)
  await db.run(sql`ALTER TABLE \`campaign_sends\` ADD \`lease_until\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`campaign_sends\` DROP COLUMN \`last_error\`;`)
  await db.run(sql`ALTER TABLE \`campaign_sends\` DROP COLUMN \`lease_owner\`;`)
  await db.run(sql`ALTER TABLE \`campaign_sends\` DROP COLUMN \`lease_until\`;`)
}
