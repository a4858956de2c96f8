import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCampaign } from '../../cms/campaigns/start-campaign'
import { createFormStamp } from '../../cms/contacts/form-stamp'
import { queueMail } from '../../cms/mail/queue-mail'
import { startResendStandIn, type ResendStandIn } from '../stand-ins/resend-stand-in'
import { base64Needles } from '../support/base64-needles'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { createCampaign } from '../support/newsletter-fixtures'
import { requireBuild } from '../support/require-build'
import { resendEnv } from '../support/resend-env'
import { scanDataFolder } from '../support/scan-data-folder'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'
import { waitFor } from '../support/wait-for'

/**
 * Issue #14's proof: people go through the real flows of a server process (sign-up with a name, confirmation,
 * preference change, banner consent from a proxied address, a campaign, a provider's permanent refusal kept as a
 * dead letter, a bounce that suppresses an address, a mail with a calendar invitation naming its attendee), and then the data folder's raw bytes (the SQLite file and its
 * write-ahead log, read while the server runs) hold none of their addresses or names. Staff accounts stay in clear
 * (Payload signs them in by address): they are the positive control that the scan sees what the disk holds.
 */
const dataDir = tempDir({ prefix: 'at-rest' })
let cms: TestCms
let standIn: ResendStandIn
let server: ServerProcess

const people = [
  { email: 'Anneleen.Verhaegen@example.com', name: 'Anneleen Verhaegen' },
  { email: 'bruno.desmet@example.org', name: 'Bruno Desmet' },
  { email: 'claire.dubois@example.net', name: 'Claire Dubois' },
  { email: 'dirk.vanthournout@example.com', name: 'Dirk Vanthournout' },
  { email: 'brecht.ooghe@example.com', name: 'Brecht Ooghe' },
]
const refusedPerson = { email: 'rutger.verbiest@example.com', name: 'Rutger Verbiest' }
// A trial signup: the name goes to the contact, the practice name to the trial (both encrypted).
const trialPerson = { email: 'Wannes.Rombouts@example.com', name: 'Wannes Rombouts', practice: 'Praktijk Zeebrugse Zonnebloem' }
const staff = 'staff.control@example.com'
// A webinar invitation's private parts: the attendee's address (in the file, base64) and their join link.
const attendee = people[1]!
const joinLink = 'https://meet.myplugin.test/j/private-join-5e81d0'
const invitation = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', `ATTENDEE;CN=${attendee.name}:mailto:${attendee.email}`, `URL:${joinLink}`, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n')

const stamp = () => createFormStamp({ secret: cms.payload.secret, now: new Date(Date.now() - 5_000) })
const signUp = (person: { email: string; name: string }, client: string) =>
  fetch(`${server.url}/nl/newsletter`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, 'x-forwarded-for': client },
    body: new URLSearchParams({ email: person.email, name: person.name, lists: 'newsletter', consent: 'yes', tracking: 'yes', locale: 'nl', stamp: stamp() }),
  })
const mailTo = (email: string, subject?: RegExp) =>
  waitFor({
    what: `a mail to ${email}`,
    timeoutMs: 30_000,
    check: () => standIn.accepted.find((m) => m.to[0]?.toLowerCase() === email.toLowerCase() && (!subject || subject.test(m.subject))),
  })
const post = (url: string, form: Record<string, string>, client = '198.51.100.50') =>
  fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, 'x-forwarded-for': client },
    body: new URLSearchParams(form),
  })
const count = async (collection: 'contacts' | 'suppressions' | 'mail-messages' | 'consent-records' | 'campaign-sends', where = {}) =>
  (await cms.payload.count({ collection, where, overrideAccess: true })).totalDocs

beforeAll(async () => {
  requireBuild()
  standIn = await startResendStandIn({})
  const mailEnv = resendEnv({ standIn })
  Object.assign(process.env, mailEnv)
  cms = await createTestCms({ dataDir, seed: true })
  server = await startServerProcess({
    env: { ...mailEnv, DATA_DIR: dataDir, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, TRUST_PROXY: 'true', JOBS_POLL_MS: '100', RATE_LIMIT_WRITES_PER_MINUTE: '1000' },
  })
}, 120_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
  await cms?.close()
  await standIn?.close()
})

describe('personal data at rest, after the real flows', () => {
  it('leaves no address or name of a person in the database file or its write-ahead log', async () => {
    // Sign-ups, each confirmed from the link in its mail; the first also changes its preferences.
    for (const [i, person] of people.entries()) {
      expect((await signUp(person, `203.0.113.${10 + i}`)).status).toBe(303)
      const optIn = await mailTo(person.email)
      const confirm = /https?:\/\/[^\s"<>]+\/nl\/newsletter\/confirm\?token=[A-Za-z0-9_.-]+/.exec(optIn.text ?? '')?.[0]
      expect(confirm).toBeDefined()
      // The link points at PUBLIC_URL; the same path on this process. Opening shows a button; the POST confirms.
      const link = new URL(confirm!)
      expect((await post(`${server.url}${link.pathname}${link.search}`, {}, `203.0.113.${10 + i}`)).status).toBeLessThan(400)
    }
    await waitFor({ what: 'every sign-up confirmed', timeoutMs: 30_000, check: async () => (await count('contacts', { status: { equals: 'active' } })) >= people.length })
    const welcome = await mailTo(people[0]!.email, /.*/)
    const preferences = /https?:\/\/[^\s"<>]+\/nl\/preferences\?token=[A-Za-z0-9_.-]+/.exec(welcome.text ?? '')?.[0]
    if (preferences) {
      const url = new URL(preferences)
      expect((await post(`${server.url}${url.pathname}${url.search}`, { action: 'save', name: 'Anneleen Verhaegen-Peeters', locale: 'nl', lists: 'newsletter', tracking: 'yes' })).status).toBe(303)
    }
    // A banner choice from behind the proxy: the ledger keeps the visitor's truncated network.
    const banner = await fetch(`${server.url}/consent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, 'x-forwarded-for': '192.0.2.77' },
      body: JSON.stringify({ consentId: randomUUID(), eventId: randomUUID(), action: 'given', revision: 1, locale: 'nl', acceptedCategories: ['necessary'], rejectedCategories: ['analytics', 'marketing'], acceptedServices: {} }),
    })
    expect(banner.status).toBe(204)

    // Every welcome mail is out first, so the refusal below meets the mail it is meant for.
    await waitFor({ what: 'the welcome mails', timeoutMs: 30_000, check: async () => (await count('mail-messages', { status: { not_in: ['queued', 'retrying'] } })) >= people.length * 2 })
    // The provider refuses one message for good: it is kept as a dead letter (content and address) for a retry.
    standIn.failNext({ status: 422, name: 'validation_error', message: 'The recipient was refused.' })
    expect((await signUp(refusedPerson, '203.0.113.99')).status).toBe(303)
    await waitFor({ what: 'the dead letter', timeoutMs: 30_000, check: async () => (await count('mail-messages', { status: { equals: 'failed' } })) > 0 })

    // A trial signup, verified from the link in its mail (no application configured: it waits in provisioning).
    const [firstName, lastName] = trialPerson.name.split(' ') as [string, string]
    expect((await post(`${server.url}/nl/trial`, { firstName, lastName, email: trialPerson.email, profession: 'therapist', practiceName: trialPerson.practice, country: 'BE', locale: 'nl', accept: 'yes', stamp: stamp() }, '203.0.113.77')).status).toBe(303)
    const verifyLink = new URL(/https?:\/\/\S+\/trial\/verify\?token=[A-Za-z0-9_.-]+/.exec((await mailTo(trialPerson.email)).text ?? '')![0])
    expect((await post(`${server.url}/nl/trial/verify`, { token: verifyLink.searchParams.get('token')! }, '203.0.113.77')).status).toBe(200)
    await waitFor({ what: 'the verified trial', timeoutMs: 15_000, check: async () => (await cms.payload.count({ collection: 'trials', where: { verifiedAt: { exists: true } }, overrideAccess: true })).totalDocs > 0 })

    // A mail with a calendar invitation, queued here and sent by the server's job runner.
    const content = Buffer.from(invitation, 'utf8').toString('base64')
    await queueMail({ payload: cms.payload, template: 'test-mail', locale: 'nl', props: {}, to: attendee.email, idempotencyKey: 'webinar-at-rest:1', attachments: [{ filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content }] })
    const invited = await mailTo(attendee.email, /^Testbericht/)
    expect(Buffer.from(invited.attachments[0]?.content ?? '', 'base64').toString('utf8')).toBe(invitation)

    // A campaign to the confirmed readers, then a bounce that suppresses one address.
    const lists = await cms.payload.find({ collection: 'newsletter-lists', where: { key: { equals: 'newsletter' } }, depth: 0, overrideAccess: true })
    const campaign = await createCampaign({ payload: cms.payload, listIds: [lists.docs[0]!.id], languages: ['nl'], siteUrl: 'https://www.myplugin.test' })
    await startCampaign({ payload: cms.payload, campaignId: campaign.id })
    const bouncer = people[4]!
    const campaignMail = await mailTo(bouncer.email, /Subject NL/)
    expect((await standIn.emitWebhook({ url: `${server.url}/api/mail/webhooks/resend`, type: 'email.bounced', email: campaignMail, data: { bounce: { type: 'Permanent', subType: 'General' } } })).status).toBe(200)
    await waitFor({ what: 'the suppression', timeoutMs: 15_000, check: async () => (await count('suppressions')) > 0 })
    await waitFor({ what: 'the campaign sent', timeoutMs: 30_000, check: async () => (await cms.payload.findByID({ collection: 'campaigns', id: campaign.id, depth: 0, overrideAccess: true })).status === 'sent' })

    // People in every collection that holds them, readable in clear through Payload.
    expect(await count('consent-records', { ipTruncated: { exists: true } })).toBeGreaterThan(0)
    expect(await count('campaign-sends')).toBeGreaterThan(0)
    const found = await cms.payload.find({ collection: 'contacts', where: { email: { equals: people[1]!.email } }, depth: 0, overrideAccess: true })
    expect(found.docs[0]).toMatchObject({ email: people[1]!.email, name: people[1]!.name })
    const deadLetter = await cms.payload.find({ collection: 'mail-messages', where: { to: { equals: refusedPerson.email }, status: { equals: 'failed' } }, depth: 0, overrideAccess: true })
    expect(deadLetter.docs[0]?.deadLetter).toMatchObject({ subject: expect.any(String), text: expect.stringContaining('/newsletter/confirm?token=') })

    // The positive control: a staff account written last, so it sits in the write-ahead log.
    await cms.payload.create({ collection: 'users', data: { email: staff, password: 'a-long-staff-password-4821', name: 'Staff Control', roles: ['editor'] }, overrideAccess: true })

    // Addresses as typed and as stored (lowercase), full names, and surnames (long enough not to turn up by chance).
    const needles = [...people, refusedPerson, trialPerson]
      .flatMap((p) => [p.email, p.email.toLowerCase(), p.name, p.name.split(' ')[1]!])
      .concat('Verhaegen-Peeters', '192.0.2.0/24', staff, trialPerson.practice)
      // The invitation, in clear and as the base64 its attachment travels in.
      .concat(joinLink, ...base64Needles({ text: attendee.email }), ...base64Needles({ text: joinLink }))
    // Every person in this test has an address at example.*; so do the staff accounts, which are allowed.
    const staffAddresses = (await cms.payload.find({ collection: 'users', depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs.map((u) => u.email)
    const scan = scanDataFolder({ dataDir, needles, domain: 'example.', allowed: staffAddresses })
    expect(scan.files.map((f) => f.file)).toEqual(expect.arrayContaining(['myplugin.db', 'myplugin.db-wal']))
    expect(scan.found.get(staff)).toBeDefined()
    const leaks = [...scan.found.entries()].filter(([needle]) => needle !== staff)
    expect(leaks).toEqual([])
    // Nor any other address of a person, wherever it might have gone (job logs, audit entries, webhook receipts…).
    expect(scan.strays).toEqual([])
    // …a search that does find one when it is there (the staff addresses, not allowed this time).
    expect(scanDataFolder({ dataDir, needles: [], domain: 'example.', allowed: [] }).strays.length).toBeGreaterThanOrEqual(staffAddresses.length)
    // …and base64 needles that do find the invitation when its attachment is stored as sent (not encrypted).
    const control = tempDir({ prefix: 'at-rest-control' })
    fs.writeFileSync(path.join(control, 'attachment.json'), JSON.stringify({ filename: 'invite.ics', content: invited.attachments[0]?.content }))
    const b64 = [...base64Needles({ text: attendee.email }), ...base64Needles({ text: joinLink })]
    expect(scanDataFolder({ dataDir: control, needles: b64, domain: 'example.', allowed: [] }).found.size).toBe(2)
  }, 240_000)
})
