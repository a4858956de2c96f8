import type { Payload, TaskConfig } from 'payload'
import { z } from 'zod'

import { compileMail, type CompiledMail } from '../../emails/compile-mail'
import type { Locale } from '../../emails/locales'
import type { MailMessage, MailPort } from '../../integrations/mail/mail-port'
import { isMailSendError } from '../../integrations/mail/mail-send-error'
import { validateMailMessage } from '../../integrations/mail/validate-mail-message'
import { findSuppressedAddresses } from '../mail/find-suppressed-addresses'
import { loadOrganisationDetails } from '../mail/load-organisation-details'
import { toDocumentId } from '../mail/to-document-id'
import { unsubscribeLinks } from '../mail/unsubscribe-links'
import { CampaignError } from '../newsletter/campaign-error'
import { campaignRecipientsWhere } from '../newsletter/campaign-recipients-where'
import type { CampaignSnapshot } from '../newsletter/campaign-snapshot'
import { campaignStore } from '../newsletter/campaign-store'
import { pauseCampaignWithError } from '../newsletter/pause-campaign-with-error'
import { startCampaign } from '../newsletter/start-campaign'
import { defaultRetries } from './default-retries'

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
 * Sends a campaign: batches of at most 100 recipients in subscriber-id order, one provider request each, paced by
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
        if (!(error instanceof CampaignError)) throw error
        // A schedule withdrawn or replaced is no error; a campaign that cannot go out goes back to draft.
        if (error.status === 400) {
          await payload.update({ collection: 'campaigns', id: campaignId, data: { status: 'draft', scheduledAt: null }, overrideAccess: true, depth: 0, context: { campaignAction: true } })
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
    const compiled = new Map<Locale, CompiledMail>()
    const compiledFor = (locale: Locale) => {
      let mail = compiled.get(locale)
      if (!mail) {
        mail = compileMail({ template: 'campaign', locale, props: snapshot.propsByLocale[locale] as never, organisation })
        compiled.set(locale, mail)
      }
      return mail
    }
    const listClaim = snapshot.listKeys.length > 0 ? snapshot.listKeys.join(',') : '*'

    const recipientsOf = async (ids: (string | number)[]) =>
      (
        await payload.find({
          collection: 'subscribers',
          where: { id: { in: ids } },
          sort: 'id',
          limit: ids.length,
          depth: 0,
          overrideAccess: true,
          select: { email: true, name: true, locale: true },
        })
      ).docs

    const messagesFor = (people: Awaited<ReturnType<typeof recipientsOf>>): MailMessage[] =>
      people.map((s) => {
        const locale = s.locale as Locale
        const links = unsubscribeLinks({ payload, subscriberId: s.id, list: listClaim, campaign: campaignId, locale })
        const rendered = compiledFor(locale).personalise({ name: firstName(s.name), unsubscribeUrl: links.url, preferencesUrl: links.preferencesUrl })
        return {
          to: s.email,
          ...rendered,
          idempotencyKey: `campaign:${campaignId}:${s.id}`,
          category: 'marketing',
          headers: links.headers,
          tags: [
            { name: 'campaign', value: String(campaignId) },
            { name: 'subscriber', value: String(s.id) },
          ],
        }
      })

    /** The next page of the audience after the cursor, minus suppressed and invalid addresses; undefined at the end. */
    const formBatch = async (cursor: string | null | undefined, number: number): Promise<InFlight | undefined> => {
      const after = cursor ? toDocumentId({ payload, raw: cursor }) : undefined
      const page = await payload.find({
        collection: 'subscribers',
        where: campaignRecipientsWhere({ snapshot, after }),
        sort: 'id',
        limit: batchSize,
        depth: 0,
        overrideAccess: true,
        select: { email: true, name: true, locale: true },
      })
      const last = page.docs.at(-1)
      if (!last) return undefined
      const suppressed = await findSuppressedAddresses({ payload, addresses: page.docs.map((s) => s.email) })
      const allowed = page.docs.filter((s) => !suppressed.has(s.email.toLowerCase()))
      const valid = messagesFor(allowed).flatMap((m, i) => {
        try {
          validateMailMessage(m)
          return [allowed[i]?.id as string | number]
        } catch {
          return []
        }
      })
      return { key: `campaign-${campaignId}-b${number}`, ids: valid, last: last.id, skipped: page.docs.length - allowed.length, invalid: allowed.length - valid.length }
    }

    /** Sends one batch; the number the provider accepted (a key it already knows means: accepted before a crash). */
    const sendBatch = async (batch: InFlight): Promise<number> => {
      const messages = messagesFor(await recipientsOf(batch.ids))
      for (let attempt = 1; ; attempt++) {
        try {
          return (await port.sendBatch({ messages, idempotencyKey: batch.key })).length
        } catch (error) {
          if (isMailSendError(error) && error.code === 'idempotency_conflict') return messages.length
          if (!isMailSendError(error) || !error.retryable || attempt >= attemptsPerBatch) throw error
          await sleep(Math.max(1000, error.retryAfterMs ?? 1000))
        }
      }
    }

    let sentNow = 0
    try {
      for (;;) {
        const campaign = await payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true, select: { status: true } })
        if (campaign.status !== 'sending') break
        const current = await payload.findByID({ collection: 'campaign-sends', id: send.id, depth: 0, overrideAccess: true })
        const parsed = inFlight.safeParse(current.inFlight)
        let batch = parsed.success ? parsed.data : undefined
        if (!batch) {
          batch = await formBatch(current.cursor, current.batches ?? 0)
          if (!batch) {
            const now = new Date().toISOString()
            await payload.update({ collection: 'campaign-sends', id: send.id, data: { state: 'done', finishedAt: now }, overrideAccess: true, depth: 0 })
            await payload.update({ collection: 'campaigns', id: campaignId, data: { status: 'sent' }, overrideAccess: true, depth: 0, context: { campaignAction: true } })
            break
          }
          await payload.update({ collection: 'campaign-sends', id: send.id, data: { inFlight: batch }, overrideAccess: true, depth: 0 })
        }
        let accepted = 0
        if (batch.ids.length > 0) {
          try {
            accepted = await sendBatch(batch)
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error)
            const lastTry = (job.totalTried ?? 0) + 1 >= (defaultRetries as { attempts: number }).attempts
            if (isMailSendError(error) && (!error.retryable || lastTry)) {
              await pauseCampaignWithError({ payload, campaignId, sendId: send.id, error: message })
              break
            }
            throw error
          }
        }
        sentNow += accepted
        await payload.update({
          collection: 'campaign-sends',
          id: send.id,
          data: {
            inFlight: null,
            cursor: String(batch.last),
            sent: (current.sent ?? 0) + accepted,
            skipped: (current.skipped ?? 0) + batch.skipped,
            failed: (current.failed ?? 0) + batch.invalid,
            batches: (current.batches ?? 0) + 1,
            lastError: null,
          },
          overrideAccess: true,
          depth: 0,
        })
        await store.acquireLease({ sendId: send.id, owner, leaseMs })
      }
    } finally {
      await store.releaseLease({ sendId: send.id, owner })
    }
    return { output: { sent: sentNow } }
  },
})
