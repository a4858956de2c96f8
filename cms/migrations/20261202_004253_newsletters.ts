import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`newsletter_lists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`visibility\` text DEFAULT 'public' NOT NULL,
  	\`default_for_new\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_lists_key_idx\` ON \`newsletter_lists\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_lists_updated_at_idx\` ON \`newsletter_lists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`newsletter_lists_created_at_idx\` ON \`newsletter_lists\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_lists_locales\` (
  	\`name\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`newsletter_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_lists_locales_locale_parent_id_unique\` ON \`newsletter_lists_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`subscribers_subscriptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`list_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`changed_at\` text,
  	FOREIGN KEY (\`list_id\`) REFERENCES \`newsletter_lists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subscribers_subscriptions_order_idx\` ON \`subscribers_subscriptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_subscriptions_parent_id_idx\` ON \`subscribers_subscriptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_subscriptions_list_idx\` ON \`subscribers_subscriptions\` (\`list_id\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_subscriptions_status_idx\` ON \`subscribers_subscriptions\` (\`status\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_languages_order_idx\` ON \`campaigns_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_languages_parent_idx\` ON \`campaigns_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_heading\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_heading_order_idx\` ON \`campaigns_blocks_heading\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_heading_parent_id_idx\` ON \`campaigns_blocks_heading\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_heading_path_idx\` ON \`campaigns_blocks_heading\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_heading_locale_idx\` ON \`campaigns_blocks_heading\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_paragraph\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_paragraph_order_idx\` ON \`campaigns_blocks_paragraph\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_paragraph_parent_id_idx\` ON \`campaigns_blocks_paragraph\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_paragraph_path_idx\` ON \`campaigns_blocks_paragraph\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_paragraph_locale_idx\` ON \`campaigns_blocks_paragraph\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_button\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_button_order_idx\` ON \`campaigns_blocks_button\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_button_parent_id_idx\` ON \`campaigns_blocks_button\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_button_path_idx\` ON \`campaigns_blocks_button\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_button_locale_idx\` ON \`campaigns_blocks_button\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_list_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_list\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_list_items_order_idx\` ON \`campaigns_blocks_list_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_list_items_parent_id_idx\` ON \`campaigns_blocks_list_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_list_items_locale_idx\` ON \`campaigns_blocks_list_items\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_list\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_list_order_idx\` ON \`campaigns_blocks_list\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_list_parent_id_idx\` ON \`campaigns_blocks_list\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_list_path_idx\` ON \`campaigns_blocks_list\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_list_locale_idx\` ON \`campaigns_blocks_list\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`scheduled_at\` text,
  	\`sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_status_idx\` ON \`campaigns\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_scheduled_at_idx\` ON \`campaigns\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_locales\` (
  	\`subject\` text,
  	\`preheader\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_locales_locale_parent_id_unique\` ON \`campaigns_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`newsletter_lists_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_lists_id\`) REFERENCES \`newsletter_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_newsletter_lists_id_idx\` ON \`campaigns_rels\` (\`newsletter_lists_id\`);`)
  await db.run(sql`CREATE TABLE \`campaign_sends\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`state\` text DEFAULT 'running' NOT NULL,
  	\`snapshot\` text NOT NULL,
  	\`total\` numeric DEFAULT 0,
  	\`sent\` numeric DEFAULT 0,
  	\`skipped\` numeric DEFAULT 0,
  	\`failed\` numeric DEFAULT 0,
  	\`batches\` numeric DEFAULT 0,
  	\`cursor\` text,
  	\`in_flight\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaign_sends_campaign_idx\` ON \`campaign_sends\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_sends_updated_at_idx\` ON \`campaign_sends\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaign_sends_created_at_idx\` ON \`campaign_sends\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaign_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`type\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`subscriber_id\` integer,
  	\`detail\` text,
  	\`key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`subscriber_id\`) REFERENCES \`subscribers\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaign_events_campaign_idx\` ON \`campaign_events\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`campaign_events_type_idx\` ON \`campaign_events\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`campaign_events_at_idx\` ON \`campaign_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`campaign_events_subscriber_idx\` ON \`campaign_events\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaign_events_key_idx\` ON \`campaign_events\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`campaign_events_updated_at_idx\` ON \`campaign_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaign_events_created_at_idx\` ON \`campaign_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`newsletter_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`newsletter_settings_locales\` (
  	\`consent_text\` text DEFAULT 'Ja, stuur me de gekozen nieuwsbrieven. Ik kan me op elk moment uitschrijven via de link onderaan elke mail. myPlugin gebruikt mijn gegevens zoals beschreven in de privacyverklaring.' NOT NULL,
  	\`tracking_text\` text DEFAULT 'Meet per persoon of ik mails open en op links klik, zodat de inhoud beter aansluit (optioneel).' NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`newsletter_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`newsletter_settings_locales_locale_parent_id_unique\` ON \`newsletter_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  // Payload migrates inside a transaction, where PRAGMA foreign_keys=OFF is ignored: dropping the old table would
  // set mail_messages.subscriber_id to NULL. Keep those links aside and put them back after the table is rebuilt.
  await db.run(sql`CREATE TEMP TABLE \`_mail_message_subscribers\` AS SELECT \`id\`, \`subscriber_id\` FROM \`mail_messages\` WHERE \`subscriber_id\` IS NOT NULL;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_subscribers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`name\` text,
  	\`locale\` text DEFAULT 'nl' NOT NULL,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`source\` text DEFAULT 'admin' NOT NULL,
  	\`tracking\` integer DEFAULT false,
  	\`attribution_campaign_id\` integer,
  	\`attribution_at\` text,
  	\`confirmed_at\` text,
  	\`last_confirm_mail_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`attribution_campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // The old table has none of the new columns; the old per-person statuses become overall ones (per-list state is new).
  await db.run(sql`INSERT INTO \`__new_subscribers\`("id", "email", "name", "locale", "status", "updated_at", "created_at") SELECT "id", "email", "name", "locale", CASE WHEN "status" IN ('pending', 'confirmed') THEN 'active' ELSE "status" END, "updated_at", "created_at" FROM \`subscribers\`;`)
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`ALTER TABLE \`__new_subscribers\` RENAME TO \`subscribers\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`UPDATE \`mail_messages\` SET \`subscriber_id\` = (SELECT t.\`subscriber_id\` FROM \`_mail_message_subscribers\` t WHERE t.\`id\` = \`mail_messages\`.\`id\`) WHERE \`id\` IN (SELECT \`id\` FROM \`_mail_message_subscribers\`);`)
  await db.run(sql`DROP TABLE \`_mail_message_subscribers\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_attribution_attribution_campaign_idx\` ON \`subscribers\` (\`attribution_campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`mail_messages\` ADD \`campaign_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`CREATE INDEX \`mail_messages_campaign_idx\` ON \`mail_messages\` (\`campaign_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`newsletter_lists_id\` integer REFERENCES newsletter_lists(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaign_sends_id\` integer REFERENCES campaign_sends(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaign_events_id\` integer REFERENCES campaign_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaign_sends_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_sends_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaign_events_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`newsletter_lists\`;`)
  await db.run(sql`DROP TABLE \`newsletter_lists_locales\`;`)
  await db.run(sql`DROP TABLE \`subscribers_subscriptions\`;`)
  await db.run(sql`DROP TABLE \`campaigns_languages\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_heading\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_paragraph\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_button\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_list_items\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_list\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_locales\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`campaign_sends\`;`)
  await db.run(sql`DROP TABLE \`campaign_events\`;`)
  await db.run(sql`DROP TABLE \`newsletter_settings\`;`)
  await db.run(sql`DROP TABLE \`newsletter_settings_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_subscribers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`name\` text,
  	\`locale\` text DEFAULT 'nl' NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_subscribers\`("id", "email", "name", "locale", "status", "updated_at", "created_at") SELECT "id", "email", "name", "locale", "status", "updated_at", "created_at" FROM \`subscribers\`;`)
  await db.run(sql`DROP TABLE \`subscribers\`;`)
  await db.run(sql`ALTER TABLE \`__new_subscribers\` RENAME TO \`subscribers\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`subscribers_email_idx\` ON \`subscribers\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_status_idx\` ON \`subscribers\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_updated_at_idx\` ON \`subscribers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscribers_created_at_idx\` ON \`subscribers\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_mail_messages\` (
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
  await db.run(sql`INSERT INTO \`__new_mail_messages\`("id", "status", "subject", "to", "template", "locale", "category", "subscriber_id", "idempotency_key", "provider", "provider_id", "error", "sent_at", "last_event_at", "dead_letter", "updated_at", "created_at") SELECT "id", "status", "subject", "to", "template", "locale", "category", "subscriber_id", "idempotency_key", "provider", "provider_id", "error", "sent_at", "last_event_at", "dead_letter", "updated_at", "created_at" FROM \`mail_messages\`;`)
  await db.run(sql`DROP TABLE \`mail_messages\`;`)
  await db.run(sql`ALTER TABLE \`__new_mail_messages\` RENAME TO \`mail_messages\`;`)
  await db.run(sql`CREATE INDEX \`mail_messages_status_idx\` ON \`mail_messages\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_to_idx\` ON \`mail_messages\` (\`to\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_template_idx\` ON \`mail_messages\` (\`template\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_subscriber_idx\` ON \`mail_messages\` (\`subscriber_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`mail_messages_idempotency_key_idx\` ON \`mail_messages\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_provider_id_idx\` ON \`mail_messages\` (\`provider_id\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_updated_at_idx\` ON \`mail_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_messages_created_at_idx\` ON \`mail_messages\` (\`created_at\`);`)
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
  	\`mail_messages_id\` integer,
  	\`suppressions_id\` integer,
  	\`mail_webhook_receipts_id\` integer,
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
  	FOREIGN KEY (\`mail_messages_id\`) REFERENCES \`mail_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`suppressions_id\`) REFERENCES \`suppressions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_webhook_receipts_id\`) REFERENCES \`mail_webhook_receipts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "media_id", "policy_versions_id", "policy_notices_id", "consent_records_id", "subscribers_id", "users_id", "outbox_messages_id", "mail_messages_id", "suppressions_id", "mail_webhook_receipts_id", "audit_log_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "pages_id", "media_id", "policy_versions_id", "policy_notices_id", "consent_records_id", "subscribers_id", "users_id", "outbox_messages_id", "mail_messages_id", "suppressions_id", "mail_webhook_receipts_id", "audit_log_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_suppressions_id_idx\` ON \`payload_locked_documents_rels\` (\`suppressions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_webhook_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_webhook_receipts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}
