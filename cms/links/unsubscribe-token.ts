import { z } from 'zod'

import { createSignedToken, readSignedToken } from './signed-token'

/** What a token unsubscribes from: every list ('*'), or the lists a campaign went to (their keys, comma-separated). */
export type UnsubscribeList = string

export type UnsubscribeClaim = { contactRef: string; list: UnsubscribeList; campaign?: string }

/** Test mails ("send me a test") carry a well-formed token for this id: it unsubscribes nobody. */
export const testContactRef = 'test'

const listPattern = /^(\*|[a-z0-9-]{1,40}(,[a-z0-9-]{1,40}){0,19})$/
const claim = z.object({
  s: z.string().min(1).max(64),
  l: z.string().regex(listPattern),
  c: z.string().min(1).max(64).optional(),
})

/**
 * The token in every marketing mail's unsubscribe links: the person's random reference (never an id, which SQLite
 * reuses after a delete), the lists and (for campaigns) the
 * campaign, signed with the unsubscribe purpose's own key. No address, no expiry (RFC 8058 links must keep
 * working); changing PAYLOAD_SECRET invalidates them.
 */
export const createUnsubscribeToken = ({
  secret,
  contactRef,
  list = '*',
  campaign,
}: {
  secret: string
  contactRef: string
  list?: UnsubscribeList
  campaign?: string | number
}): string => {
  if (!listPattern.test(list)) throw new Error(`unsubscribe token: invalid list "${list}"`)
  const body = campaign === undefined ? { s: contactRef, l: list } : { s: contactRef, l: list, c: String(campaign) }
  return createSignedToken({ secret, purpose: 'unsubscribe', claim: body, expiresAt: 'never' })
}

/** The claim of a genuine token, or undefined for anything forged, altered, truncated or malformed. */
export const readUnsubscribeToken = ({ secret, token }: { secret: string; token: string | null | undefined }): UnsubscribeClaim | undefined => {
  const read = readSignedToken({ secret, purpose: 'unsubscribe', token, schema: claim })
  if (read.state !== 'valid') return undefined
  const { s, l, c } = read.claim
  return { contactRef: s, list: l, ...(c ? { campaign: c } : {}) }
}
