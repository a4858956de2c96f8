import { configToSchema } from '@payloadcms/graphql'
import { afterAll, beforeAll } from 'vitest'

import { textToLexical } from '../../../cms/policy/text-to-lexical'
import { createApiClient } from '../api-client'
import { createTestCms } from '../create-test-cms'
import { requireBuild } from '../require-build'
import { startServerProcess } from '../start-server-process'
import { tempDir } from '../temp-dir'
import { tinyPng } from '../tiny-png'
import { create, ctx, draftOnlyTitle, fixtures, ledgerCheckpoint, ledgerRecord, local, members, password, policyVersion, runId, tokens, uploadFile } from './context'

/**
 * One database, the three role users and the fixtures; with `withServer`, also one production server process on the
 * same file (for the REST and GraphQL doors) and the GraphQL schema. Call it once at the top of a test file.
 */
export const setupAccessMatrix = ({ withServer }: { withServer: boolean }): void => {
  const dataDir = tempDir({ prefix: 'matrix' })
  beforeAll(async () => {
    if (withServer) requireBuild()
    ctx.cms = await createTestCms({ dataDir })
    ctx.png = await tinyPng()
    // The first account always becomes an admin (see cms/collections/users.ts), so the admin goes first.
    for (const role of ['admin', 'editor', 'marketer'] as const) {
      const doc = await local().create({ collection: 'users', data: { email: `${role}-${runId}@example.com`, password, roles: [role] }, overrideAccess: true })
      members[role] = { ...doc, collection: 'users' }
    }
    const other = await create('users', { email: `other-${runId}@example.com`, password, roles: ['editor'] })
    fixtures.users = { shown: other, target: other }

    const published = await create('pages', { title: `Published ${runId}`, slug: `published-${runId}`, _status: 'published' })
    // A newer, unpublished draft of a published page: its title must never reach anonymous readers.
    await local().update({ collection: 'pages', id: published, data: { title: draftOnlyTitle }, draft: true, overrideAccess: true })
    fixtures.pages = {
      shown: published,
      hidden: await create('pages', { title: `Draft ${runId}`, slug: `draft-${runId}`, _status: 'draft' }),
      target: await create('pages', { title: `Target ${runId}`, slug: `target-${runId}`, _status: 'published' }),
    }
    fixtures.media = {
      shown: await create('media', { alt: `shown ${runId}` }, { file: uploadFile(`shown-${runId}`) }),
      target: await create('media', { alt: `target ${runId}` }, { file: uploadFile(`target-${runId}`) }),
    }
    fixtures.redirects = {
      shown: await create('redirects', { from: `/nl/shown-${runId}`, to: { type: 'custom', url: '/nl/' }, type: '301' }),
      target: await create('redirects', { from: `/nl/target-${runId}`, to: { type: 'custom', url: '/nl/' }, type: '301' }),
    }
    const publishedVersion = await create(
      'policy-versions',
      policyVersion({ text: `published-${runId}`, n: 0 }, { content: textToLexical({ text: `Cookiebeleid\n\nVersie ${runId}` }), state: 'published' }),
      { locale: 'nl' },
    )
    fixtures['policy-versions'] = {
      shown: publishedVersion,
      hidden: await create('policy-versions', policyVersion({ text: `draft-${runId}`, n: 0 })),
      target: await create('policy-versions', policyVersion({ text: `target-${runId}`, n: 0 })),
    }
    const noticeVersion = await create('policy-versions', policyVersion({ text: `notice-${runId}`, n: 0 }))
    const notice = await create('policy-notices', { title: `notice ${runId}`, version: noticeVersion, state: 'queued' })
    fixtures['policy-notices'] = { shown: notice, target: notice }
    const contact = await create('contacts', { email: `contact-${runId}@example.com`, locale: 'nl', status: 'active' })
    fixtures.contacts = { shown: contact, target: contact }
    const activity = await create('contact-activities', { contact, type: 'opened', at: new Date().toISOString(), key: `shown-${runId}` })
    fixtures['contact-activities'] = { shown: activity, target: activity }
    fixtures['newsletter-lists'] = {
      shown: await create('newsletter-lists', { key: `shown-${runId}`, name: 'Shown', visibility: 'public' }),
      hidden: await create('newsletter-lists', { key: `private-${runId}`, name: 'Private', visibility: 'private' }),
      target: await create('newsletter-lists', { key: `target-${runId}`, name: 'Target', visibility: 'public' }),
    }
    const campaignData = (name: string) => ({ name, lists: [fixtures['newsletter-lists'].shown], languages: ['nl'] })
    fixtures.campaigns = { shown: await create('campaigns', campaignData(`shown-${runId}`)), target: await create('campaigns', campaignData(`target-${runId}`)) }
    const campaignSend = await create('campaign-sends', { campaign: fixtures.campaigns.shown, snapshot: {}, cursor: `shown-${runId}`, state: 'running' })
    fixtures['campaign-sends'] = { shown: campaignSend, target: campaignSend }
    const campaignEvent = await create('campaign-events', { campaign: fixtures.campaigns.shown, type: 'delivered', at: new Date().toISOString(), key: `shown-${runId}` })
    fixtures['campaign-events'] = { shown: campaignEvent, target: campaignEvent }
    const outbox = await create('outbox-messages', { idempotencyKey: `shown-${runId}`, to: 'someone@example.com', subject: 'Shown' })
    fixtures['outbox-messages'] = { shown: outbox, target: outbox }
    const mailMessage = await create('mail-messages', { idempotencyKey: `shown-${runId}`, to: 'someone@example.com', subject: 'Shown', status: 'queued' })
    fixtures['mail-messages'] = { shown: mailMessage, target: mailMessage }
    const suppression = await create('suppressions', { email: `shown-${runId}@example.com`, reason: 'manual' })
    fixtures.suppressions = { shown: suppression, target: suppression }
    const receipt = await create('mail-webhook-receipts', { webhookId: `shown-${runId}`, eventType: 'email.sent', receivedAt: new Date().toISOString() })
    fixtures['mail-webhook-receipts'] = { shown: receipt, target: receipt }
    const record = await ledgerRecord(`fixture-${runId}`)
    fixtures['consent-records'] = { shown: record, target: record }
    const checkpoint = await ledgerCheckpoint()
    fixtures['consent-checkpoints'] = { shown: checkpoint, target: checkpoint }
    const entry = await create('audit-log', { action: 'update', entity: 'matrix-fixture', summary: 'fixture' })
    fixtures['audit-log'] = { shown: entry, target: entry }
    const job = await create('payload-jobs', { taskSlug: 'sendMail', input: { to: 'someone@example.com' }, queue: `fixture-${runId}` })
    fixtures['payload-jobs'] = { shown: job, target: job }
    const webinar = (n: string, status: 'published' | 'draft') => create('webinars', { title: `${n} ${runId}`, slug: `${n.toLowerCase()}-${runId}`, start: '2031-03-04T19:00:00.000Z', durationMinutes: 60, language: 'nl', joinUrl: `https://meet.example.com/${n}-${runId}`, _status: status })
    fixtures.webinars = { shown: await webinar('Published', 'published'), hidden: await webinar('Draft', 'draft'), target: await webinar('Target', 'published') }
    const registration = await create('webinar-registrations', { webinar: fixtures.webinars.shown, contact, status: 'confirmed', locale: 'nl', key: `shown-${runId}`, seatKey: `shown-${runId}`, registeredAt: new Date().toISOString() })
    fixtures['webinar-registrations'] = { shown: registration, target: registration }
    const trial = await create('trials', { contact, status: 'provisioning', profession: 'coach', country: 'BE', locale: 'nl', idempotencyKey: `trial_shown${runId}`.padEnd(24, 'x') })
    fixtures.trials = { shown: trial, target: trial }
    const form = (n: string, status: 'published' | 'draft') => create('forms', { title: `${n} form ${runId}`, purpose: 'contact', fields: [{ blockType: 'email', name: 'email', label: 'E-mail', required: true }], teamAddress: 'team@example.com', _status: status })
    fixtures.forms = { shown: await form('Published', 'published'), hidden: await form('Draft', 'draft'), target: await form('Target', 'published') }
    const submission = await create('form-submissions', { form: fixtures.forms.shown, contact, locale: 'nl', answers: { email: 'x@example.com' }, submittedAt: new Date().toISOString(), minuteKey: `shown-${runId}` })
    fixtures['form-submissions'] = { shown: submission, target: submission }
    const terms = (n: string, status: 'published' | 'draft') => create('contest-terms', { title: `${n} terms ${runId}`, body: textToLexical({ text: `${n} terms.` }), _status: status })
    fixtures['contest-terms'] = { shown: await terms('Published', 'published'), hidden: await terms('Draft', 'draft'), target: await terms('Target', 'published') }
    const draw = await create('form-draws', { form: fixtures.forms.shown, drawnAt: new Date().toISOString(), entryCount: 1, winnersCount: 1, algorithm: 'fixture', seed: '0'.repeat(64), entriesHash: '0'.repeat(64), entryIds: [submission], winnerIds: [submission] })
    fixtures['form-draws'] = { shown: draw, target: draw }
    const audienceExport = await create('audience-exports', { audience: 'facebook', exportedAt: new Date().toISOString(), peopleCount: 1, policyVersion: '1', policyLabel: 'fixture', adsWordings: [{ id: 'preference-center-ads:nl', hash: '0'.repeat(64) }], fileHash: '0'.repeat(64) })
    fixtures['audience-exports'] = { shown: audienceExport, target: audienceExport }
    const report = await create('retention-reports', { ranAt: new Date().toISOString() })
    fixtures['retention-reports'] = { shown: report, target: report }
    const sync = await create('crm-syncs', { contact, state: 'synced' })
    fixtures['crm-syncs'] = { shown: sync, target: sync }
    const crmReceipt = await create('crm-receipts', { contact, contactRef: `ref-${runId}`, action: 'upserted', at: new Date().toISOString(), key: `shown-${runId}` })
    fixtures['crm-receipts'] = { shown: crmReceipt, target: crmReceipt }

    if (!withServer) return
    ctx.schema = configToSchema(ctx.cms.payload.config).schema
    ctx.server = await startServerProcess({
      env: {
        DATA_DIR: dataDir,
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
        // Jobs created by the matrix must stay put; and every cell is a write from one address.
        JOBS_ENABLED: 'false',
        RATE_LIMIT_WRITES_PER_MINUTE: '100000',
        RATE_LIMIT_LOGINS_PER_5_MINUTES: '10000',
        RATE_LIMIT_GRAPHQL_PER_MINUTE: '100000',
      },
    })
    ctx.api = createApiClient({ baseUrl: ctx.server.url })
    for (const role of ['admin', 'editor', 'marketer'] as const) tokens[role] = await ctx.api.login({ email: String(members[role].email), password })
  })
  afterAll(async () => {
    await ctx.server?.stop('SIGKILL')
    await ctx.cms?.close()
  })
}
