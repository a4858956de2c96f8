import type { Payload } from 'payload'

import { compileMail } from '../../emails/compile-mail'
import type { Locale } from '../../config/locales'
import type { MailTemplateId, MailTemplateProps } from '../../emails/template-registry'
import { maxBatchSize } from '../../integrations/mail/mail-port'
import { loadOrganisationDetails } from '../content'

/**
 * Queues one templated mail to many subscribers as `sendMailBatch` jobs of at most 100 recipients (one provider
 * request each). Checked now, before anything is queued: the template renders in every language the recipients
 * read (a missing language is refused, naming it). Recipients are re-read when each job runs, so whoever
 * unsubscribes or bounces meanwhile is skipped. `batchKey` makes the whole send idempotent.
 */
export const queueMailBatch = async <Id extends MailTemplateId>({
  payload,
  template,
  propsByLocale,
  subscriberIds,
  batchKey,
}: {
  payload: Payload
  template: Id
  propsByLocale: Partial<Record<Locale, MailTemplateProps<Id>>>
  subscriberIds: (string | number)[]
  batchKey: string
}): Promise<{ jobIds: (string | number)[] }> => {
  if (!/^[A-Za-z0-9_:-]{1,180}$/.test(batchKey)) throw new Error('batchKey: letters, digits, _ : - only (at most 180)')
  const ids = [...new Set(subscriberIds.map(String))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  const readers = await payload.find({
    collection: 'contacts',
    where: { id: { in: ids } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { locale: true },
  })
  const organisation = await loadOrganisationDetails({ payload })
  for (const locale of new Set(readers.docs.map((s) => s.locale as Locale))) {
    const props = propsByLocale[locale]
    const count = readers.docs.filter((s) => s.locale === locale).length
    if (!props) throw new Error(`${template}: no ${locale} version, but ${count} recipient(s) read ${locale}`)
    compileMail({ template, locale, props, organisation })
  }
  const jobIds: (string | number)[] = []
  for (let i = 0; i * maxBatchSize < ids.length; i++) {
    const job = await payload.jobs.queue({
      task: 'sendMailBatch',
      input: { batchKey: `${batchKey}-${i}`, template, propsByLocale, subscriberIds: ids.slice(i * maxBatchSize, (i + 1) * maxBatchSize) },
    })
    jobIds.push(job.id)
  }
  return { jobIds }
}
