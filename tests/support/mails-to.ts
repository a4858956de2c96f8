import type { Payload } from 'payload'

export type QueuedMail = { template?: string | null; subject?: string | null; text: string }

/**
 * The mails queued for an address (mail-messages rows, found through the address's keyed hash), oldest first, with
 * their text: from the row while it waits to be sent, from the local outbox once sent.
 */
export const mailsTo = async ({ payload, to, template }: { payload: Payload; to: string; template?: string }): Promise<QueuedMail[]> => {
  const rows = await payload.find({
    collection: 'mail-messages',
    where: { and: [{ to: { equals: to } }, ...(template ? [{ template: { equals: template } }] : [])] },
    sort: 'id',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const mails: QueuedMail[] = []
  for (const row of rows.docs) {
    const outgoing = (row.outgoing ?? row.deadLetter) as { text?: string } | null | undefined
    let text = outgoing?.text
    if (text === undefined) {
      const sent = await payload.find({ collection: 'outbox-messages', where: { idempotencyKey: { equals: row.idempotencyKey } }, limit: 1, depth: 0, overrideAccess: true })
      text = sent.docs[0]?.text ?? ''
    }
    mails.push({ template: row.template, subject: row.subject, text })
  }
  return mails
}
