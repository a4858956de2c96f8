import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`contest_terms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_number\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`contest_terms_updated_at_idx\` ON \`contest_terms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_terms_created_at_idx\` ON \`contest_terms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`contest_terms__status_idx\` ON \`contest_terms\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`contest_terms_locales\` (
  	\`title\` text,
  	\`body\` text,
  	\`text_hash\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contest_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`contest_terms_locales_locale_parent_id_unique\` ON \`contest_terms_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_contest_terms_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_version_number\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contest_terms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_contest_terms_v_parent_idx\` ON \`_contest_terms_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_contest_terms_v_version_version_updated_at_idx\` ON \`_contest_terms_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contest_terms_v_version_version_created_at_idx\` ON \`_contest_terms_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contest_terms_v_version_version__status_idx\` ON \`_contest_terms_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_contest_terms_v_created_at_idx\` ON \`_contest_terms_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_contest_terms_v_updated_at_idx\` ON \`_contest_terms_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_contest_terms_v_snapshot_idx\` ON \`_contest_terms_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_contest_terms_v_published_locale_idx\` ON \`_contest_terms_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_contest_terms_v_latest_idx\` ON \`_contest_terms_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_contest_terms_v_locales\` (
  	\`version_title\` text,
  	\`version_body\` text,
  	\`version_text_hash\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_contest_terms_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_contest_terms_v_locales_locale_parent_id_unique\` ON \`_contest_terms_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`form_draws\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`form_id\` integer NOT NULL,
  	\`drawn_by_id\` integer,
  	\`drawn_at\` text NOT NULL,
  	\`entry_count\` numeric NOT NULL,
  	\`winners_count\` numeric NOT NULL,
  	\`algorithm\` text NOT NULL,
  	\`seed\` text NOT NULL,
  	\`entries_hash\` text NOT NULL,
  	\`entry_ids\` text NOT NULL,
  	\`winner_ids\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`drawn_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`form_draws_form_idx\` ON \`form_draws\` (\`form_id\`);`)
  await db.run(sql`CREATE INDEX \`form_draws_drawn_by_idx\` ON \`form_draws\` (\`drawn_by_id\`);`)
  await db.run(sql`CREATE INDEX \`form_draws_updated_at_idx\` ON \`form_draws\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`form_draws_created_at_idx\` ON \`form_draws\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`form_draws_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`form_submissions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`form_draws\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_submissions_id\`) REFERENCES \`form_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`form_draws_rels_order_idx\` ON \`form_draws_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`form_draws_rels_parent_idx\` ON \`form_draws_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`form_draws_rels_path_idx\` ON \`form_draws_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`form_draws_rels_form_submissions_id_idx\` ON \`form_draws_rels\` (\`form_submissions_id\`);`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`terms_id\` integer REFERENCES contest_terms(id);`)
  await db.run(sql`ALTER TABLE \`forms\` ADD \`winners_count\` numeric DEFAULT 1;`)
  await db.run(sql`CREATE INDEX \`forms_terms_idx\` ON \`forms\` (\`terms_id\`);`)
  await db.run(sql`ALTER TABLE \`_forms_v\` ADD \`version_terms_id\` integer REFERENCES contest_terms(id);`)
  await db.run(sql`ALTER TABLE \`_forms_v\` ADD \`version_winners_count\` numeric DEFAULT 1;`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_terms_idx\` ON \`_forms_v\` (\`version_terms_id\`);`)
  await db.run(sql`ALTER TABLE \`form_submissions\` ADD \`terms_version\` text;`)
  await db.run(sql`ALTER TABLE \`form_submissions\` ADD \`terms_hash\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contest_terms_id\` integer REFERENCES contest_terms(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`form_draws_id\` integer REFERENCES form_draws(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_draws_id_idx\` ON \`payload_locked_documents_rels\` (\`form_draws_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_forms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`purpose\` text DEFAULT 'contact',
  	\`legal_basis\` text,
  	\`newsletter_list_id\` integer,
  	\`crm_follow_up\` integer DEFAULT false,
  	\`confirmation_type\` text DEFAULT 'message',
  	\`redirect_path\` text,
  	\`confirmation_mail\` integer DEFAULT false,
  	\`team_address\` text,
  	\`retention_days\` numeric DEFAULT 90,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`newsletter_list_id\`) REFERENCES \`newsletter_lists\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_forms\`("id", "purpose", "legal_basis", "newsletter_list_id", "crm_follow_up", "confirmation_type", "redirect_path", "confirmation_mail", "team_address", "retention_days", "opens_at", "closes_at", "updated_at", "created_at", "_status") SELECT "id", "purpose", "legal_basis", "newsletter_list_id", "crm_follow_up", "confirmation_type", "redirect_path", "confirmation_mail", "team_address", "retention_days", "opens_at", "closes_at", "updated_at", "created_at", "_status" FROM \`forms\`;`)
  await db.run(sql`DROP TABLE \`forms\`;`)
  await db.run(sql`ALTER TABLE \`__new_forms\` RENAME TO \`forms\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`forms_newsletter_list_idx\` ON \`forms\` (\`newsletter_list_id\`);`)
  await db.run(sql`CREATE INDEX \`forms_updated_at_idx\` ON \`forms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`forms_created_at_idx\` ON \`forms\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`forms__status_idx\` ON \`forms\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__forms_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_purpose\` text DEFAULT 'contact',
  	\`version_legal_basis\` text,
  	\`version_newsletter_list_id\` integer,
  	\`version_crm_follow_up\` integer DEFAULT false,
  	\`version_confirmation_type\` text DEFAULT 'message',
  	\`version_redirect_path\` text,
  	\`version_confirmation_mail\` integer DEFAULT false,
  	\`version_team_address\` text,
  	\`version_retention_days\` numeric DEFAULT 90,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_newsletter_list_id\`) REFERENCES \`newsletter_lists\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__forms_v\`("id", "parent_id", "version_purpose", "version_legal_basis", "version_newsletter_list_id", "version_crm_follow_up", "version_confirmation_type", "version_redirect_path", "version_confirmation_mail", "version_team_address", "version_retention_days", "version_opens_at", "version_closes_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_purpose", "version_legal_basis", "version_newsletter_list_id", "version_crm_follow_up", "version_confirmation_type", "version_redirect_path", "version_confirmation_mail", "version_team_address", "version_retention_days", "version_opens_at", "version_closes_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_forms_v\`;`)
  await db.run(sql`DROP TABLE \`_forms_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__forms_v\` RENAME TO \`_forms_v\`;`)
  await db.run(sql`CREATE INDEX \`_forms_v_parent_idx\` ON \`_forms_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_newsletter_list_idx\` ON \`_forms_v\` (\`version_newsletter_list_id\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_updated_at_idx\` ON \`_forms_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version_created_at_idx\` ON \`_forms_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_version_version__status_idx\` ON \`_forms_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_created_at_idx\` ON \`_forms_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_updated_at_idx\` ON \`_forms_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_snapshot_idx\` ON \`_forms_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_published_locale_idx\` ON \`_forms_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_forms_v_latest_idx\` ON \`_forms_v\` (\`latest\`);`)
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
  	\`consent_checkpoints_id\` integer,
  	\`newsletter_lists_id\` integer,
  	\`contacts_id\` integer,
  	\`contact_activities_id\` integer,
  	\`campaigns_id\` integer,
  	\`campaign_sends_id\` integer,
  	\`campaign_events_id\` integer,
  	\`webinars_id\` integer,
  	\`webinar_registrations_id\` integer,
  	\`forms_id\` integer,
  	\`form_submissions_id\` integer,
  	\`trials_id\` integer,
  	\`users_id\` integer,
  	\`outbox_messages_id\` integer,
  	\`mail_messages_id\` integer,
  	\`suppressions_id\` integer,
  	\`mail_webhook_receipts_id\` integer,
  	\`audit_log_id\` integer,
  	\`retention_reports_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_versions_id\`) REFERENCES \`policy_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_notices_id\`) REFERENCES \`policy_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consent_records_id\`) REFERENCES \`consent_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consent_checkpoints_id\`) REFERENCES \`consent_checkpoints\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_lists_id\`) REFERENCES \`newsletter_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contact_activities_id\`) REFERENCES \`contact_activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaign_sends_id\`) REFERENCES \`campaign_sends\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaign_events_id\`) REFERENCES \`campaign_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinar_registrations_id\`) REFERENCES \`webinar_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`forms_id\`) REFERENCES \`forms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_submissions_id\`) REFERENCES \`form_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`trials_id\`) REFERENCES \`trials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_messages_id\`) REFERENCES \`outbox_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_messages_id\`) REFERENCES \`mail_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`suppressions_id\`) REFERENCES \`suppressions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_webhook_receipts_id\`) REFERENCES \`mail_webhook_receipts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`retention_reports_id\`) REFERENCES \`retention_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "media_id", "policy_versions_id", "policy_notices_id", "consent_records_id", "consent_checkpoints_id", "newsletter_lists_id", "contacts_id", "contact_activities_id", "campaigns_id", "campaign_sends_id", "campaign_events_id", "webinars_id", "webinar_registrations_id", "forms_id", "form_submissions_id", "trials_id", "users_id", "outbox_messages_id", "mail_messages_id", "suppressions_id", "mail_webhook_receipts_id", "audit_log_id", "retention_reports_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "pages_id", "media_id", "policy_versions_id", "policy_notices_id", "consent_records_id", "consent_checkpoints_id", "newsletter_lists_id", "contacts_id", "contact_activities_id", "campaigns_id", "campaign_sends_id", "campaign_events_id", "webinars_id", "webinar_registrations_id", "forms_id", "form_submissions_id", "trials_id", "users_id", "outbox_messages_id", "mail_messages_id", "suppressions_id", "mail_webhook_receipts_id", "audit_log_id", "retention_reports_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consent_checkpoints_id_idx\` ON \`payload_locked_documents_rels\` (\`consent_checkpoints_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contact_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`contact_activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaign_sends_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_sends_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaign_events_id_idx\` ON \`payload_locked_documents_rels\` (\`campaign_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webinars_id_idx\` ON \`payload_locked_documents_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webinar_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`webinar_registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_forms_id_idx\` ON \`payload_locked_documents_rels\` (\`forms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`form_submissions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trials_id_idx\` ON \`payload_locked_documents_rels\` (\`trials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_suppressions_id_idx\` ON \`payload_locked_documents_rels\` (\`suppressions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_webhook_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_webhook_receipts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_retention_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`retention_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`ALTER TABLE \`form_submissions\` DROP COLUMN \`terms_version\`;`)
  await db.run(sql`ALTER TABLE \`form_submissions\` DROP COLUMN \`terms_hash\`;`)
  // Children first, and only once nothing refers to them any more (the tables rebuilt above).
  await db.run(sql`DROP TABLE \`form_draws_rels\`;`)
  await db.run(sql`DROP TABLE \`form_draws\`;`)
  await db.run(sql`DROP TABLE \`_contest_terms_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_contest_terms_v\`;`)
  await db.run(sql`DROP TABLE \`contest_terms_locales\`;`)
  await db.run(sql`DROP TABLE \`contest_terms\`;`)
}
