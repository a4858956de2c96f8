import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Withdrawn policy versions: one new column (when an admin withdrew it). The new `withdrawn` state and audit action
// need no SQL: select values are plain text columns in SQLite. Only ADD/DROP COLUMN, no table rebuild, so no row or
// reference is touched.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`policy_versions\` ADD \`withdrawn_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`policy_versions\` DROP COLUMN \`withdrawn_at\`;`)
}
