import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`mail_messages_events\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`at\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`mail_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_messages_events_order_idx\` ON \`mail_messages_events\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_events_parent_id_idx\` ON \`mail_messages_events\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`mail_messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`subject\` text,
  	\`to\` text NOT NULL,
  	\`template\` text,
  	\`locale\` text,
  	\`category\` text,
  	\`subscriber_id\` integer,
  	\`idempotency_key\` text NOT NULL,
  	\`provider\` text,
  	\`provider_id\` text,
  	\`error\` text,
  	\`sent_at\` text,
  	\`last_event_at\` text,
  	\`dead_letter\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_messages_status_idx\` ON \`mail_messages\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_to_idx\` ON \`mail_messages\` (\`to\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_template_idx\` ON \`mail_messages\` (\`template\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_subscriber_idx\` ON \`mail_messages\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`mail_messages_idempotency_key_idx\` ON \`mail_messages\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_provider_id_idx\` ON \`mail_messages\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_updated_at_idx\` ON \`mail_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_created_at_idx\` ON \`mail_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`suppressions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`reason\` text DEFAULT 'manual' NOT NULL,
  	\`detail\` text,
  	\`message_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`message_id\`) REFERENCES \`mail_messages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`suppressions_email_idx\` ON \`suppressions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`suppressions_message_idx\` ON \`suppressions\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`suppressions_updated_at_idx\` ON \`suppressions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`suppressions_created_at_idx\` ON \`suppressions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`mail_webhook_receipts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`webhook_id\` text NOT NULL,
  	\`event_type\` text,
  	\`received_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`mail_webhook_receipts_webhook_id_idx\` ON \`mail_webhook_receipts\` (\`webhook_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_webhook_receipts_received_at_idx\` ON \`mail_webhook_receipts\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_webhook_receipts_updated_at_idx\` ON \`mail_webhook_receipts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_webhook_receipts_created_at_idx\` ON \`mail_webhook_receipts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`outbox_messages\` ADD \`category\` text;`)
  await db.run(sql`ALTER TABLE \`outbox_messages\` ADD \`headers\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mail_messages_id\` integer REFERENCES mail_messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`suppressions_id\` integer REFERENCES suppressions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mail_webhook_receipts_id\` integer REFERENCES mail_webhook_receipts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_suppressions_id_idx\` ON \`payload_locked_documents_rels\` (\`suppressions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_webhook_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_webhook_receipts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`mail_messages_events\`;`)
  await db.run(sql`DROP TABLE \`mail_messages\`;`)
  await db.run(sql`DROP TABLE \`suppressions\`;`)
  await db.run(sql`DROP TABLE \`mail_webhook_receipts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`policy_versions_id\` integer,
  	\`policy_notices_id\` integer,
  	\`consent_records_id\` integer,
  	\`subscribers_id\` integer,
  	\`users_id\` integer,
  	\`outbox_messages_id\` integer,
  	\`audit_log_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_versions_id\`) REFERENCES \`policy_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consent_records_id\`) REFERENCES \`consent_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscribers_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_messages_id\`) REFERENCES \`outbox_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "media_id", "policy_versions_id", "policy_notices_id", "consent_records_id", "subscribers_id", "users_id", "outbox_messages_id", "audit_log_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "pages_id", "media_id", "policy_versions_id", "policy_notices_id", "consent_records_id", "subscribers_id", "users_id", "outbox_messages_id", "audit_log_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_versions_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_versions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consent_records_id_idx\` ON \`payload_locked_documents_rels\` (\`consent_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscribers_id_idx\` ON \`payload_locked_documents_rels\` (\`subscribers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`ALTER TABLE \`outbox_messages\` DROP COLUMN \`category\`;`)
  await db.run(sql`ALTER TABLE \`outbox_messages\` DROP COLUMN \`headers\`;`)
}
