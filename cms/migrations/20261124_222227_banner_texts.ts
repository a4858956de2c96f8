import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`consent_settings_locales\` (
  	\`banner_title\` text NOT NULL,
  	\`banner_description\` text NOT NULL,
  	\`banner_accept_all\` text NOT NULL,
  	\`banner_reject_all\` text NOT NULL,
  	\`banner_show_preferences\` text NOT NULL,
  	\`banner_save_preferences\` text NOT NULL,
  	\`banner_preferences_title\` text NOT NULL,
  	\`banner_necessary_description\` text NOT NULL,
  	\`banner_analytics_description\` text NOT NULL,
  	\`banner_marketing_description\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consent_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`consent_settings_locales_locale_parent_id_unique\` ON \`consent_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`consent_settings\` ADD \`tracking_ids_ga_measurement_id\` text;`)
  await db.run(sql`ALTER TABLE \`consent_settings\` ADD \`tracking_ids_hotjar_site_id\` text;`)
  await db.run(sql`ALTER TABLE \`consent_settings\` ADD \`tracking_ids_facebook_pixel_id\` text;`)
  await db.run(sql`ALTER TABLE \`consent_settings\` ADD \`tracking_ids_leadfeeder_id\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`consent_settings_locales\`;`)
  await db.run(sql`ALTER TABLE \`consent_settings\` DROP COLUMN \`tracking_ids_ga_measurement_id\`;`)
  await db.run(sql`ALTER TABLE \`consent_settings\` DROP COLUMN \`tracking_ids_hotjar_site_id\`;`)
  await db.run(sql`ALTER TABLE \`consent_settings\` DROP COLUMN \`tracking_ids_facebook_pixel_id\`;`)
  await db.run(sql`ALTER TABLE \`consent_settings\` DROP COLUMN \`tracking_ids_leadfeeder_id\`;`)
}
