import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Columns the down migration cannot drop (SQLite refuses to DROP a column with a foreign key): added once.
const hasColumn = async (db: MigrateUpArgs['db'], table: string, column: string) =>
  (await db.all<{ name: string }>(sql.raw(`PRAGMA table_info(\`${table}\`)`))).some((c) => c.name === column)

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // Renames, never drizzle's rebuilds: rebuilding `contacts` would DROP the old table inside Payload's migration
  // transaction (where PRAGMA foreign_keys=OFF is ignored), cascading away every list status and unlinking mail
  // messages, campaign events and locks. SQLite rewrites the other tables' REFERENCES clauses on RENAME TO.
  await db.run(sql`ALTER TABLE \`subscribers_subscriptions\` RENAME TO \`contacts_subscriptions\`;`)
  await db.run(sql`ALTER TABLE \`subscribers\` RENAME TO \`contacts\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`profession\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`organisation\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`country\` text;`)
  // Index names follow the tables (drizzle's snapshot names them so; a later migration may drop them by name).
  await db.run(sql`DROP INDEX IF EXISTS \`subscribers_subscriptions_order_idx\`;`)
  await db.run(sql`CREATE INDEX \`contacts_subscriptions_order_idx\` ON \`contacts_subscriptions\` (\`_order\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`subscribers_subscriptions_parent_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`contacts_subscriptions_parent_id_idx\` ON \`contacts_subscriptions\` (\`_parent_id\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`subscribers_subscriptions_list_idx\`;`)
  await db.run(sql`CREATE INDEX \`contacts_subscriptions_list_idx\` ON \`contacts_subscriptions\` (\`list_id\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`subscribers_subscriptions_status_idx\`;`)
  await db.run(sql`CREATE INDEX \`contacts_subscriptions_status_idx\` ON \`contacts_subscriptions\` (\`status\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`subscribers_email_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`contacts_email_idx\` ON \`contacts\` (\`email\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`subscribers_status_idx\`;`)
  await db.run(sql`CREATE INDEX \`contacts_status_idx\` ON \`contacts\` (\`status\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`subscribers_attribution_attribution_campaign_idx\`;`)
  await db.run(sql`CREATE INDEX \`contacts_attribution_attribution_campaign_idx\` ON \`contacts\` (\`attribution_campaign_id\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`subscribers_updated_at_idx\`;`)
  await db.run(sql`CREATE INDEX \`contacts_updated_at_idx\` ON \`contacts\` (\`updated_at\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`subscribers_created_at_idx\`;`)
  await db.run(sql`CREATE INDEX \`contacts_created_at_idx\` ON \`contacts\` (\`created_at\`);`)
  // Relationship columns named after the person record: renamed in place, values (ids) unchanged.
  await db.run(sql`ALTER TABLE \`campaign_events\` RENAME COLUMN \`subscriber_id\` TO \`contact_id\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`campaign_events_subscriber_idx\`;`)
  await db.run(sql`CREATE INDEX \`campaign_events_contact_idx\` ON \`campaign_events\` (\`contact_id\`);`)
  await db.run(sql`ALTER TABLE \`mail_messages\` RENAME COLUMN \`subscriber_id\` TO \`contact_id\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`mail_messages_subscriber_idx\`;`)
  await db.run(sql`CREATE INDEX \`mail_messages_contact_idx\` ON \`mail_messages\` (\`contact_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` RENAME COLUMN \`subscribers_id\` TO \`contacts_id\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`payload_locked_documents_rels_subscribers_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  // The timeline.
  await db.run(sql`CREATE TABLE \`contact_activities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contact_id\` integer,
  	\`type\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`campaign_id\` integer,
  	\`lists\` text,
  	\`detail\` text,
  	\`key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contact_activities_contact_idx\` ON \`contact_activities\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`contact_activities_type_idx\` ON \`contact_activities\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`contact_activities_at_idx\` ON \`contact_activities\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`contact_activities_campaign_idx\` ON \`contact_activities\` (\`campaign_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`contact_activities_key_idx\` ON \`contact_activities\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`contact_activities_updated_at_idx\` ON \`contact_activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_activities_created_at_idx\` ON \`contact_activities\` (\`created_at\`);`)
  if (!(await hasColumn(db, 'payload_locked_documents_rels', 'contact_activities_id'))) {
    await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contact_activities_id\` integer REFERENCES \`contact_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade;`)
  }
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_activities_id\`);`)
  // The ledger's link to the person, beside its hashed content: records written before contacts name their subject
  // `subscriber:ID` (left as written, the chain covers its digest); the link points at that same id in `contacts`.
  if (!(await hasColumn(db, 'consent_records', 'contact_id'))) {
    await db.run(sql`ALTER TABLE \`consent_records\` ADD \`contact_id\` integer REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null;`)
  }
  await db.run(sql`CREATE INDEX \`consent_records_contact_idx\` ON \`consent_records\` (\`contact_id\`);`)
  await db.run(sql`UPDATE \`consent_records\` SET \`contact_id\` = (SELECT \`id\` FROM \`contacts\` WHERE CAST(\`contacts\`.\`id\` AS text) = substr(\`consent_records\`.\`subject_ref\`, 12)) WHERE \`subject_ref\` LIKE 'subscriber:%';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The reverse renames. consent_records.contact_id and payload_locked_documents_rels.contact_activities_id stay
  // (nullable, unused before this migration): SQLite cannot DROP a column that has a foreign key.
  await db.run(sql`DROP INDEX IF EXISTS \`consent_records_contact_idx\`;`)
  await db.run(sql`UPDATE \`consent_records\` SET \`contact_id\` = NULL;`)
  await db.run(sql`DROP INDEX IF EXISTS \`payload_locked_documents_rels_contact_activities_id_idx\`;`)
  await db.run(sql`UPDATE \`payload_locked_documents_rels\` SET \`contact_activities_id\` = NULL;`)
  await db.run(sql`DROP TABLE \`contact_activities\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` RENAME COLUMN \`contacts_id\` TO \`subscribers_id\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`payload_locked_documents_rels_contacts_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`ALTER TABLE \`campaign_events\` RENAME COLUMN \`contact_id\` TO \`subscriber_id\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`campaign_events_contact_idx\`;`)
  await db.run(sql`CREATE INDEX \`campaign_events_subscriber_idx\` ON \`campaign_events\` (\`subscriber_id\`);`)
  await db.run(sql`ALTER TABLE \`mail_messages\` RENAME COLUMN \`contact_id\` TO \`subscriber_id\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`mail_messages_contact_idx\`;`)
  await db.run(sql`CREATE INDEX \`mail_messages_subscriber_idx\` ON \`mail_messages\` (\`subscriber_id\`);`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`profession\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`organisation\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`country\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` RENAME TO \`subscribers\`;`)
  await db.run(sql`ALTER TABLE \`contacts_subscriptions\` RENAME TO \`subscribers_subscriptions\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`contacts_subscriptions_order_idx\`;`)
  await db.run(sql`CREATE INDEX \`subscribers_subscriptions_order_idx\` ON \`subscribers_subscriptions\` (\`_order\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`contacts_subscriptions_parent_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`subscribers_subscriptions_parent_id_idx\` ON \`subscribers_subscriptions\` (\`_parent_id\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`contacts_subscriptions_list_idx\`;`)
  await db.run(sql`CREATE INDEX \`subscribers_subscriptions_list_idx\` ON \`subscribers_subscriptions\` (\`list_id\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`contacts_subscriptions_status_idx\`;`)
  await db.run(sql`CREATE INDEX \`subscribers_subscriptions_status_idx\` ON \`subscribers_subscriptions\` (\`status\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`contacts_email_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`contacts_status_idx\`;`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`contacts_attribution_attribution_campaign_idx\`;`)
  await db.run(sql`CREATE INDEX \`subscribers_attribution_attribution_campaign_idx\` ON \`subscribers\` (\`attribution_campaign_id\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`contacts_updated_at_idx\`;`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`DROP INDEX IF EXISTS \`contacts_created_at_idx\`;`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
}
