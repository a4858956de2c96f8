import { Webhook } from 'standardwebhooks'

export type VerifiedWebhook = { id: string; payload: unknown }

const pick = (headers: Headers, name: string) => headers.get(`svix-${name}`) ?? headers.get(`webhook-${name}`) ?? undefined

/**
 * Checks a delivery webhook the way Resend signs it (Svix, i.e. Standard Webhooks): HMAC-SHA256 over
 * "id.timestamp.body" with the endpoint's secret, timestamp within 5 minutes either way. Throws on anything else.
 * Resend sends `svix-*` headers; the standard's `webhook-*` names are accepted too.
 */
export const verifyResendWebhook = ({ secret, body, headers }: { secret: string; body: string; headers: Headers }): VerifiedWebhook => {
  const id = pick(headers, 'id')
  const timestamp = pick(headers, 'timestamp')
  const signature = pick(headers, 'signature')
  if (!id || !timestamp || !signature) throw new Error('missing signature headers')
  const payload: unknown = new Webhook(secret).verify(body, { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature })
  return { id, payload }
}
