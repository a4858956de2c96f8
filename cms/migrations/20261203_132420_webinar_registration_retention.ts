import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`retention_reports\` ADD \`webinar_registrations\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`retention_settings\` ADD \`webinar_registrations_months\` numeric DEFAULT 24 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`retention_reports\` DROP COLUMN \`webinar_registrations\`;`)
  await db.run(sql`ALTER TABLE \`retention_settings\` DROP COLUMN \`webinar_registrations_months\`;`)
}
