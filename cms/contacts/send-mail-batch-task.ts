import type { Payload, TaskConfig } from 'payload'
import { z } from 'zod'

import { compilePerLocale } from '../../emails/compile-per-locale'
import { locales, type Locale } from '../../config/locales'
import { getMailTemplate, isMailTemplateId, type MailTemplateId } from '../../emails/template-registry'
import type { RecordedMailPort, RecordedMessage } from '../mail'
import { loadOrganisationDetails } from '../content'
import { toJobError } from '../mail'
import { unsubscribeLinks } from '../links/unsubscribe-links'
import { reachableWhere } from './reachable-where'
import { defaultRetries } from '../jobs/default-retries'

const input = z.object({
  batchKey: z.string().min(1).max(200),
  template: z.string().refine(isMailTemplateId, 'unknown template'),
  propsByLocale: z.record(z.enum(locales), z.unknown()),
  subscriberIds: z.array(z.union([z.string(), z.number()])).min(1).max(100),
})

/**
 * Sends one template to up to 100 subscribers in one provider request (queued by cms/mail/queue-mail-batch.ts).
 * Recipients are read now: only active subscribers with a confirmed list get marketing mail, suppressed addresses are skipped. Each
 * language is rendered once and personalised per recipient (name, unsubscribe link). The batch key is the request's
 * Idempotency-Key and each message's key is {batchKey}:{subscriber}, so a retry after an outage, a 429 or a crash
 * sends nobody twice.
 */
export const sendMailBatchTask = ({ mailFor }: { mailFor: (payload: Payload) => RecordedMailPort }): TaskConfig<'sendMailBatch'> => ({
  slug: 'sendMailBatch',
  retries: defaultRetries,
  inputSchema: [
    { name: 'batchKey', type: 'text', required: true },
    { name: 'template', type: 'text', required: true },
    { name: 'propsByLocale', type: 'json', required: true },
    { name: 'subscriberIds', type: 'json', required: true },
  ],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
  handler: async ({ input: raw, job, req }) => {
    const { payload } = req
    const parsed = input.parse(raw)
    const { batchKey, propsByLocale, subscriberIds } = parsed
    const template = parsed.template as MailTemplateId
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
      select: { email: true, name: true, locale: true },
    })
    const reachable = found.docs
    // A reader whose language the campaign lacks (they switched after it was queued) is skipped, never mis-served.
    const recipients = reachable.filter((s) => propsByLocale[s.locale as Locale] !== undefined)
    if (recipients.length < reachable.length) payload.logger.warn({ batchKey, skipped: reachable.length - recipients.length }, 'batch recipients skipped: no version in their language')
    try {
      const organisation = await loadOrganisationDetails({ payload })
      const compiledFor = compilePerLocale({ template, propsByLocale: propsByLocale as never, organisation })
      const messages: RecordedMessage[] = recipients.map((s) => {
        const locale = s.locale as Locale
        const links = marketing ? unsubscribeLinks({ payload, subscriberId: s.id, locale }) : undefined
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
      const results = messages.length > 0 ? await mailFor(payload).sendBatch({ messages, idempotencyKey: batchKey }) : []
      const sent = results.filter((r) => r.outcome === 'sent' || r.outcome === 'duplicate').length
      return { output: { sent, skipped: subscriberIds.length - sent } }
    } catch (error) {
      throw toJobError({ error, job })
    }
  },
})
