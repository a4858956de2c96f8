import { Webhook, WebhookVerificationError } from 'standardwebhooks'

import { TrialSignatureError } from './trial-signature-error'
import { replayMemorySeconds, signatureToleranceSeconds, trialSignatureHeaders } from './trial-signature-scheme'

type HeaderSource = Headers | Record<string, string | string[] | undefined>

const headerOf = (headers: HeaderSource, name: string): string | undefined => {
  if (headers instanceof Headers) return headers.get(name) ?? undefined
  const value = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1]
  return Array.isArray(value) ? value.join(', ') : value
}

// A signed body that is not JSON is the caller's to refuse (its zod schema fails on undefined).
const parseJson = (body: string): unknown => {
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

// Standard Webhooks ids are short ASCII tokens; a bounded pattern keeps a hostile header out of the claims store.
const messageIdPattern = /^[A-Za-z0-9_.:-]{1,128}$/

/**
 * Checks a signed message in the order that spends nothing on strangers: headers present, timestamp within 5
 * minutes, signature (standardwebhooks, constant-time), and only then the message id, claimed once through
 * `claimMessageId` (the CMS passes claimOnce, shared by every instance; the stand-in a map). Claiming after the
 * signature means nobody without the secret can use up ids. Throws TrialSignatureError; returns the parsed body.
 */
export const verifyTrialMessage = async ({
  secret,
  body,
  headers,
  claimMessageId,
}: {
  secret: string
  body: string
  headers: HeaderSource
  /** True the first time an id is claimed within `ttlSeconds`, false after. */
  claimMessageId: (args: { id: string; ttlSeconds: number }) => Promise<boolean>
}): Promise<{ id: string; timestamp: Date; payload: unknown }> => {
  const id = headerOf(headers, trialSignatureHeaders.id)
  const timestamp = headerOf(headers, trialSignatureHeaders.timestamp)
  const signature = headerOf(headers, trialSignatureHeaders.signature)
  if (!id || !messageIdPattern.test(id) || !timestamp || !/^\d{1,12}$/.test(timestamp) || !signature) {
    throw new TrialSignatureError({ problem: 'missing-headers' })
  }
  // The library checks the window too, but says why only in its message text; checked here to name the problem.
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > signatureToleranceSeconds) throw new TrialSignatureError({ problem: 'stale' })
  try {
    new Webhook(secret).verify(body, { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature }, { jsonParse: false })
  } catch (error) {
    if (error instanceof WebhookVerificationError) throw new TrialSignatureError({ problem: 'bad-signature' })
    throw error
  }
  if (!(await claimMessageId({ id, ttlSeconds: replayMemorySeconds }))) throw new TrialSignatureError({ problem: 'replayed' })
  return { id, timestamp: new Date(Number(timestamp) * 1000), payload: parseJson(body) }
}
