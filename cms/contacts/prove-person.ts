import type { Payload } from 'payload'

import { claimOnce } from '../database/claim-once'
import { altchaValidMinutes } from './altcha-challenge'
import { maxFormAgeMs, readFormStamp } from './form-stamp'
import type { SubscriptionFormInput } from './subscription-form'
import { verifyAltchaPayload } from './verify-altcha-payload'

/**
 * Proof that a person, not a script, sent a public form: the ALTCHA proof-of-work when the browser ran it, else a
 * signed form stamp at least 3 s old (people without JavaScript). Each proof is good for one submission, in every
 * process: claimed in the database until it could no longer pass. Returns the proof's nonce (it names the
 * submission, so a form posted twice is one), or undefined when there is no valid, unused proof.
 */
export const provePerson = async ({ payload, form }: { payload: Payload; form: SubscriptionFormInput }): Promise<string | undefined> => {
  const pick = (v: unknown) => (Array.isArray(v) ? v[0] : v)
  const altcha = await verifyAltchaPayload({ secret: payload.secret, payload: pick(form.altcha) })
  if (altcha.state === 'verified') {
    return (await claimOnce({ payload, scope: 'altcha', key: altcha.nonce, ttlSeconds: altchaValidMinutes * 60 + 60 })) ? altcha.nonce : undefined
  }
  if (altcha.state === 'missing') {
    const stamp = readFormStamp({ secret: payload.secret, stamp: pick(form.stamp) })
    if (stamp.state === 'fresh' && (await claimOnce({ payload, scope: 'form-stamp', key: stamp.nonce, ttlSeconds: maxFormAgeMs / 1000 + 60 }))) return stamp.nonce
  }
  return undefined
}
