import type { Payload, PayloadRequest } from 'payload'

import type { MailMessage } from '../../integrations/mail/mail-port'
import { isUniqueViolation } from '../database/is-unique-violation'
import { toDocumentId } from '../database/to-document-id'
import { outgoingContent } from './outgoing-content'

export type MessageMeta = { template?: string; locale?: string; subscriberId?: string | number }
export type MessageRow = {
  id: string | number
  status: string
  providerId?: string | null
  /** Made by this call (so, with keepContent, it holds this message already). */
  created?: boolean
}

const toRow = (doc: { id: string | number; status: string; providerId?: string | null }): MessageRow => ({ id: doc.id, status: doc.status, providerId: doc.providerId })

/**
 * The mail-messages row of each message (by idempotency key), created as "queued" when missing. Two workers racing
 * on the same key both end up with the one row the unique index let through.
 */
export const ensureMailMessageRows = async ({
  payload,
  messages,
  keepContent = false,
  req,
}: {
  payload: Payload
  messages: (MailMessage & { meta?: MessageMeta })[]
  /** Store each new row's rendered message (encrypted): a queued job then carries the row's id, not the message. */
  keepContent?: boolean
  req?: PayloadRequest
}): Promise<Map<string, MessageRow>> => {
  const keys = messages.map((m) => m.idempotencyKey)
  const existing = await payload.find({
    collection: 'mail-messages',
    where: { idempotencyKey: { in: keys } },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { idempotencyKey: true, status: true, providerId: true },
    req,
  })
  const rows = new Map(existing.docs.map((d) => [d.idempotencyKey, toRow(d)]))
  for (const message of messages) {
    if (rows.has(message.idempotencyKey)) continue
    // Test mails carry no real contact ("test"): only a real id becomes a relationship.
    const contact = toDocumentId({ payload, raw: message.meta?.subscriberId })
    try {
      const created = await payload.create({
        collection: 'mail-messages',
        overrideAccess: true,
        depth: 0,
        data: {
          idempotencyKey: message.idempotencyKey,
          to: message.to,
          subject: message.subject,
          category: message.category ?? 'transactional',
          template: message.meta?.template,
          locale: message.meta?.locale,
          // Generated types assume numeric ids (SQLite); MongoDB's are strings.
          contact: contact as number | undefined,
          status: 'queued',
          ...(keepContent ? { outgoing: outgoingContent(message) } : {}),
        },
        req,
      })
      rows.set(message.idempotencyKey, { ...toRow(created), created: true })
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      const found = await payload.find({ collection: 'mail-messages', where: { idempotencyKey: { equals: message.idempotencyKey } }, limit: 1, depth: 0, overrideAccess: true, req })
      const doc = found.docs[0]
      if (!doc) throw error
      rows.set(message.idempotencyKey, toRow(doc))
    }
  }
  return rows
}
