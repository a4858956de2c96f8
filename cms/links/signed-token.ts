import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

/** Every kind of token we sign (links in mails, form stamps); each has its own key, so none can pass as another. */
export type LinkPurpose = 'confirm' | 'preferences' | 'unsubscribe' | 'form-stamp' | 'click' | 'open' | 'webinar-cancel' | 'trial-verify' | 'trial-mails'

const keys = new Map<string, Buffer>()
// One key per purpose, derived from the application secret: a confirm link can never pass as a preference link.
const keyFor = (secret: string, purpose: string) => {
  const id = `${purpose}\0${secret}`
  let key = keys.get(id)
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'myplugin-newsletter', `${purpose}-token-v1`, 32))
    keys.set(id, key)
  }
  return key
}
const mac = (key: Buffer, data: string) => createHmac('sha256', key).update(data).digest().subarray(0, 16).toString('base64url')

export type SignedTokenRead<T> = { state: 'valid'; claim: T } | { state: 'expired'; claim: T } | { state: 'invalid' }

/**
 * A small signed, expiring token for links in mails (HMAC-SHA256 with a per-purpose key, 128-bit tag): the claim is
 * readable but cannot be changed; `exp` is seconds since the epoch. An expired token still names its claim, so the
 * page can offer to mail a fresh link to the same person without asking who they are. Unsubscribe links never
 * expire (RFC 8058): they are created with `expiresAt: 'never'` and carry no `exp`.
 */
export const createSignedToken = ({ secret, purpose, claim, expiresAt }: { secret: string; purpose: LinkPurpose; claim: Record<string, unknown>; expiresAt: Date | 'never' }): string => {
  const exp = expiresAt === 'never' ? {} : { exp: Math.floor(expiresAt.getTime() / 1000) }
  const body = Buffer.from(JSON.stringify({ ...claim, ...exp })).toString('base64url')
  return `${body}.${mac(keyFor(secret, purpose), body)}`
}

export const readSignedToken = <T extends z.ZodTypeAny>({
  secret,
  purpose,
  token,
  schema,
  now = new Date(),
  maxLength = 600,
}: {
  secret: string
  purpose: LinkPurpose
  token: unknown
  schema: T
  now?: Date
  /** Longer only for tokens that carry a URL (a tracked link). */
  maxLength?: number
}): SignedTokenRead<z.infer<T>> => {
  if (typeof token !== 'string' || token.length > maxLength) return { state: 'invalid' }
  const [body, tag, ...rest] = token.split('.')
  if (!body || !tag || rest.length > 0) return { state: 'invalid' }
  const expected = Buffer.from(mac(keyFor(secret, purpose), body))
  const given = Buffer.from(tag)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { state: 'invalid' }
  try {
    const raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { exp?: unknown }
    const parsed = schema.safeParse(raw)
    // Only unsubscribe links may live forever; any other kind without an expiry is not one of ours.
    const lifetimeOk = typeof raw.exp === 'number' || (raw.exp === undefined && purpose === 'unsubscribe')
    if (!parsed.success || !lifetimeOk) return { state: 'invalid' }
    return typeof raw.exp === 'number' && raw.exp * 1000 < now.getTime() ? { state: 'expired', claim: parsed.data } : { state: 'valid', claim: parsed.data }
  } catch {
    return { state: 'invalid' }
  }
}
