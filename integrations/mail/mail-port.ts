/** What the rest of the product needs from a mail provider: send one rendered message, exactly once per key. */
export type MailMessage = {
  to: string
  subject: string
  html: string
  text: string
  /** Same key ⇒ the provider delivers at most once, however often a retry calls send. */
  idempotencyKey: string
}

export type SendResult = { id: string; duplicate: boolean }

export type MailPort = {
  send: (message: MailMessage) => Promise<SendResult>
}
