import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-sqlite'

/**
 * `subscribers.source` and `campaigns.status` stopped being `required` in Payload (their defaults fill them; GraphQL
 * would otherwise demand them of every client). The columns keep NOT NULL + DEFAULT on purpose: dropping NOT NULL in
 * SQLite means recreating the table, and Payload runs migrations inside a transaction, where `PRAGMA foreign_keys=OFF`
 * is ignored, so the DROP TABLE would cascade into the rows that reference these tables.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
