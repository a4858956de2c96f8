import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

/** What a token may unsubscribe from. One list today; the newsletter capability adds more. */
export const unsubscribeLists = ['newsletter'] as const
export type UnsubscribeList = (typeof unsubscribeLists)[number]

export type UnsubscribeClaim = { subscriberId: string; list: UnsubscribeList }

/** Test mails ("send me a test") carry a well-formed token for this id: it unsubscribes nobody. */
export const testSubscriberId = 'test'

const version = 'u1'
const body = z.object({ s: z.union([z.string().min(1).max(64), z.number().int().nonnegative()]), l: z.enum(unsubscribeLists) })

// A key of its own, derived from the application secret: a leaked token key could not sign sessions, and back.
const keys = new Map<string, Buffer>()
const keyFor = (secret: string) => {
  let key = keys.get(secret)
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'myplugin-mail', 'unsubscribe-token-v1', 32))
    keys.set(secret, key)
  }
  return key
}
const mac = (secret: string, data: string) => createHmac('sha256', keyFor(secret)).update(data).digest().subarray(0, 16).toString('base64url')

/**
 * The token in every marketing mail's unsubscribe links: the subscriber's id and the list, signed (HMAC-SHA256,
 * 128-bit tag). No address, no expiry (RFC 8058 links must keep working); changing PAYLOAD_SECRET invalidates them.
 */
export const createUnsubscribeToken = ({ secret, subscriberId, list = 'newsletter' }: { secret: string; subscriberId: string | number; list?: UnsubscribeList }): string => {
  const payload = Buffer.from(JSON.stringify({ s: String(subscriberId), l: list })).toString('base64url')
  return `${version}.${payload}.${mac(secret, `${version}.${payload}`)}`
}

/** The claim of a genuine token, or undefined for anything forged, altered, truncated or malformed. */
export const readUnsubscribeToken = ({ secret, token }: { secret: string; token: string | null | undefined }): UnsubscribeClaim | undefined => {
  if (typeof token !== 'string' || token.length > 512) return undefined
  const [v, payload, tag, ...rest] = token.split('.')
  if (v !== version || !payload || !tag || rest.length > 0) return undefined
  const expected = Buffer.from(mac(secret, `${v}.${payload}`))
  const given = Buffer.from(tag)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  try {
    const parsed = body.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')))
    return parsed.success ? { subscriberId: String(parsed.data.s), list: parsed.data.l } : undefined
  } catch {
    return undefined
  }
}
