import type { Payload, TaskConfig } from 'payload'
import { z } from 'zod'

import { compilePerLocale } from '../../emails/compile-per-locale'
import type { Locale } from '../../config/locales'
import type { MailMessage, MailPort } from '../../integrations/mail/mail-port'
import { isMailSendError } from '../../integrations/mail/mail-send-error'
import { validateMailMessage } from '../../integrations/mail/validate-mail-message'
import { findSuppressedAddresses } from '../mail'
import { loadOrganisationDetails } from '../content'
import { toDocumentId } from '../database/to-document-id'
import { unsubscribeLinks } from '../links/unsubscribe-links'
import { describeError, isDomainError } from '../errors'
import { campaignRecipientsWhere } from './campaign-recipients-where'
import type { CampaignSnapshot } from './campaign-snapshot'
import { campaignStore } from './campaign-store'
import { pauseCampaignWithError } from './pause-campaign-with-error'
import { setCampaignStatus } from './set-campaign-status'
import { startCampaign } from './start-campaign'
import { defaultRetries } from '../jobs/default-retries'

const input = z.object({ campaignId: z.string().min(1).max(64), scheduledAt: z.string().max(40).optional() })

/** The batch being sent, stored before the request: after a crash exactly these people are sent again, same key. */
const inFlight = z.object({ key: z.string(), ids: z.array(z.union([z.string(), z.number()])), last: z.union([z.string(), z.number()]), skipped: z.number(), invalid: z.number() })
type InFlight = z.infer<typeof inFlight>

const batchSize = 100
const leaseMs = 120_000
const attemptsPerBatch = 5

const firstName = (name: string | null | undefined) => (name ?? '').trim().split(/\s+/)[0] ?? ''
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Sends a campaign: batches of at most 100 recipients in contact-id order, one provider request each, paced by
 * the mail adapter within the provider's rate limit. Before each request the batch (its idempotency key and
 * recipients) is stored; a worker killed mid-batch is replaced (job lease) and resends exactly that batch under the
 * same key, which the provider answers without sending again — so every recipient gets the campaign once.
 * Suppressed, unsubscribed and bounced addresses are skipped at the moment their batch is formed. Pause and cancel
 * take effect between batches. A scheduled job only starts the send (then this task runs again to send).
 */
export const sendCampaignTask = ({ portFor }: { portFor: (payload: Payload) => MailPort }): TaskConfig<'sendCampaign'> => ({
  slug: 'sendCampaign',
  retries: defaultRetries,
  inputSchema: [
    { name: 'campaignId', type: 'text', required: true },
    { name: 'scheduledAt', type: 'text' },
  ],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ input: raw, job, req }) => {
    const { payload } = req
    const { campaignId: rawId, scheduledAt } = input.parse(raw)
    const campaignId = toDocumentId({ payload, raw: rawId })
    if (campaignId === undefined) return { output: { sent: 0 } }

    if (scheduledAt !== undefined) {
      try {
        await startCampaign({ payload, campaignId, scheduledAt })
      } catch (error) {
        if (!isDomainError(error)) throw error
        // A schedule withdrawn or replaced is no error; a campaign that cannot go out goes back to draft.
        if (describeError({ code: error.code, locale: 'en' }).status === 400) {
          await setCampaignStatus({ payload, campaignId, data: { status: 'draft', scheduledAt: null } })
          payload.logger.warn({ campaign: rawId, reason: error.message }, 'scheduled campaign not sent')
        }
      }
      return { output: { sent: 0 } }
    }

    const send = (await payload.find({ collection: 'campaign-sends', where: { campaign: { equals: campaignId } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    if (!send) return { output: { sent: 0 } }
    const store = campaignStore({ payload })
    const owner = `job:${job.id}`
    if (!(await store.acquireLease({ sendId: send.id, owner, leaseMs }))) {
      // Another worker holds it (e.g. the campaign was resumed while the old job was finishing a batch).
      throw new Error('another worker is sending this campaign; trying again later')
    }

    const snapshot = send.snapshot as CampaignSnapshot
    const port = portFor(payload)
    const organisation = await loadOrganisationDetails({ payload })
    const compiledFor = compilePerLocale({ template: 'campaign', propsByLocale: snapshot.propsByLocale, organisation })
    const issuedAt = new Date(send.startedAt ?? send.createdAt)
    const listClaim = snapshot.listKeys.length > 0 ? snapshot.listKeys.join(',') : '*'

    type Person = { id: string | number; email: string; name?: string | null; locale: string }
    /** A batch ready to go: its stored record and its rendered messages. */
    type Prepared = { record: InFlight; messages: MailMessage[] }

    const messageFor = (s: Person): MailMessage => {
      const locale = s.locale as Locale
      const links = unsubscribeLinks({ payload, subscriberId: s.id, list: listClaim, campaign: campaignId, locale, issuedAt })
      const rendered = compiledFor(locale).personalise({ name: firstName(s.name), unsubscribeUrl: links.url, preferencesUrl: links.preferencesUrl })
      return {
        to: s.email,
        ...rendered,
        idempotencyKey: `campaign:${campaignId}:${s.id}`,
        category: 'marketing',
        headers: links.headers,
        tags: [
          { name: 'campaign', value: String(campaignId) },
          // The contact's id under the tag name mails have always carried (webhooks of mails in flight report it).
          { name: 'subscriber', value: String(s.id) },
        ],
      }
    }

    /** Suppressed addresses are skipped and invalid ones counted as failed, at the moment the batch is formed. */
    const prepare = async ({ people, key, last, alreadySkipped = 0 }: { people: Person[]; key: string; last: string | number; alreadySkipped?: number }): Promise<Prepared> => {
      const suppressed = await findSuppressedAddresses({ payload, addresses: people.map((s) => s.email) })
      const allowed = people.filter((s) => !suppressed.has(s.email.toLowerCase()))
      const ids: (string | number)[] = []
      const messages: MailMessage[] = []
      for (const person of allowed) {
        const message = messageFor(person)
        try {
          validateMailMessage(message)
          ids.push(person.id)
          messages.push(message)
        } catch {
          // counted as failed below
        }
      }
      return { record: { key, ids, last, skipped: alreadySkipped + people.length - allowed.length, invalid: allowed.length - ids.length }, messages }
    }

    const select = { email: true, name: true, locale: true } as const

    /** The next page of the audience after the cursor; undefined at the end. */
    const formBatch = async ({ after, number }: { after: string | number | null | undefined; number: number }): Promise<Prepared | undefined> => {
      const cursor = after === null || after === undefined ? undefined : toDocumentId({ payload, raw: after })
      const page = await payload.find({ collection: 'contacts', where: campaignRecipientsWhere({ snapshot, after: cursor }), sort: 'id', limit: batchSize, pagination: false, depth: 0, overrideAccess: true, select })
      const last = page.docs.at(-1)
      return last ? prepare({ people: page.docs, key: `campaign-${campaignId}-b${number}`, last: last.id }) : undefined
    }

    /** A batch stored before a crash or a pause: the same people (those still reachable now), the same key. */
    const reform = async (stored: InFlight): Promise<Prepared> => {
      const found = await payload.find({
        collection: 'contacts',
        where: { and: [campaignRecipientsWhere({ snapshot }), { id: { in: stored.ids } }] },
        sort: 'id',
        limit: stored.ids.length || 1,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select,
      })
      return prepare({ people: found.docs, key: stored.key, last: stored.last, alreadySkipped: stored.skipped + stored.ids.length - found.docs.length })
    }

    /** Sends one batch; the number the provider accepted (a key it already knows means: accepted before a crash). */
    const sendBatch = async ({ record, messages }: Prepared): Promise<number> => {
      if (messages.length === 0) return 0
      for (let attempt = 1; ; attempt++) {
        try {
          return (await port.sendBatch({ messages, idempotencyKey: record.key })).length
        } catch (error) {
          if (isMailSendError(error) && error.code === 'idempotency_conflict') return messages.length
          if (!isMailSendError(error) || !error.retryable || attempt >= attemptsPerBatch) throw error
          await sleep(Math.max(1000, error.retryAfterMs ?? 1000))
        }
      }
    }

    // Only the lease holder writes these: plain adapter updates of the named columns (no hooks, no read-back).
    const write = (data: Record<string, unknown>) => payload.db.updateOne({ collection: 'campaign-sends', id: send.id, data, returning: false })
    const statusNow = async () => (await payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true, select: { status: true } })).status

    const counts = { sent: send.sent ?? 0, skipped: send.skipped ?? 0, failed: send.failed ?? 0, batches: send.batches ?? 0 }
    let sentNow = 0
    try {
      const stored = inFlight.safeParse(send.inFlight)
      let current = stored.success ? await reform(stored.data) : await formBatch({ after: send.cursor, number: counts.batches })
      if (current && !stored.success) await write({ inFlight: current.record })
      while (current) {
        if ((await statusNow()) !== 'sending') break
        let accepted: number
        try {
          accepted = await sendBatch(current)
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          const lastTry = (job.totalTried ?? 0) + 1 >= (defaultRetries as { attempts: number }).attempts
          if (isMailSendError(error) && (!error.retryable || lastTry)) {
            await pauseCampaignWithError({ payload, campaignId, sendId: send.id, error: message })
            break
          }
          throw error
        }
        sentNow += accepted
        counts.sent += accepted
        counts.skipped += current.record.skipped
        counts.failed += current.record.invalid
        counts.batches += 1
        // The next batch is read and rendered after this one was answered (about 50 ms, well inside the pacer's wait),
        // never while a request is being written: it would only add jitter to when the provider sees it.
        const following = await formBatch({ after: current.record.last, number: counts.batches + 1 })
        // One write moves the cursor past this batch and stores the next one before it is sent.
        await write({
          ...counts,
          cursor: String(current.record.last),
          inFlight: following?.record ?? null,
          lastError: null,
          ...(following ? {} : { state: 'done', finishedAt: new Date().toISOString() }),
        })
        if (!following) {
          await setCampaignStatus({ payload, campaignId, data: { status: 'sent' } })
          break
        }
        current = following
        await store.acquireLease({ sendId: send.id, owner, leaseMs })
      }
    } finally {
      await store.releaseLease({ sendId: send.id, owner })
    }
    return { output: { sent: sentNow } }
  },
})
