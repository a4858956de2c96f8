import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`trial_mail_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`trial_days\` numeric DEFAULT 14 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`trial_mail_settings_locales\` (
  	\`day1_subject\` text NOT NULL,
  	\`day1_body\` text NOT NULL,
  	\`day7_subject\` text NOT NULL,
  	\`day7_body\` text NOT NULL,
  	\`expiring_subject\` text NOT NULL,
  	\`expiring_body\` text NOT NULL,
  	\`expired_subject\` text NOT NULL,
  	\`expired_body\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`trial_mail_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`trial_mail_settings_locales_locale_parent_id_unique\` ON \`trial_mail_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`trials\` ADD \`source\` text DEFAULT 'direct';`)
  await db.run(sql`ALTER TABLE \`trials\` ADD \`webinar_id\` integer REFERENCES webinars(id);`)
  await db.run(sql`ALTER TABLE \`trials\` ADD \`expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`trials\` ADD \`converted_at\` text;`)
  await db.run(sql`ALTER TABLE \`trials\` ADD \`ended_at\` text;`)
  await db.run(sql`ALTER TABLE \`trials\` ADD \`lifecycle_day1_sent_at\` text;`)
  await db.run(sql`ALTER TABLE \`trials\` ADD \`lifecycle_day7_sent_at\` text;`)
  await db.run(sql`ALTER TABLE \`trials\` ADD \`lifecycle_expiring_sent_at\` text;`)
  await db.run(sql`ALTER TABLE \`trials\` ADD \`lifecycle_expired_sent_at\` text;`)
  await db.run(sql`ALTER TABLE \`trials\` ADD \`lifecycle_stopped_at\` text;`)
  await db.run(sql`CREATE INDEX \`trials_source_idx\` ON \`trials\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`trials_webinar_idx\` ON \`trials\` (\`webinar_id\`);`)
  await db.run(sql`ALTER TABLE \`retention_reports\` ADD \`unverified_trials\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`retention_reports\` ADD \`ended_trials\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`retention_settings\` ADD \`ended_trials_months\` numeric DEFAULT 24 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Foreign keys off first, and the locales before their parent: later downs (newest first) drop tables these point to.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP TABLE \`trial_mail_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`trial_mail_settings\`;`)
  await db.run(sql`CREATE TABLE \`__new_trials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contact_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'awaiting-verification' NOT NULL,
  	\`profession\` text NOT NULL,
  	\`country\` text NOT NULL,
  	\`locale\` text DEFAULT 'nl' NOT NULL,
  	\`practice_name\` text,
  	\`idempotency_key\` text NOT NULL,
  	\`account_id\` text,
  	\`login_url\` text,
  	\`provisioning_error\` text,
  	\`campaign_id\` integer,
  	\`referrer_path\` text,
  	\`verification_sent_at\` text,
  	\`verified_at\` text,
  	\`provisioned_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_trials\`("id", "contact_id", "status", "profession", "country", "locale", "practice_name", "idempotency_key", "account_id", "login_url", "provisioning_error", "campaign_id", "referrer_path", "verification_sent_at", "verified_at", "provisioned_at", "updated_at", "created_at") SELECT "id", "contact_id", "status", "profession", "country", "locale", "practice_name", "idempotency_key", "account_id", "login_url", "provisioning_error", "campaign_id", "referrer_path", "verification_sent_at", "verified_at", "provisioned_at", "updated_at", "created_at" FROM \`trials\`;`)
  await db.run(sql`DROP TABLE \`trials\`;`)
  await db.run(sql`ALTER TABLE \`__new_trials\` RENAME TO \`trials\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`trials_contact_idx\` ON \`trials\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`trials_status_idx\` ON \`trials\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`trials_idempotency_key_idx\` ON \`trials\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`trials_account_id_idx\` ON \`trials\` (\`account_id\`);`)
  await db.run(sql`CREATE INDEX \`trials_campaign_idx\` ON \`trials\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`trials_verified_at_idx\` ON \`trials\` (\`verified_at\`);`)
  await db.run(sql`CREATE INDEX \`trials_updated_at_idx\` ON \`trials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`trials_created_at_idx\` ON \`trials\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`retention_reports\` DROP COLUMN \`unverified_trials\`;`)
  await db.run(sql`ALTER TABLE \`retention_reports\` DROP COLUMN \`ended_trials\`;`)
  await db.run(sql`ALTER TABLE \`retention_settings\` DROP COLUMN \`ended_trials_months\`;`)
}
