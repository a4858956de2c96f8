import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`webinars_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`photo_id\` integer,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_speakers_order_idx\` ON \`webinars_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_speakers_parent_id_idx\` ON \`webinars_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_speakers_photo_idx\` ON \`webinars_speakers\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_speakers_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_speakers_locales_locale_parent_id_unique\` ON \`webinars_speakers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_blocks_rich_text_order_idx\` ON \`webinars_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_rich_text_parent_id_idx\` ON \`webinars_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_rich_text_path_idx\` ON \`webinars_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_rich_text_locales\` (
  	\`content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_blocks_rich_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_blocks_rich_text_locales_locale_parent_id_unique\` ON \`webinars_blocks_rich_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_feature_grid_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_blocks_feature_grid_features_order_idx\` ON \`webinars_blocks_feature_grid_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_feature_grid_features_parent_id_idx\` ON \`webinars_blocks_feature_grid_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_feature_grid_features_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_blocks_feature_grid_features\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_blocks_feature_grid_features_locales_locale_parent_\` ON \`webinars_blocks_feature_grid_features_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_feature_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_blocks_feature_grid_order_idx\` ON \`webinars_blocks_feature_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_feature_grid_parent_id_idx\` ON \`webinars_blocks_feature_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_feature_grid_path_idx\` ON \`webinars_blocks_feature_grid\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_feature_grid_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_blocks_feature_grid_locales_locale_parent_id_unique\` ON \`webinars_blocks_feature_grid_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_testimonial\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`author\` text,
  	\`photo_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_blocks_testimonial_order_idx\` ON \`webinars_blocks_testimonial\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_testimonial_parent_id_idx\` ON \`webinars_blocks_testimonial\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_testimonial_path_idx\` ON \`webinars_blocks_testimonial\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_testimonial_photo_idx\` ON \`webinars_blocks_testimonial\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_testimonial_locales\` (
  	\`quote\` text,
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_blocks_testimonial\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_blocks_testimonial_locales_locale_parent_id_unique\` ON \`webinars_blocks_testimonial_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`link_type\` text DEFAULT 'page',
  	\`link_page_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`link_page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_blocks_call_to_action_order_idx\` ON \`webinars_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_call_to_action_parent_id_idx\` ON \`webinars_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_call_to_action_path_idx\` ON \`webinars_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_call_to_action_link_link_page_idx\` ON \`webinars_blocks_call_to_action\` (\`link_page_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_call_to_action_locales\` (
  	\`heading\` text,
  	\`text\` text,
  	\`link_label\` text,
  	\`link_url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_blocks_call_to_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_blocks_call_to_action_locales_locale_parent_id_uniq\` ON \`webinars_blocks_call_to_action_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_blocks_faq_items_order_idx\` ON \`webinars_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_faq_items_parent_id_idx\` ON \`webinars_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_faq_items_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_blocks_faq_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_blocks_faq_items_locales_locale_parent_id_unique\` ON \`webinars_blocks_faq_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_blocks_faq_order_idx\` ON \`webinars_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_faq_parent_id_idx\` ON \`webinars_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_faq_path_idx\` ON \`webinars_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_faq_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_blocks_faq_locales_locale_parent_id_unique\` ON \`webinars_blocks_faq_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_media\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_blocks_media_order_idx\` ON \`webinars_blocks_media\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_media_parent_id_idx\` ON \`webinars_blocks_media\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_media_path_idx\` ON \`webinars_blocks_media\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`webinars_blocks_media_media_idx\` ON \`webinars_blocks_media\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_blocks_media_locales\` (
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_blocks_media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_blocks_media_locales_locale_parent_id_unique\` ON \`webinars_blocks_media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_questions_choices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_questions_choices_order_idx\` ON \`webinars_questions_choices\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_questions_choices_parent_id_idx\` ON \`webinars_questions_choices\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_questions_choices_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_questions_choices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_questions_choices_locales_locale_parent_id_unique\` ON \`webinars_questions_choices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_questions_order_idx\` ON \`webinars_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinars_questions_parent_id_idx\` ON \`webinars_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars_questions_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_questions_locales_locale_parent_id_unique\` ON \`webinars_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinars\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`start\` text,
  	\`duration_minutes\` numeric DEFAULT 60,
  	\`language\` text DEFAULT 'nl',
  	\`capacity\` numeric,
  	\`registration_deadline\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`join_url\` text,
  	\`replay_url\` text,
  	\`sequence\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_slug_idx\` ON \`webinars\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`webinars_start_idx\` ON \`webinars\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`webinars_status_idx\` ON \`webinars\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webinars_updated_at_idx\` ON \`webinars\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webinars_created_at_idx\` ON \`webinars\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`webinars__status_idx\` ON \`webinars\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`webinars_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinars_meta_meta_image_idx\` ON \`webinars_locales\` (\`meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`webinars_locales_locale_parent_id_unique\` ON \`webinars_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_speakers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`photo_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_speakers_order_idx\` ON \`_webinars_v_version_speakers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_speakers_parent_id_idx\` ON \`_webinars_v_version_speakers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_speakers_photo_idx\` ON \`_webinars_v_version_speakers\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_speakers_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_version_speakers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_version_speakers_locales_locale_parent_id_unique\` ON \`_webinars_v_version_speakers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_rich_text_order_idx\` ON \`_webinars_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_rich_text_parent_id_idx\` ON \`_webinars_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_rich_text_path_idx\` ON \`_webinars_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_rich_text_locales\` (
  	\`content\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_blocks_rich_text\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_blocks_rich_text_locales_locale_parent_id_unique\` ON \`_webinars_v_blocks_rich_text_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_feature_grid_features\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_feature_grid_features_order_idx\` ON \`_webinars_v_blocks_feature_grid_features\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_feature_grid_features_parent_id_idx\` ON \`_webinars_v_blocks_feature_grid_features\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_feature_grid_features_locales\` (
  	\`title\` text,
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_blocks_feature_grid_features\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_blocks_feature_grid_features_locales_locale_pare\` ON \`_webinars_v_blocks_feature_grid_features_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_feature_grid\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_feature_grid_order_idx\` ON \`_webinars_v_blocks_feature_grid\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_feature_grid_parent_id_idx\` ON \`_webinars_v_blocks_feature_grid\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_feature_grid_path_idx\` ON \`_webinars_v_blocks_feature_grid\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_feature_grid_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_blocks_feature_grid\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_blocks_feature_grid_locales_locale_parent_id_uni\` ON \`_webinars_v_blocks_feature_grid_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_testimonial\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`author\` text,
  	\`photo_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_testimonial_order_idx\` ON \`_webinars_v_blocks_testimonial\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_testimonial_parent_id_idx\` ON \`_webinars_v_blocks_testimonial\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_testimonial_path_idx\` ON \`_webinars_v_blocks_testimonial\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_testimonial_photo_idx\` ON \`_webinars_v_blocks_testimonial\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_testimonial_locales\` (
  	\`quote\` text,
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_blocks_testimonial\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_blocks_testimonial_locales_locale_parent_id_uniq\` ON \`_webinars_v_blocks_testimonial_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`link_type\` text DEFAULT 'page',
  	\`link_page_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`link_page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_call_to_action_order_idx\` ON \`_webinars_v_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_call_to_action_parent_id_idx\` ON \`_webinars_v_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_call_to_action_path_idx\` ON \`_webinars_v_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_call_to_action_link_link_page_idx\` ON \`_webinars_v_blocks_call_to_action\` (\`link_page_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_call_to_action_locales\` (
  	\`heading\` text,
  	\`text\` text,
  	\`link_label\` text,
  	\`link_url\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_blocks_call_to_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_blocks_call_to_action_locales_locale_parent_id_u\` ON \`_webinars_v_blocks_call_to_action_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_faq_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_faq_items_order_idx\` ON \`_webinars_v_blocks_faq_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_faq_items_parent_id_idx\` ON \`_webinars_v_blocks_faq_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_faq_items_locales\` (
  	\`question\` text,
  	\`answer\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_blocks_faq_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_blocks_faq_items_locales_locale_parent_id_unique\` ON \`_webinars_v_blocks_faq_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_faq_order_idx\` ON \`_webinars_v_blocks_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_faq_parent_id_idx\` ON \`_webinars_v_blocks_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_faq_path_idx\` ON \`_webinars_v_blocks_faq\` (\`_path\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_faq_locales\` (
  	\`heading\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_blocks_faq\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_blocks_faq_locales_locale_parent_id_unique\` ON \`_webinars_v_blocks_faq_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_media\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`media_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_media_order_idx\` ON \`_webinars_v_blocks_media\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_media_parent_id_idx\` ON \`_webinars_v_blocks_media\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_media_path_idx\` ON \`_webinars_v_blocks_media\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_blocks_media_media_idx\` ON \`_webinars_v_blocks_media\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_blocks_media_locales\` (
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_blocks_media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_blocks_media_locales_locale_parent_id_unique\` ON \`_webinars_v_blocks_media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_questions_choices\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_questions_choices_order_idx\` ON \`_webinars_v_version_questions_choices\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_questions_choices_parent_id_idx\` ON \`_webinars_v_version_questions_choices\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_questions_choices_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_version_questions_choices\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_version_questions_choices_locales_locale_parent_\` ON \`_webinars_v_version_questions_choices_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`required\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_questions_order_idx\` ON \`_webinars_v_version_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_questions_parent_id_idx\` ON \`_webinars_v_version_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_version_questions_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_version_questions_locales_locale_parent_id_uniqu\` ON \`_webinars_v_version_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_start\` text,
  	\`version_duration_minutes\` numeric DEFAULT 60,
  	\`version_language\` text DEFAULT 'nl',
  	\`version_capacity\` numeric,
  	\`version_registration_deadline\` text,
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_join_url\` text,
  	\`version_replay_url\` text,
  	\`version_sequence\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_parent_idx\` ON \`_webinars_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_slug_idx\` ON \`_webinars_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_start_idx\` ON \`_webinars_v\` (\`version_start\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_status_idx\` ON \`_webinars_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_updated_at_idx\` ON \`_webinars_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version_created_at_idx\` ON \`_webinars_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_version__status_idx\` ON \`_webinars_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_created_at_idx\` ON \`_webinars_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_updated_at_idx\` ON \`_webinars_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_snapshot_idx\` ON \`_webinars_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_published_locale_idx\` ON \`_webinars_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_latest_idx\` ON \`_webinars_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_webinars_v_autosave_idx\` ON \`_webinars_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_webinars_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_webinars_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_webinars_v_version_meta_version_meta_image_idx\` ON \`_webinars_v_locales\` (\`version_meta_image_id\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_webinars_v_locales_locale_parent_id_unique\` ON \`_webinars_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinar_registrations_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text NOT NULL,
  	\`answer\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webinar_registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webinar_registrations_answers_order_idx\` ON \`webinar_registrations_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webinar_registrations_answers_parent_id_idx\` ON \`webinar_registrations_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webinar_registrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`webinar_id\` integer NOT NULL,
  	\`contact_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'confirmed' NOT NULL,
  	\`attended\` integer DEFAULT false,
  	\`locale\` text DEFAULT 'nl' NOT NULL,
  	\`profession\` text,
  	\`key\` text NOT NULL,
  	\`seat_key\` text NOT NULL,
  	\`campaign_id\` integer,
  	\`registered_at\` text NOT NULL,
  	\`promoted_at\` text,
  	\`cancelled_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`webinar_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contact_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webinar_registrations_webinar_idx\` ON \`webinar_registrations\` (\`webinar_id\`);`)
  await db.run(sql`CREATE INDEX \`webinar_registrations_contact_idx\` ON \`webinar_registrations\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`webinar_registrations_status_idx\` ON \`webinar_registrations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webinar_registrations_attended_idx\` ON \`webinar_registrations\` (\`attended\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`webinar_registrations_key_idx\` ON \`webinar_registrations\` (\`key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`webinar_registrations_seat_key_idx\` ON \`webinar_registrations\` (\`seat_key\`);`)
  await db.run(sql`CREATE INDEX \`webinar_registrations_campaign_idx\` ON \`webinar_registrations\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`webinar_registrations_registered_at_idx\` ON \`webinar_registrations\` (\`registered_at\`);`)
  await db.run(sql`CREATE INDEX \`webinar_registrations_updated_at_idx\` ON \`webinar_registrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webinar_registrations_created_at_idx\` ON \`webinar_registrations\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webinars_id\` integer REFERENCES webinars(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`webinar_registrations_id\` integer REFERENCES webinar_registrations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webinars_id_idx\` ON \`payload_locked_documents_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webinar_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`webinar_registrations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Hand-ordered: foreign keys off first and the registrations (which reference webinars) before the webinars, so the
  // down also works when an earlier down left foreign keys on (SQLite then resolves every reference while dropping).
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP TABLE \`webinar_registrations_answers\`;`)
  await db.run(sql`DROP TABLE \`webinar_registrations\`;`)
  await db.run(sql`DROP TABLE \`webinars_speakers\`;`)
  await db.run(sql`DROP TABLE \`webinars_speakers_locales\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_rich_text_locales\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_feature_grid_features\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_feature_grid_features_locales\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_feature_grid\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_feature_grid_locales\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_testimonial\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_testimonial_locales\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_call_to_action_locales\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_faq_items_locales\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_faq_locales\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_media\`;`)
  await db.run(sql`DROP TABLE \`webinars_blocks_media_locales\`;`)
  await db.run(sql`DROP TABLE \`webinars_questions_choices\`;`)
  await db.run(sql`DROP TABLE \`webinars_questions_choices_locales\`;`)
  await db.run(sql`DROP TABLE \`webinars_questions\`;`)
  await db.run(sql`DROP TABLE \`webinars_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`webinars\`;`)
  await db.run(sql`DROP TABLE \`webinars_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_speakers\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_speakers_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_rich_text_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_feature_grid_features\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_feature_grid_features_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_feature_grid\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_feature_grid_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_testimonial\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_testimonial_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_call_to_action_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_faq_items\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_faq_items_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_faq\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_faq_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_media\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_blocks_media_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_questions_choices\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_questions_choices_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_version_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v\`;`)
  await db.run(sql`DROP TABLE \`_webinars_v_locales\`;`)
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "media_id", "policy_versions_id", "policy_notices_id", "consent_records_id", "consent_checkpoints_id", "newsletter_lists_id", "contacts_id", "contact_activities_id", "campaigns_id", "campaign_sends_id", "campaign_events_id", "users_id", "outbox_messages_id", "mail_messages_id", "suppressions_id", "mail_webhook_receipts_id", "audit_log_id", "retention_reports_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "pages_id", "media_id", "policy_versions_id", "policy_notices_id", "consent_records_id", "consent_checkpoints_id", "newsletter_lists_id", "contacts_id", "contact_activities_id", "campaigns_id", "campaign_sends_id", "campaign_events_id", "users_id", "outbox_messages_id", "mail_messages_id", "suppressions_id", "mail_webhook_receipts_id", "audit_log_id", "retention_reports_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_suppressions_id_idx\` ON \`payload_locked_documents_rels\` (\`suppressions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_webhook_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_webhook_receipts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_retention_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`retention_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}
