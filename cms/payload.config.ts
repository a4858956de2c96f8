/**
 * The one wiring file: it reads the runtime configuration, picks the database and the media storage, builds the
 * adapters of the outside world and hands them to the collections and jobs that use them. Nothing else constructs
 * an adapter.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { buildConfig, type Payload } from 'payload'
import sharp from 'sharp'

import { createLogger } from '../config/create-logger'
import { getRuntime } from '../config/runtime'
import { defaultLocale, locales } from '../config/locales'
import { createOutboxMailAdapter } from '../integrations/mail/create-outbox-mail-adapter'
import { createResendMailAdapter } from '../integrations/mail/create-resend-mail-adapter'
import { createTrialAppClient } from '../integrations/trial-app/create-trial-app-client'
import type { MailPort } from '../integrations/mail/mail-port'
import { anyone } from './access/anyone'
import { guardDocumentLocks } from './access/guard-document-locks'
import { isAdmin } from './access/is-admin'
import { isContentEditor } from './access/is-content-editor'
import { AuditLog, auditCollection } from './audit'
import { CampaignEvents, Campaigns, CampaignSends, countCampaignActivity, guardAttribution, sendCampaignTask, recordCampaignMailEvent } from './campaigns'
import { ConsentCheckpoints, ConsentRecords, ConsentSettings } from './consent'
import { Media, maxUploadBytes } from './media'
import { MailMessages, MailWebhookReceipts, OutboxMessages, Suppressions, sendMailTask, createRecordedMailPort, mailEndpoints, mailboxAddress, createPayloadEmailAdapter, passwordResetMail } from './mail'
import { ContactActivities, Contacts, NewsletterLists, NewsletterSettings, sendMailBatchTask, sendPolicyNoticesTask, contactsEndpoints } from './contacts'
import { Pages, Footer, Navigation, Organisation, RenderState, SeoDefaults, invalidateOnChange, invalidateOnDelete, validateRedirect, pagePath } from './content'
import { PolicyNotices, PolicyVersions } from './policy'
import { RetentionReports, RetentionSettings, applyRetentionTask } from './retention'
import { ContestTerms, FormDraws, FormSettings, FormSubmissions, Forms } from './forms'
import { AudienceExports, CrmReceipts, CrmState, CrmSyncs, syncCrmTask } from './crm'
import { createHubSpotCrm } from '../integrations/hubspot'
import { TrialMailSettings, Trials, provisionTrialTask, sendTrialLifecycleMailTask } from './trials'
import { Users } from './users'
import { WebinarRegistrations, Webinars, notifyRegistrantsTask, sendWebinarMessageTask, sendWebinarRemindersTask, sendWebinarReplaysTask } from './webinars'
import { databaseAdapter } from './database/database-adapter'
import { guardQueryInput } from './database/guard-query-input'
import { isUniqueViolation } from './database/is-unique-violation'
import { dataKeyring } from './encryption/data-keyring'
import { encryptPersonalData } from './encryption/encrypt-personal-data'
import { graphqlValidationRules } from './graphql'
import { jobsCollectionOverrides } from './jobs/jobs-collection'
import type { LinkSettings } from './links/link-settings'
import type { MailSettings } from './mail'

const cmsDir = path.dirname(fileURLToPath(import.meta.url))
const rootDir = path.resolve(cmsDir, '..')
const runtime = getRuntime()

// Mail: Resend when RESEND_API_KEY is set (one adapter for the process: it paces requests), else the local outbox.
const mailProvider = runtime.RESEND_API_KEY ? 'resend' : 'outbox'
const resendMail = runtime.RESEND_API_KEY
  ? createResendMailAdapter({
      apiKey: runtime.RESEND_API_KEY,
      baseUrl: runtime.RESEND_BASE_URL,
      from: runtime.MAIL_FROM ?? '',
      replyTo: runtime.MAIL_REPLY_TO,
      maxRequestsPerSecond: runtime.RESEND_MAX_REQUESTS_PER_SECOND,
    })
  : undefined
const outboxMailFor = (payload: Payload): MailPort =>
  createOutboxMailAdapter({
    store: {
      findByKey: async (idempotencyKey) => {
        const found = await payload.find({
          collection: 'outbox-messages',
          where: { idempotencyKey: { equals: idempotencyKey } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
        const doc = found.docs[0]
        return doc ? { id: String(doc.id) } : undefined
      },
      insert: async ({ to, subject, html, text, idempotencyKey, category, headers, attachments }) => {
        try {
          const doc = await payload.create({
            collection: 'outbox-messages',
            data: { to, subject, html, text, idempotencyKey, category, headers, ...(attachments && attachments.length > 0 ? { attachments } : {}) },
            overrideAccess: true,
          })
          return { id: String(doc.id) }
        } catch (error) {
          // Two jobs racing on one message: the unique key let one through; the other is a duplicate, not a failure.
          if (!isUniqueViolation(error)) throw error
          const found = await payload.find({ collection: 'outbox-messages', where: { idempotencyKey: { equals: idempotencyKey } }, limit: 1, depth: 0, overrideAccess: true })
          const doc = found.docs[0]
          if (!doc) throw error
          return { id: String(doc.id), duplicate: true }
        }
      },
    },
  })
// Jobs sending one message end as a dead letter when it is refused for good; runs over many recipients skip it.
const mailFor =
  ({ onPermanentFailure }: { onPermanentFailure: 'throw' | 'skip' }) =>
  (payload: Payload) =>
    createRecordedMailPort({ payload, port: resendMail ?? outboxMailFor(payload), provider: mailProvider, onPermanentFailure })
const mailSettings: MailSettings = { provider: mailProvider }
const linkSettings: LinkSettings = {
  publicUrl: runtime.publicUrl,
  unsubscribeMailbox: runtime.MAIL_UNSUBSCRIBE_MAILBOX ?? mailboxAddress(runtime.MAIL_REPLY_TO ?? runtime.MAIL_FROM) ?? 'info@myplugin.app',
}

// Trials: the web application's provisioning port, only when TRIAL_PROVISIONING_URL is set (the env check requires
// the secret with it). Without it verified trials wait in provisioning, and the trials list says why. Outside
// production `npm start` sets it to its local stand-in (TRIAL_PROVISIONING_STAND_IN), which the list names.
// HubSpot through the consent gate (cms/crm/), only with a token (or `npm start`'s local stand-in); otherwise off.
const hubSpotCrm = runtime.HUBSPOT_ACCESS_TOKEN
  ? createHubSpotCrm({ accessToken: runtime.HUBSPOT_ACCESS_TOKEN, basePath: runtime.HUBSPOT_BASE_URL, perTenSeconds: runtime.HUBSPOT_REQUESTS_PER_10_SECONDS })
  : undefined

const trialApp =
  runtime.TRIAL_PROVISIONING_URL && runtime.TRIAL_PROVISIONING_SECRET
    ? createTrialAppClient({ url: runtime.TRIAL_PROVISIONING_URL, secret: runtime.TRIAL_PROVISIONING_SECRET, timeoutMs: runtime.TRIAL_PROVISIONING_TIMEOUT_MS })
    : undefined

const withHooks = <T extends { hooks?: object }>(collection: T, hooks: Record<string, unknown[]>): T => {
  const merged: Record<string, unknown[]> = { ...(collection.hooks as Record<string, unknown[]>) }
  for (const [name, list] of Object.entries(hooks)) merged[name] = [...(merged[name] ?? []), ...list]
  return { ...collection, hooks: merged }
}

const mediaAudit = auditCollection()
const media = withHooks(Media({ staticDir: path.join(runtime.dataDir, 'media') }), {
  beforeOperation: mediaAudit.beforeOperation,
  afterChange: [...mediaAudit.afterChange, invalidateOnChange],
  afterDelete: [...mediaAudit.afterDelete, invalidateOnDelete],
})
// Password reset links last an hour; the mail is our own template, queued through the mail pipeline (see `email`).
const resetMinutes = 60
const users = withHooks(
  {
    ...Users,
    auth: {
      ...(typeof Users.auth === 'object' ? Users.auth : {}),
      // Secure session cookies whenever the site is public over https; plain-http local development keeps signing in.
      cookies: { ...(typeof Users.auth === 'object' ? Users.auth.cookies : {}), secure: new URL(runtime.publicUrl).protocol === 'https:' },
      forgotPassword: { expiration: resetMinutes * 60 * 1000, ...passwordResetMail({ validMinutes: resetMinutes }) },
    },
  },
  auditCollection(),
)
// Campaigns react to the contacts domain here, so contacts never import campaigns: attribution is kept only for a
// campaign sent within 30 days, and a confirmation or unsubscribe naming a campaign counts in its statistics.
const contacts = withHooks(Contacts, { beforeValidate: [guardAttribution] })
const contactActivities = withHooks(ContactActivities, { afterChange: [countCampaignActivity] })
const redirectsAudit = auditCollection()

export default buildConfig({
  secret: runtime.PAYLOAD_SECRET,
  serverURL: runtime.publicUrl,
  // Cookie-authenticated requests must come from our own origin.
  csrf: [runtime.publicUrl],
  cors: [runtime.publicUrl],
  telemetry: false,
  logger: createLogger({ level: runtime.LOG_LEVEL }),
  // Payload's own mails (forgot password) are queued like ours; without this Payload logs them, address included.
  email: createPayloadEmailAdapter({ fromAddress: mailboxAddress(runtime.MAIL_FROM) ?? 'info@myplugin.app', fromName: 'myPlugin' }),
  db: databaseAdapter({ database: runtime.database, rootDir }),
  editor: lexicalEditor(),
  sharp,
  upload: { limits: { fileSize: maxUploadBytes } },
  admin: {
    user: Users.slug,
    // Payload's default avatar is Gravatar: it would send a hash of each admin's address to a third party.
    avatar: 'default',
    meta: { titleSuffix: ' · myPlugin CMS' },
    importMap: { baseDir: rootDir, importMapFile: path.resolve(cmsDir, 'app/(payload)/admin/importMap.js') },
    components: {
      // Mail templates: preview with sample data and "send me a test" (admin → Mail templates, /admin/mail-templates).
      views: {
        mailTemplates: { Component: '/cms/mail/admin/mail-templates-view#MailTemplatesView', path: '/mail-templates' },
        consentDashboard: { Component: '/cms/consent/admin/consent-dashboard-view#ConsentDashboardView', path: '/consent' },
        // Two-factor sign-in: enrolment and the per-session code (the server's gate sends pending users here).
        twoFactor: { Component: '/cms/users/admin/two-factor-view#TwoFactorView', path: '/two-factor' },
      },
      // Failed mail, and jobs given up or waiting for a retry, on the dashboard (marketers and admins).
      beforeDashboard: ['/cms/mail/admin/delivery-problems-panel#DeliveryProblemsPanel'],
      afterNavLinks: ['/cms/mail/admin/mail-templates-nav-link#MailTemplatesNavLink', '/cms/consent/admin/consent-dashboard-nav-link#ConsentDashboardNavLink', '/cms/users/admin/two-factor-nav-link#TwoFactorNavLink'],
    },
    livePreview: {
      // The real Astro page, in draft mode (only for signed-in CMS users; never cached, never indexed).
      url: ({ data, locale }) => `${runtime.publicUrl}${pagePath({ locale: locale?.code ?? 'nl', slug: String(data?.slug ?? 'home') })}?preview=1`,
      collections: ['pages'],
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 390, height: 844 },
        { label: 'Tablet', name: 'tablet', width: 820, height: 1180 },
        { label: 'Desktop', name: 'desktop', width: 1440, height: 900 },
      ],
    },
  },
  localization: {
    locales: locales.map((code) => ({ code, label: { nl: 'Nederlands', fr: 'Français', en: 'English' }[code] })),
    defaultLocale,
    fallback: true,
  },
  collections: [Pages, media, PolicyVersions, PolicyNotices, ConsentRecords, ConsentCheckpoints, NewsletterLists, contacts, contactActivities, Campaigns, CampaignSends, CampaignEvents, Webinars, WebinarRegistrations, Forms, FormSubmissions, ContestTerms, FormDraws, Trials({ provisioningConfigured: trialApp !== undefined, webhookSecret: runtime.TRIAL_WEBHOOK_SECRET, standInUrl: runtime.TRIAL_PROVISIONING_STAND_IN ? runtime.TRIAL_PROVISIONING_URL : undefined }), CrmSyncs, CrmReceipts, AudienceExports, users, OutboxMessages, MailMessages, Suppressions, MailWebhookReceipts, AuditLog, RetentionReports],
  globals: [Navigation, Footer, Organisation, SeoDefaults, ConsentSettings, NewsletterSettings, RenderState, RetentionSettings, TrialMailSettings, FormSettings, CrmState],
  plugins: [
    seoPlugin({
      collections: ['pages', 'webinars'],
      uploadsCollection: 'media',
      tabbedUI: true,
      generateTitle: ({ doc }) => `${(doc as { title?: string }).title ?? ''} · myPlugin`,
      generateURL: ({ doc, locale, collectionConfig }) =>
        collectionConfig?.slug === 'webinars'
          ? `${runtime.publicUrl}/${locale ?? 'nl'}/webinars/${String((doc as { slug?: string }).slug ?? '')}`
          : `${runtime.publicUrl}${pagePath({ locale: locale ?? 'nl', slug: String((doc as { slug?: string }).slug ?? 'home') })}`,
    }),
    redirectsPlugin({
      collections: ['pages'],
      redirectTypes: ['301', '302'],
      overrides: {
        admin: { group: 'Content' },
        access: { read: anyone, create: isContentEditor, update: isContentEditor, delete: isContentEditor },
        hooks: {
          beforeOperation: redirectsAudit.beforeOperation,
          beforeValidate: [validateRedirect],
          afterChange: [...redirectsAudit.afterChange, invalidateOnChange],
          afterDelete: [...redirectsAudit.afterDelete, invalidateOnDelete],
        },
      },
    }),
    s3Storage({
      enabled: Boolean(runtime.S3_BUCKET),
      bucket: runtime.S3_BUCKET ?? 'unused',
      collections: { media: true },
      config: {
        region: runtime.S3_REGION,
        endpoint: runtime.S3_ENDPOINT,
        forcePathStyle: runtime.S3_FORCE_PATH_STYLE,
        credentials:
          runtime.S3_ACCESS_KEY_ID && runtime.S3_SECRET_ACCESS_KEY
            ? { accessKeyId: runtime.S3_ACCESS_KEY_ID, secretAccessKey: runtime.S3_SECRET_ACCESS_KEY }
            : undefined,
      },
    }),
  ],
  jobs: {
    tasks: [
      sendMailTask({ mailFor: mailFor({ onPermanentFailure: 'throw' }) }),
      sendMailBatchTask({ mailFor: mailFor({ onPermanentFailure: 'throw' }) }),
      // Campaigns go straight to the provider in batches; their history is kept as campaign events, not per-message rows.
      sendCampaignTask({ portFor: (payload) => resendMail ?? outboxMailFor(payload) }),
      sendPolicyNoticesTask({ mailFor: mailFor({ onPermanentFailure: 'skip' }), publicUrl: runtime.publicUrl }),
      // Deletes what outlived its retention period (retention-settings), daily: see custom.dailyJobs below.
      applyRetentionTask(),
      // Webinar changes (time, join link, cancellation) mailed to the registrants they concern; reminders; replays.
      notifyRegistrantsTask(),
      sendWebinarRemindersTask(),
      sendWebinarReplaysTask(),
      // The webinar admin's message to everyone holding a seat.
      sendWebinarMessageTask(),
      // A verified trial opened in the web application (retried with the same idempotency key through outages).
      provisionTrialTask({ port: trialApp }),
      // A running trial's service mails (day 1, day 7, two days before the end, expired).
      sendTrialLifecycleMailTask(),
      // Leads to HubSpot through the consent gate, a round every HUBSPOT_SYNC_EVERY_SECONDS while HubSpot is configured.
      syncCrmTask({ crm: hubSpotCrm, subscriptionId: runtime.HUBSPOT_SUBSCRIPTION_ID }),
    ],
    jobsCollectionOverrides,
    enableConcurrencyControl: true,
    // Keep finished jobs: they are the delivery history marketers read (the retention job deletes them after their period).
    deleteJobOnComplete: false,
    // Our runner (server/start-job-runner.ts) drives the queue; Payload's cron autorun stays off. Nobody runs jobs
    // through the API: that would bypass the runner's lease (the runner's Local API calls override access).
    access: {
      run: () => false,
      queue: ({ req }) => Boolean(isAdmin({ req })),
      cancel: ({ req }) => Boolean(isAdmin({ req })),
    },
  },
  // Unsubscribe links (contacts), delivery webhooks feeding campaign statistics, template preview, test sends.
  endpoints: [...contactsEndpoints, ...mailEndpoints({ webhookSecret: runtime.RESEND_WEBHOOK_SECRET, eventListeners: [recordCampaignMailEvent] })],
  // dailyJobs: tasks the job runner queues once a day at that hour (UTC), see cms/jobs/ensure-daily-jobs.ts.
  // dataKeyring: personal fields are encrypted with it (cms/encryption/); `custom` never reaches the browser.
  custom: { mail: mailSettings, links: linkSettings, dailyJobs: [{ task: 'applyRetention', hourUtc: 3 }, ...(hubSpotCrm ? [{ task: 'syncCrm', everySeconds: runtime.HUBSPOT_SYNC_EVERY_SECONDS }] : [])], crm: { enabled: hubSpotCrm !== undefined, standIn: runtime.HUBSPOT_STAND_IN }, dataKeyring: dataKeyring({ keys: runtime.dataKeys }) },
  // Aliases, depth and documents per request are capped before execution (cms/graphql/): one costly query froze the process.
  graphQL: { disablePlaygroundInProduction: true, validationRules: graphqlValidationRules },
  // The committed types describe the SQLite schema (number ids); a development or test boot on MongoDB would rewrite
  // them with string ids.
  typescript: { outputFile: path.resolve(cmsDir, 'payload-types.ts'), autoGenerate: runtime.database.kind === 'sqlite' },
}).then(guardDocumentLocks).then(guardQueryInput).then(encryptPersonalData)
