import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { renderPolicyNotice } from '../../emails/render-policy-notice'
import type { MailPort } from '../../integrations/mail/mail-port'
import { reachableWhere } from './reachable-where'

const batchSize = 100

/**
 * Mails the notice of a major policy version to every confirmed contact, in their language. Resumable: progress
 * (a cursor over contact ids) is saved after each batch, and every mail carries the idempotency key
 * policy-notice:{version}:{contact}, so a crash or retry re-sends nothing.
 */
export const sendPolicyNotices = async ({ payload, versionId, port, publicUrl }: { payload: Payload; versionId: string; port: MailPort; publicUrl: string }): Promise<void> => {
  const id = payload.db.defaultIDType === 'number' ? Number(versionId) : versionId
  const version = await payload.findByID({ collection: 'policy-versions', id, locale: 'all', depth: 0, overrideAccess: true })
  const summaries = (version.changeSummary ?? {}) as unknown as Partial<Record<Locale, string>>
  const runs = await payload.find({ collection: 'policy-notices', where: { version: { equals: id } }, limit: 1, depth: 0, overrideAccess: true })
  const run = runs.docs[0]
  if (!run) throw new Error(`no notice run for policy version ${versionId}`)
  if (run.state === 'done') return
  // An admin withdrew the version before it took effect: nobody more is told about a change that will not happen.
  if (version.state === 'withdrawn') {
    await payload.update({ collection: 'policy-notices', id: run.id, data: { state: 'done', finishedAt: new Date().toISOString() }, overrideAccess: true })
    return
  }
  const confirmed = reachableWhere()
  const total = (await payload.count({ collection: 'contacts', where: confirmed, overrideAccess: true })).totalDocs
  let cursor = run.cursor ?? undefined
  let sent = run.sent ?? 0
  await payload.update({ collection: 'policy-notices', id: run.id, data: { state: 'sending', total }, overrideAccess: true })
  for (;;) {
    const after = cursor === undefined ? [] : [{ id: { greater_than: payload.db.defaultIDType === 'number' ? Number(cursor) : cursor } }]
    const batch = await payload.find({
      collection: 'contacts',
      where: { and: [confirmed, ...after] },
      sort: 'id',
      limit: batchSize,
      depth: 0,
      overrideAccess: true,
      select: { email: true, locale: true },
    })
    if (batch.docs.length === 0) break
    for (const contact of batch.docs) {
      const locale = (contact.locale ?? 'nl') as Locale
      const rendered = renderPolicyNotice({
        locale,
        versionLabel: version.versionLabel,
        summary: summaries[locale] || summaries.nl || '',
        url: `${publicUrl}/${locale}/privacy/${version.id}`,
      })
      await port.send({ ...rendered, to: contact.email, idempotencyKey: `policy-notice:${version.id}:${contact.id}` })
    }
    cursor = String(batch.docs[batch.docs.length - 1]?.id)
    sent += batch.docs.length
    await payload.update({ collection: 'policy-notices', id: run.id, data: { cursor, sent }, overrideAccess: true })
  }
  await payload.update({ collection: 'policy-notices', id: run.id, data: { state: 'done', finishedAt: new Date().toISOString() }, overrideAccess: true })
}
