import type { Where } from 'payload'

import { textToLexical } from '../../../cms/policy/text-to-lexical'

import { create, fixtures, ledgerCheckpoint, ledgerRecord, password, policyVersion, uploadFile, type Doc, type DocumentId, type Marker } from './context'

/** Per collection and global: how each door creates, finds, changes and deletes one, and how to see that it did. */
export type CollectionSpec = {
  gql: { one: string; many: string; fields?: string }
  data: (m: Marker) => Record<string, unknown>
  /** GraphQL spells some select values differently (enum names cannot start with a digit). */
  gqlData?: (data: Record<string, unknown>) => Record<string, unknown>
  where: (m: Marker) => Where
  change: (m: Marker) => Record<string, unknown>
  changed: (doc: Doc) => unknown
  expected: (m: Marker) => unknown
  victim: (m: Marker) => Promise<DocumentId>
}

export const specs: Record<string, CollectionSpec> = {
  pages: {
    gql: { one: 'Page', many: 'Pages', fields: 'id title' },
    data: (m) => ({ title: `Matrix ${m.text}`, slug: m.text, _status: 'published' }),
    where: (m) => ({ slug: { equals: m.text } }),
    change: (m) => ({ title: m.text }),
    changed: (doc) => doc.title,
    expected: (m) => m.text,
    victim: (m) => create('pages', { title: `Victim ${m.text}`, slug: `v${m.text}`, _status: 'published' }),
  },
  media: {
    gql: { one: 'Media', many: 'allMedia' },
    data: (m) => ({ alt: m.text }),
    where: (m) => ({ alt: { equals: m.text } }),
    change: (m) => ({ credit: m.text }),
    changed: (doc) => doc.credit,
    expected: (m) => m.text,
    victim: (m) => create('media', { alt: `victim ${m.text}` }, { file: uploadFile(`v${m.text}`) }),
  },
  redirects: {
    gql: { one: 'Redirect', many: 'Redirects' },
    data: (m) => ({ from: `/nl/${m.text}`, to: { type: 'custom', url: '/nl/' }, type: '301' }),
    gqlData: (data) => (data.type === undefined ? data : { ...data, type: `_${String(data.type)}` }),
    where: (m) => ({ from: { equals: `/nl/${m.text}` } }),
    // GraphQL's update input requires `to`: every door sends it.
    change: (m) => ({ from: `/nl/${m.text}`, to: { type: 'custom', url: '/nl/' } }),
    changed: (doc) => doc.from,
    expected: (m) => `/nl/${m.text}`,
    victim: (m) => create('redirects', { from: `/nl/v${m.text}`, to: { type: 'custom', url: '/nl/' }, type: '301' }),
  },
  'policy-versions': {
    gql: { one: 'PolicyVersion', many: 'PolicyVersions' },
    data: (m) => policyVersion(m),
    where: (m) => ({ versionLabel: { equals: m.text } }),
    change: (m) => ({ versionLabel: m.text }),
    changed: (doc) => doc.versionLabel,
    expected: (m) => m.text,
    victim: (m) => create('policy-versions', policyVersion(m)),
  },
  users: {
    gql: { one: 'User', many: 'Users' },
    data: (m) => ({ email: `${m.text}@example.com`, password, roles: ['editor'] }),
    where: (m) => ({ email: { equals: `${m.text}@example.com` } }),
    change: (m) => ({ name: m.text }),
    changed: (doc) => doc.name,
    expected: (m) => m.text,
    victim: (m) => create('users', { email: `v${m.text}@example.com`, password, roles: ['editor'] }),
  },
  webinars: {
    gql: { one: 'Webinar', many: 'Webinars', fields: 'id title' },
    data: (m) => ({ title: `Matrix ${m.text}`, slug: m.text, start: '2031-03-04T19:00:00.000Z', durationMinutes: 60, language: 'nl', status: 'scheduled', _status: 'published' }),
    where: (m) => ({ slug: { equals: m.text } }),
    change: (m) => ({ title: m.text }),
    changed: (doc) => doc.title,
    expected: (m) => m.text,
    victim: (m) => create('webinars', { title: `Victim ${m.text}`, slug: `v${m.text}`, start: '2031-03-04T19:00:00.000Z', durationMinutes: 60, language: 'nl', _status: 'published' }),
  },
  'webinar-registrations': {
    gql: { one: 'WebinarRegistration', many: 'WebinarRegistrations', fields: 'id key' },
    data: (m) => ({ webinar: fixtures.webinars.shown, contact: fixtures.contacts.shown, status: 'confirmed', locale: 'nl', key: m.text, seatKey: m.text, registeredAt: new Date().toISOString() }),
    where: (m) => ({ key: { equals: m.text } }),
    change: () => ({ attended: true }),
    changed: (doc) => doc.attended,
    expected: () => true,
    victim: (m) => create('webinar-registrations', { webinar: fixtures.webinars.shown, contact: fixtures.contacts.shown, status: 'waitlisted', locale: 'nl', key: `v${m.text}`, seatKey: `v${m.text}`, registeredAt: new Date().toISOString() }),
  },
  trials: {
    gql: { one: 'Trial', many: 'Trials', fields: 'id idempotencyKey' },
    // A status GraphQL spells the same (hyphenated select values become enum names with underscores there).
    data: (m) => ({ contact: fixtures.contacts.shown, status: 'provisioning', profession: 'coach', country: 'BE', locale: 'nl', idempotencyKey: `trial_${m.text}x`.padEnd(24, 'x') }),
    where: (m) => ({ idempotencyKey: { equals: `trial_${m.text}x`.padEnd(24, 'x') } }),
    change: () => ({ status: 'cancelled' }),
    changed: (doc) => doc.status,
    expected: () => 'cancelled',
    // One trial per person: each victim gets a contact of its own.
    victim: async (m) =>
      create('trials', { contact: await create('contacts', { email: `trial-victim-${m.text}@example.com`, locale: 'nl', status: 'active' }), status: 'provisioning', profession: 'coach', country: 'NL', locale: 'nl', idempotencyKey: `trial_v${m.text}x`.padEnd(24, 'x') }),
  },
  forms: {
    gql: { one: 'Form', many: 'Forms', fields: 'id title' },
    data: (m) => ({ title: `Matrix ${m.text}`, purpose: 'interest', fields: [{ blockType: 'checkbox', name: 'demo', label: 'Demo' }], _status: 'published' }),
    where: (m) => ({ title: { equals: `Matrix ${m.text}` } }),
    change: (m) => ({ title: m.text }),
    changed: (doc) => doc.title,
    expected: (m) => m.text,
    victim: (m) => create('forms', { title: `Victim ${m.text}`, purpose: 'contact', fields: [{ blockType: 'email', name: 'email', label: 'E-mail', required: true }], _status: 'published' }),
  },
  'form-submissions': {
    gql: { one: 'FormSubmission', many: 'FormSubmissions', fields: 'id minuteKey' },
    data: (m) => ({ form: fixtures.forms.shown, contact: fixtures.contacts.shown, locale: 'nl', answers: { demo: true }, submittedAt: new Date().toISOString(), minuteKey: m.text }),
    where: (m) => ({ minuteKey: { equals: m.text } }),
    change: () => ({ flagged: true }),
    changed: (doc) => doc.flagged,
    expected: () => true,
    victim: (m) => create('form-submissions', { form: fixtures.forms.shown, contact: fixtures.contacts.shown, locale: 'nl', answers: { demo: true }, submittedAt: new Date().toISOString(), minuteKey: `v${m.text}` }),
  },
  'contest-terms': {
    gql: { one: 'ContestTerm', many: 'ContestTerms', fields: 'id title' },
    data: (m) => ({ title: `Matrix ${m.text}`, body: textToLexical({ text: 'Matrix terms.' }), _status: 'published' }),
    where: (m) => ({ title: { equals: `Matrix ${m.text}` } }),
    change: (m) => ({ title: m.text }),
    changed: (doc) => doc.title,
    expected: (m) => m.text,
    victim: (m) => create('contest-terms', { title: `Victim ${m.text}`, body: textToLexical({ text: 'Victim terms.' }), _status: 'published' }),
  },
  'form-draws': {
    gql: { one: 'FormDraw', many: 'FormDraws', fields: 'id seed' },
    data: (m) => ({ form: fixtures.forms.target, drawnAt: new Date().toISOString(), entryCount: 1, winnersCount: 1, algorithm: m.text, seed: '1'.repeat(64), entriesHash: '1'.repeat(64), entryIds: [1], winnerIds: [1] }),
    where: (m) => ({ algorithm: { equals: m.text } }),
    change: () => ({ seed: '2'.repeat(64) }),
    changed: (doc) => doc.seed,
    expected: () => '2'.repeat(64),
    // One draw per form: each victim draws its own.
    victim: async (m) => create('form-draws', { form: await create('forms', { title: `Drawn ${m.text}`, purpose: 'interest', fields: [{ blockType: 'email', name: 'email', label: 'E-mail' }], _status: 'published' }), drawnAt: new Date().toISOString(), entryCount: 1, winnersCount: 1, algorithm: `v${m.text}`, seed: '3'.repeat(64), entriesHash: '3'.repeat(64), entryIds: [1], winnerIds: [1] }),
  },
  'crm-syncs': {
    gql: { one: 'CrmSync', many: 'CrmSyncs', fields: 'id state' },
    // One row per contact: each write names a contact of its own.
    data: () => ({ contact: fixtures.contacts.target, state: 'pending' }),
    // The fixture's row is synced: a pending one for that contact can only come from a write that got through.
    where: () => ({ and: [{ contact: { equals: fixtures.contacts.target } }, { state: { equals: 'pending' } }] }) as Where,
    change: () => ({ state: 'failed' }),
    changed: (doc) => doc.state,
    expected: () => 'failed',
    victim: async (m) => create('crm-syncs', { contact: await create('contacts', { email: `crm-victim-${m.text}@example.com`, locale: 'nl', status: 'active' }), state: 'synced' }),
  },
  'crm-receipts': {
    gql: { one: 'CrmReceipt', many: 'CrmReceipts', fields: 'id key' },
    data: (m) => ({ contactRef: `ref-${m.text}`, action: 'upserted', at: new Date().toISOString(), key: m.text }),
    where: (m) => ({ key: { equals: m.text } }),
    change: () => ({ legalBasis: 'CONSENT_WITH_NOTICE' }),
    changed: (doc) => doc.legalBasis,
    expected: () => 'CONSENT_WITH_NOTICE',
    victim: (m) => create('crm-receipts', { contactRef: `ref-v${m.text}`, action: 'upserted', at: new Date().toISOString(), key: `v${m.text}` }),
  },
  'audience-exports': {
    gql: { one: 'AudienceExport', many: 'AudienceExports', fields: 'id fileHash' },
    data: (m) => ({ audience: 'facebook', exportedAt: new Date().toISOString(), peopleCount: 1, policyVersion: m.text, adsWordings: [], fileHash: '1'.repeat(64) }),
    where: (m) => ({ policyVersion: { equals: m.text } }),
    change: () => ({ fileHash: '2'.repeat(64) }),
    changed: (doc) => doc.fileHash,
    expected: () => '2'.repeat(64),
    victim: (m) => create('audience-exports', { audience: 'facebook', exportedAt: new Date().toISOString(), peopleCount: 1, policyVersion: `v${m.text}`, adsWordings: [], fileHash: '3'.repeat(64) }),
  },
  contacts: {
    gql: { one: 'Contact', many: 'Contacts' },
    data: (m) => ({ email: `${m.text}@example.com`, locale: 'nl', status: 'active' }),
    where: (m) => ({ email: { equals: `${m.text}@example.com` } }),
    change: (m) => ({ name: m.text }),
    changed: (doc) => doc.name,
    expected: (m) => m.text,
    victim: (m) => create('contacts', { email: `v${m.text}@example.com`, locale: 'nl', status: 'active' }),
  },
  'contact-activities': {
    gql: { one: 'ContactActivity', many: 'ContactActivities' },
    // A type GraphQL spells the same (hyphenated select values become enum names with underscores there).
    data: (m) => ({ contact: fixtures.contacts.shown, type: 'opened', at: new Date().toISOString(), key: m.text }),
    where: (m) => ({ key: { equals: m.text } }),
    change: (m) => ({ detail: m.text }),
    changed: (doc) => doc.detail,
    expected: (m) => m.text,
    victim: (m) => create('contact-activities', { contact: fixtures.contacts.shown, type: 'opened', at: new Date().toISOString(), key: `v${m.text}` }),
  },
  'newsletter-lists': {
    gql: { one: 'NewsletterList', many: 'NewsletterLists' },
    data: (m) => ({ key: m.text, name: m.text, visibility: 'public' }),
    where: (m) => ({ key: { equals: m.text } }),
    change: (m) => ({ name: m.text }),
    changed: (doc) => doc.name,
    expected: (m) => m.text,
    victim: (m) => create('newsletter-lists', { key: `v${m.text}`, name: 'Victim', visibility: 'public' }),
  },
  campaigns: {
    gql: { one: 'Campaign', many: 'Campaigns' },
    data: (m) => ({ name: m.text, lists: [fixtures['newsletter-lists'].shown], languages: ['nl'] }),
    where: (m) => ({ name: { equals: m.text } }),
    change: (m) => ({ name: m.text }),
    changed: (doc) => doc.name,
    expected: (m) => m.text,
    victim: (m) => create('campaigns', { name: `v${m.text}`, lists: [fixtures['newsletter-lists'].shown], languages: ['nl'] }),
  },
  'campaign-sends': {
    gql: { one: 'CampaignSend', many: 'CampaignSends' },
    data: (m) => ({ campaign: fixtures.campaigns.target, snapshot: {}, cursor: m.text, state: 'running' }),
    where: (m) => ({ cursor: { equals: m.text } }),
    change: (m) => ({ cursor: m.text }),
    changed: (doc) => doc.cursor,
    expected: (m) => m.text,
    victim: async (m) => create('campaign-sends', { campaign: await create('campaigns', { name: `v${m.text}`, lists: [fixtures['newsletter-lists'].shown], languages: ['nl'] }), snapshot: {}, cursor: `v${m.text}`, state: 'running' }),
  },
  'campaign-events': {
    gql: { one: 'CampaignEvent', many: 'CampaignEvents' },
    data: (m) => ({ campaign: fixtures.campaigns.shown, type: 'delivered', at: new Date().toISOString(), key: m.text }),
    where: (m) => ({ key: { equals: m.text } }),
    change: (m) => ({ detail: m.text }),
    changed: (doc) => doc.detail,
    expected: (m) => m.text,
    victim: (m) => create('campaign-events', { campaign: fixtures.campaigns.shown, type: 'delivered', at: new Date().toISOString(), key: `v${m.text}` }),
  },
  'outbox-messages': {
    gql: { one: 'OutboxMessage', many: 'OutboxMessages' },
    data: (m) => ({ idempotencyKey: m.text, to: 'someone@example.com', subject: 'Matrix' }),
    where: (m) => ({ idempotencyKey: { equals: m.text } }),
    change: (m) => ({ subject: m.text }),
    changed: (doc) => doc.subject,
    expected: (m) => m.text,
    victim: (m) => create('outbox-messages', { idempotencyKey: `v${m.text}`, to: 'someone@example.com', subject: 'Victim' }),
  },
  'mail-messages': {
    gql: { one: 'MailMessage', many: 'MailMessages' },
    data: (m) => ({ idempotencyKey: m.text, to: 'someone@example.com', subject: 'Matrix', status: 'queued' }),
    where: (m) => ({ idempotencyKey: { equals: m.text } }),
    change: (m) => ({ subject: m.text }),
    changed: (doc) => doc.subject,
    expected: (m) => m.text,
    victim: (m) => create('mail-messages', { idempotencyKey: `v${m.text}`, to: 'someone@example.com', subject: 'Victim', status: 'queued' }),
  },
  suppressions: {
    gql: { one: 'Suppression', many: 'Suppressions' },
    data: (m) => ({ email: `${m.text.toLowerCase().replace(/[^a-z0-9]/g, '')}@example.com`, reason: 'manual' }),
    where: (m) => ({ email: { equals: `${m.text.toLowerCase().replace(/[^a-z0-9]/g, '')}@example.com` } }),
    change: (m) => ({ detail: m.text }),
    changed: (doc) => doc.detail,
    expected: (m) => m.text,
    victim: (m) => create('suppressions', { email: `v${m.text.toLowerCase().replace(/[^a-z0-9]/g, '')}@example.com`, reason: 'manual' }),
  },
  'mail-webhook-receipts': {
    gql: { one: 'MailWebhookReceipt', many: 'MailWebhookReceipts' },
    data: (m) => ({ webhookId: m.text, eventType: 'email.sent', receivedAt: new Date().toISOString() }),
    where: (m) => ({ webhookId: { equals: m.text } }),
    change: (m) => ({ eventType: m.text }),
    changed: (doc) => doc.eventType,
    expected: (m) => m.text,
    victim: (m) => create('mail-webhook-receipts', { webhookId: `v${m.text}`, eventType: 'email.sent', receivedAt: new Date().toISOString() }),
  },
  'policy-notices': {
    gql: { one: 'PolicyNotice', many: 'PolicyNotices' },
    // Points at a draft version no notice uses yet, so only access can refuse it.
    data: (m) => ({ title: m.text, version: fixtures['policy-versions'].hidden, state: 'queued' }),
    where: (m) => ({ title: { equals: m.text } }),
    change: (m) => ({ title: m.text }),
    changed: (doc) => doc.title,
    expected: (m) => m.text,
    victim: async (m) => create('policy-notices', { title: `v${m.text}`, version: await create('policy-versions', policyVersion({ ...m, text: `v${m.text}` })), state: 'queued' }),
  },
  'consent-records': {
    gql: { one: 'ConsentRecord', many: 'ConsentRecords' },
    data: (m) => ({
      sequence: 1_000_000 + m.n,
      subjectRef: m.text,
      subjectDigest: m.text,
      source: 'banner',
      action: 'given',
      granted: [],
      refused: [],
      policyVersion: '1',
      policyHash: m.text,
      wordingId: 'banner',
      wordingHash: m.text,
      locale: 'nl',
      recordedAt: new Date().toISOString(),
      previousHash: m.text,
      hash: m.text,
    }),
    where: (m) => ({ subjectRef: { equals: m.text } }),
    change: (m) => ({ subjectRef: m.text }),
    changed: (doc) => doc.subjectRef,
    expected: (m) => m.text,
    victim: (m) => ledgerRecord(m.text),
  },
  'consent-checkpoints': {
    gql: { one: 'ConsentCheckpoint', many: 'ConsentCheckpoints' },
    data: (m) => ({ sequence: 1, headHash: m.text, at: new Date().toISOString(), reason: 'export', signature: m.text }),
    where: (m) => ({ headHash: { equals: m.text } }),
    change: (m) => ({ headHash: m.text }),
    changed: (doc) => doc.headHash,
    expected: (m) => m.text,
    victim: () => ledgerCheckpoint(),
  },
  'audit-log': {
    gql: { one: 'AuditLog', many: 'AuditLogs' },
    data: (m) => ({ action: 'create', entity: m.text }),
    where: (m) => ({ entity: { equals: m.text } }),
    change: (m) => ({ summary: m.text }),
    changed: (doc) => doc.summary,
    expected: (m) => m.text,
    victim: (m) => create('audit-log', { action: 'create', entity: 'matrix-victim', summary: m.text }),
  },
  'retention-reports': {
    gql: { one: 'RetentionReport', many: 'RetentionReports' },
    data: (m) => ({ ranAt: new Date().toISOString(), auditEntries: 100_000 + m.n }),
    where: (m) => ({ auditEntries: { equals: 100_000 + m.n } }),
    change: (m) => ({ auditEntries: 100_000 + m.n }),
    changed: (doc) => doc.auditEntries,
    expected: (m) => 100_000 + m.n,
    victim: (m) => create('retention-reports', { ranAt: new Date().toISOString(), auditEntries: 200_000 + m.n }),
  },
  'payload-jobs': {
    gql: { one: 'PayloadJob', many: 'PayloadJobs' },
    data: (m) => ({ taskSlug: 'sendMail', input: { to: 'someone@example.com' }, queue: m.text }),
    where: (m) => ({ queue: { equals: m.text } }),
    change: (m) => ({ queue: m.text }),
    changed: (doc) => doc.queue,
    expected: (m) => m.text,
    victim: (m) => create('payload-jobs', { taskSlug: 'sendMail', input: { to: 'someone@example.com' }, queue: `v${m.text}` }),
  },
}

export type GlobalSpec = {
  gql: string
  change: (m: Marker) => Record<string, unknown>
  changed: (doc: Record<string, unknown>) => unknown
  expected: (m: Marker) => unknown
}

export const globalSpecs: Record<string, GlobalSpec> = {
  navigation: {
    gql: 'Navigation',
    change: (m) => ({ items: [{ link: { label: m.text, type: 'url', url: '/nl/' } }] }),
    changed: (doc) => (doc.items as { link?: { label?: string } }[] | undefined)?.[0]?.link?.label,
    expected: (m) => m.text,
  },
  footer: { gql: 'Footer', change: (m) => ({ note: m.text }), changed: (doc) => doc.note, expected: (m) => m.text },
  organisation: { gql: 'Organisation', change: (m) => ({ legalName: m.text }), changed: (doc) => doc.legalName, expected: (m) => m.text },
  'seo-defaults': { gql: 'SeoDefault', change: (m) => ({ siteName: m.text }), changed: (doc) => doc.siteName, expected: (m) => m.text },
  'consent-settings': { gql: 'ConsentSetting', change: (m) => ({ revision: 1000 + m.n }), changed: (doc) => doc.revision, expected: (m) => 1000 + m.n },
  'newsletter-settings': { gql: 'NewsletterSetting', change: (m) => ({ trackingText: m.text }), changed: (doc) => doc.trackingText, expected: (m) => m.text },
  // A valid period that differs per marker (1 to 120 months), so a refused update shows as the old value.
  'retention-settings': { gql: 'RetentionSetting', change: (m) => ({ auditMonths: 1 + (m.n % 120) }), changed: (doc) => doc.auditMonths, expected: (m) => 1 + (m.n % 120) },
  // A valid trial length that differs per marker (1 to 365 days).
  'trial-mail-settings': { gql: 'TrialMailSetting', change: (m) => ({ trialDays: 1 + (m.n % 365) }), changed: (doc) => doc.trialDays, expected: (m) => 1 + (m.n % 365) },
  'crm-state': { gql: 'CrmState', change: (m) => ({ cursor: 1_000_000 + m.n }), changed: (doc) => doc.cursor, expected: (m) => 1_000_000 + m.n },
  'form-settings': { gql: 'FormSetting', change: (m) => ({ healthTerms_en: `term-${m.text}` }), changed: (doc) => doc.healthTerms_en, expected: (m) => `term-${m.text}` },
  'render-state': { gql: 'RenderState', change: (m) => ({ version: 900_000 + m.n }), changed: (doc) => doc.version, expected: (m) => 900_000 + m.n },
}
