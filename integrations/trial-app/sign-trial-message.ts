import { randomBytes } from 'node:crypto'

import { Webhook } from 'standardwebhooks'

import { trialSignatureHeaders } from './trial-signature-scheme'

/**
 * The headers that sign `body` for the other side: a fresh message id per attempt (a retry is a new message; the
 * idempotency key in the body is what makes it the same request), the time in seconds, and the signature.
 * `id` and `timestamp` are parameters so tests can replay or age a message.
 */
export const signTrialMessage = ({
  secret,
  body,
  id = `msg_${randomBytes(16).toString('hex')}`,
  timestamp = new Date(),
}: {
  secret: string
  body: string
  id?: string
  timestamp?: Date
}): Record<string, string> => ({
  [trialSignatureHeaders.id]: id,
  [trialSignatureHeaders.timestamp]: String(Math.floor(timestamp.getTime() / 1000)),
  [trialSignatureHeaders.signature]: new Webhook(secret).sign(id, timestamp, body),
})
