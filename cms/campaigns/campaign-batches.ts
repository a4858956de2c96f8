import type { Payload } from 'payload'
import { z } from 'zod'

import type { Locale } from '../../config/locales'
import { compilePerLocale } from '../../emails/compile-per-locale'
import type { MailMessage, MailPort } from '../../integrations/mail/mail-port'
import { isMailSendError } from '../../integrations/mail/mail-send-error'
import { validateMailMessage } from '../../integrations/mail/validate-mail-message'
import { loadOrganisationDetails } from '../content'
import { toDocumentId } from '../database/to-document-id'
import { createClickToken } from '../links/click-token'
import { linkSettingsOf } from '../links/link-settings'
import { createOpenToken } from '../links/open-token'
import { unsubscribeLinks } from '../links/unsubscribe-links'
import { findSuppressedAddresses } from '../mail'
import { campaignRecipientsWhere } from './campaign-recipients-where'
import type { CampaignSnapshot } from './campaign-snapshot'
import { trackCampaignMail } from './track-campaign-mail'

/** The batch being sent, stored before the request: after a crash exactly these people are sent again, same key. */
export const inFlightBatch = z.object({ key: z.string(), ids: z.array(z.union([z.string(), z.number()])), last: z.union([z.string(), z.number()]), skipped: z.number(), invalid: z.number() })
export type InFlightBatch = z.infer<typeof inFlightBatch>

/** A batch ready to go: its stored record and its rendered messages. */
export type PreparedBatch = { record: InFlightBatch; messages: MailMessage[] }

const batchSize = 100
const attemptsPerBatch = 5
const select = { email: true, name: true, locale: true, ref: true, tracking: true } as const

type Person = { id: string | number; ref?: string | null; email: string; name?: string | null; locale: string; tracking?: boolean | null }

const firstName = (name: string | null | undefined) => (name ?? '').trim().split(/\s+/)[0] ?? ''
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * How one campaign send forms, renders and sends its batches of at most 100 contacts in id order. Suppressed
 * addresses are skipped and invalid ones counted as failed at the moment a batch is formed; each language is
 * rendered once and personalised per person.
 */
export const campaignBatches = async ({
  payload,
  campaignId,
  snapshot,
  issuedAt,
  port,
}: {
  payload: Payload
  campaignId: string | number
  snapshot: CampaignSnapshot
  /** When the send started: links' validity starts here, so a batch resent after a crash is byte-identical. */
  issuedAt: Date
  port: MailPort
}) => {
  const organisation = await loadOrganisationDetails({ payload })
  const compiledFor = compilePerLocale({ template: 'campaign', propsByLocale: snapshot.propsByLocale, organisation })
  const listClaim = snapshot.listKeys.length > 0 ? snapshot.listKeys.join(',') : '*'
  const { publicUrl } = linkSettingsOf(payload)
  const campaign = String(campaignId)
  const buttonUrls = (locale: Locale) => (snapshot.propsByLocale[locale]?.blocks ?? []).flatMap((b) => (b.kind === 'button' ? [b.url] : []))

  const messageFor = (s: Person): MailMessage => {
    const locale = s.locale as Locale
    const links = unsubscribeLinks({ payload, contactRef: s.ref ?? '', list: listClaim, campaign: campaignId, locale, issuedAt })
    // Per person only with their consent: otherwise links carry no identity and the mail has no pixel.
    const named = s.tracking && s.ref ? s.ref : undefined
    const rendered = trackCampaignMail({
      mail: compiledFor(locale).personalise({ name: firstName(s.name), unsubscribeUrl: links.url, preferencesUrl: links.preferencesUrl }),
      urls: buttonUrls(locale),
      wrap: (url) => `${publicUrl}/api/campaigns/click/${createClickToken({ secret: payload.secret, campaign, url, contactRef: named, issuedAt })}`,
      pixelUrl: named ? `${publicUrl}/api/campaigns/open/${createOpenToken({ secret: payload.secret, campaign, contactRef: named, issuedAt })}` : undefined,
    })
    return {
      to: s.email,
      ...rendered,
      idempotencyKey: `campaign:${campaignId}:${s.id}`,
      category: 'marketing',
      headers: links.headers,
      tags: [
        { name: 'campaign', value: String(campaignId) },
        // The contact's id, under the tag name mails already sent carry (delivery webhooks read it back).
        { name: 'subscriber', value: String(s.id) },
      ],
    }
  }

  const prepare = async ({ people, key, last, alreadySkipped = 0 }: { people: Person[]; key: string; last: string | number; alreadySkipped?: number }): Promise<PreparedBatch> => {
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

  return {
    /** The next page of the audience after the cursor; undefined at the end. */
    form: async ({ after, number }: { after: string | number | null | undefined; number: number }): Promise<PreparedBatch | undefined> => {
      const cursor = after === null || after === undefined ? undefined : toDocumentId({ payload, raw: after })
      const page = await payload.find({ collection: 'contacts', where: campaignRecipientsWhere({ snapshot, after: cursor }), sort: 'id', limit: batchSize, pagination: false, depth: 0, overrideAccess: true, select })
      const last = page.docs.at(-1)
      return last ? prepare({ people: page.docs, key: `campaign-${campaignId}-b${number}`, last: last.id }) : undefined
    },

    /** A batch stored before a crash or a pause: the same people (those still reachable now), the same key. */
    reform: async (stored: InFlightBatch): Promise<PreparedBatch> => {
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
    },

    /** Sends one batch; the number the provider accepted (a key it already knows means: accepted before a crash). */
    send: async ({ record, messages }: PreparedBatch): Promise<number> => {
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
    },
  }
}
