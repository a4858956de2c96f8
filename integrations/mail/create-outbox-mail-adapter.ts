import type { MailMessage, MailPort } from './mail-port'

export type OutboxStore = {
  findByKey: (idempotencyKey: string) => Promise<{ id: string } | undefined>
  insert: (message: MailMessage) => Promise<{ id: string }>
}

/**
 * The local stand-in for a mail provider: messages land in a store (the CMS outbox) instead of the Internet.
 * Idempotency is kept like a real provider keeps it: a key already stored answers with the first message's id.
 */
export const createOutboxMailAdapter = ({ store }: { store: OutboxStore }): MailPort => ({
  send: async (message) => {
    const existing = await store.findByKey(message.idempotencyKey)
    if (existing) return { id: existing.id, duplicate: true }
    const created = await store.insert(message)
    return { id: created.id, duplicate: false }
  },
})
