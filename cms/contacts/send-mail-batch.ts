import type { Payload } from 'payload'

import { locales, type Locale } from '../../config/locales'
import { compilePerLocale } from '../../emails/compile-per-locale'
import { getMailTemplate, type MailTemplateId } from '../../emails/template-registry'
import { loadOrganisationDetails } from '../content'
import { unsubscribeLinks } from '../links/unsubscribe-links'
import type { RecordedMailPort, RecordedMessage } from '../mail'
import { reachableWhere } from './reachable-where'

/**
 * Sends one template to up to 100 contacts in one provider request (queued by queue-mail-batch.ts). Recipients are
 * read now: only active contacts with a confirmed list get marketing mail, suppressed addresses are skipped. Each
 * language is rendered once and personalised per recipient (name, unsubscribe link). The batch key is the request's
 * Idempotency-Key and each message's key is {batchKey}:{contact}, so a retry after an outage, a 429 or a crash
 * sends nobody twice.
 */
export const sendMailBatch = async ({
  payload,
  port,
  batchKey,
  template,
  propsByLocale,
  subscriberIds,
}: {
  payload: Payload
  port: RecordedMailPort
  batchKey: string
  template: MailTemplateId
  propsByLocale: Partial<Record<(typeof locales)[number], unknown>>
  /** The contacts' ids (named as queued jobs name them). */
  subscriberIds: (string | number)[]
}): Promise<{ sent: number; skipped: number }> => {
  const marketing = getMailTemplate(template).category === 'marketing'
  const ids = subscriberIds.map((id) => (payload.db.defaultIDType === 'number' ? Number(id) : String(id)))
  const found = await payload.find({
    collection: 'contacts',
    where: { and: [{ id: { in: ids } }, marketing ? reachableWhere() : { status: { not_in: ['bounced', 'complained'] } }] },
    sort: 'id',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { email: true, name: true, locale: true, ref: true },
  })
  const reachable = found.docs
  // A reader whose language the campaign lacks (they switched after it was queued) is skipped, never mis-served.
  const recipients = reachable.filter((s) => propsByLocale[s.locale as Locale] !== undefined)
  if (recipients.length < reachable.length) payload.logger.warn({ batchKey, skipped: reachable.length - recipients.length }, 'batch recipients skipped: no version in their language')
  const organisation = await loadOrganisationDetails({ payload })
  const compiledFor = compilePerLocale({ template, propsByLocale: propsByLocale as never, organisation })
  const messages: RecordedMessage[] = recipients.map((s) => {
    const locale = s.locale as Locale
    const links = marketing ? unsubscribeLinks({ payload, contactRef: s.ref ?? '', locale }) : undefined
    const rendered = compiledFor(locale).personalise({ name: s.name, unsubscribeUrl: links?.url, preferencesUrl: links?.preferencesUrl })
    return {
      to: s.email,
      ...rendered,
      idempotencyKey: `${batchKey}:${s.id}`,
      category: marketing ? 'marketing' : 'transactional',
      headers: links?.headers,
      meta: { template, locale, subscriberId: s.id },
    }
  })
  const results = messages.length > 0 ? await port.sendBatch({ messages, idempotencyKey: batchKey }) : []
  const sent = results.filter((r) => r.outcome === 'sent' || r.outcome === 'duplicate').length
  return { sent, skipped: subscriberIds.length - sent }
}
