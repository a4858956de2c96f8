import type { MailMessage, MailPort } from './mail-port'
import { refuseBatchAttachments } from './refuse-batch-attachments'
import { validateMailMessage } from './validate-mail-message'

export type OutboxStore = {
  findByKey: (idempotencyKey: string) => Promise<{ id: string } | undefined>
  /** Keeps the whole message, attachments included. `duplicate`: another send stored the same key first (two jobs racing on one message). */
  insert: (message: MailMessage) => Promise<{ id: string; duplicate?: boolean }>
}

/**
 * The local stand-in for a mail provider: messages land in a store (the CMS outbox) instead of the Internet.
 * It refuses what the real provider would (same validation), and keeps idempotency like a real provider: a key
 * already stored answers with the first message's id.
 */
export const createOutboxMailAdapter = ({ store }: { store: OutboxStore }): MailPort => {
  const send: MailPort['send'] = async (message) => {
    validateMailMessage(message)
    const existing = await store.findByKey(message.idempotencyKey)
    if (existing) return { id: existing.id, duplicate: true }
    const created = await store.insert(message)
    return { id: created.id, duplicate: created.duplicate ?? false }
  }
  return {
    send,
    sendBatch: async ({ messages }) => {
      // All or nothing, like the provider's strict mode: validate every message before storing any.
      for (const message of messages) validateMailMessage(message)
      // What the provider's batch refuses, the stand-in refuses too: a laptop must not pass what production cannot send.
      refuseBatchAttachments({ messages })
      const results = []
      for (const message of messages) results.push(await send(message))
      return results
    },
  }
}
