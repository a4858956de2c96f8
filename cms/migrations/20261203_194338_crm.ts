import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`crm_syncs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contact_id\` integer NOT NULL,
  	\`state\` text DEFAULT 'pending' NOT NULL,
  	\`due_at\` text,
  	\`purpose\` text,
  	\`legal_basis\` text,
  	\`evidence_sequence\` numeric,
  	\`hubspot_id\` text,
  	\`sent_hash\` text,
  	\`subscribed\` integer DEFAULT false,
  	\`synced_at\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`crm_syncs_contact_idx\` ON \`crm_syncs\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`crm_syncs_state_idx\` ON \`crm_syncs\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`crm_syncs_due_at_idx\` ON \`crm_syncs\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`crm_syncs_updated_at_idx\` ON \`crm_syncs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`crm_syncs_created_at_idx\` ON \`crm_syncs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`crm_receipts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contact_id\` integer,
  	\`contact_ref\` text NOT NULL,
  	\`action\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`purpose\` text,
  	\`legal_basis\` text,
  	\`evidence_sequence\` numeric,
  	\`legal_basis_explanation\` text,
  	\`key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`crm_receipts_contact_idx\` ON \`crm_receipts\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`crm_receipts_contact_ref_idx\` ON \`crm_receipts\` (\`contact_ref\`);`)
  await db.run(sql`CREATE INDEX \`crm_receipts_at_idx\` ON \`crm_receipts\` (\`at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`crm_receipts_key_idx\` ON \`crm_receipts\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`crm_receipts_updated_at_idx\` ON \`crm_receipts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`crm_receipts_created_at_idx\` ON \`crm_receipts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`crm_receipts_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`crm_receipts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`crm_receipts_texts_order_parent\` ON \`crm_receipts_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`audience_exports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`audience\` text DEFAULT 'facebook' NOT NULL,
  	\`exported_by_id\` integer,
  	\`exported_at\` text NOT NULL,
  	\`people_count\` numeric NOT NULL,
  	\`policy_version\` text NOT NULL,
  	\`policy_label\` text,
  	\`ads_wordings\` text NOT NULL,
  	\`file_hash\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`exported_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audience_exports_exported_by_idx\` ON \`audience_exports\` (\`exported_by_id\`);`)
  await db.run(sql`CREATE INDEX \`audience_exports_exported_at_idx\` ON \`audience_exports\` (\`exported_at\`);`)
  await db.run(sql`CREATE INDEX \`audience_exports_updated_at_idx\` ON \`audience_exports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audience_exports_created_at_idx\` ON \`audience_exports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`crm_state\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`cursor\` numeric DEFAULT 0,
  	\`last_run_at\` text,
  	\`last_success_at\` text,
  	\`last_error\` text,
  	\`last_error_at\` text,
  	\`paused_until\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`crm_syncs_id\` integer REFERENCES crm_syncs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`crm_receipts_id\` integer REFERENCES crm_receipts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audience_exports_id\` integer REFERENCES audience_exports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_crm_syncs_id_idx\` ON \`payload_locked_documents_rels\` (\`crm_syncs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_crm_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`crm_receipts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audience_exports_id_idx\` ON \`payload_locked_documents_rels\` (\`audience_exports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  	\`contest_terms_id\` integer,
  	\`form_draws_id\` integer,
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
  	FOREIGN KEY (\`contest_terms_id\`) REFERENCES \`contest_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`form_draws_id\`) REFERENCES \`form_draws\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "media_id", "policy_versions_id", "policy_notices_id", "consent_records_id", "consent_checkpoints_id", "newsletter_lists_id", "contacts_id", "contact_activities_id", "campaigns_id", "campaign_sends_id", "campaign_events_id", "webinars_id", "webinar_registrations_id", "forms_id", "form_submissions_id", "contest_terms_id", "form_draws_id", "trials_id", "users_id", "outbox_messages_id", "mail_messages_id", "suppressions_id", "mail_webhook_receipts_id", "audit_log_id", "retention_reports_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "pages_id", "media_id", "policy_versions_id", "policy_notices_id", "consent_records_id", "consent_checkpoints_id", "newsletter_lists_id", "contacts_id", "contact_activities_id", "campaigns_id", "campaign_sends_id", "campaign_events_id", "webinars_id", "webinar_registrations_id", "forms_id", "form_submissions_id", "contest_terms_id", "form_draws_id", "trials_id", "users_id", "outbox_messages_id", "mail_messages_id", "suppressions_id", "mail_webhook_receipts_id", "audit_log_id", "retention_reports_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contest_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`contest_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_form_draws_id_idx\` ON \`payload_locked_documents_rels\` (\`form_draws_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_trials_id_idx\` ON \`payload_locked_documents_rels\` (\`trials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_suppressions_id_idx\` ON \`payload_locked_documents_rels\` (\`suppressions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_webhook_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_webhook_receipts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_retention_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`retention_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  // Children first, and only once nothing refers to them any more (the tables rebuilt above).
  await db.run(sql`DROP TABLE \`crm_receipts_texts\`;`)
  await db.run(sql`DROP TABLE \`crm_receipts\`;`)
  await db.run(sql`DROP TABLE \`crm_syncs\`;`)
  await db.run(sql`DROP TABLE \`audience_exports\`;`)
  await db.run(sql`DROP TABLE \`crm_state\`;`)
}
