/**
 * The signing scheme both directions share, Standard Webhooks (https://www.standardwebhooks.com): HMAC-SHA256 with
 * the shared secret (`whsec_` + base64) over "id.timestamp.body", sent as `v1,<base64>`. The message id is inside
 * the signed text, so a receiver that remembers ids refuses a replay even within the timestamp's tolerance.
 */
export const trialSignatureHeaders = { id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' } as const

/** A message more than this far from the receiver's clock, either way, is refused (the standard's default). */
export const signatureToleranceSeconds = 5 * 60

/**
 * How long a receiver must remember a message id: a message stamped at t passes the timestamp check until
 * t + tolerance, and may arrive stamped up to a tolerance ahead of the receiver's clock.
 */
export const replayMemorySeconds = 2 * signatureToleranceSeconds
