import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

/** What a token unsubscribes from: every list ('*'), or the lists a campaign went to (their keys, comma-separated). */
export type UnsubscribeList = string

export type UnsubscribeClaim = { subscriberId: string; list: UnsubscribeList; campaign?: string }

/** Test mails ("send me a test") carry a well-formed token for this id: it unsubscribes nobody. */
export const testSubscriberId = 'test'

const version = 'u1'
const listPattern = /^(\*|[a-z0-9-]{1,40}(,[a-z0-9-]{1,40}){0,19})$/
const body = z.object({
  s: z.union([z.string().min(1).max(64), z.number().int().nonnegative()]),
  l: z.string().regex(listPattern),
  c: z.string().min(1).max(64).optional(),
})

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
 * The token in every marketing mail's unsubscribe links: the subscriber's id, the lists and (for campaigns) the
 * campaign, signed (HMAC-SHA256, 128-bit tag). No address, no expiry (RFC 8058 links must keep working); changing
 * PAYLOAD_SECRET invalidates them.
 */
export const createUnsubscribeToken = ({
  secret,
  subscriberId,
  list = '*',
  campaign,
}: {
  secret: string
  subscriberId: string | number
  list?: UnsubscribeList
  campaign?: string | number
}): string => {
  if (!listPattern.test(list)) throw new Error(`unsubscribe token: invalid list "${list}"`)
  const claim = campaign === undefined ? { s: String(subscriberId), l: list } : { s: String(subscriberId), l: list, c: String(campaign) }
  const payload = Buffer.from(JSON.stringify(claim)).toString('base64url')
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
    if (!parsed.success) return undefined
    return { subscriberId: String(parsed.data.s), list: parsed.data.l, ...(parsed.data.c ? { campaign: parsed.data.c } : {}) }
  } catch {
    return undefined
  }
}
