import { createHash } from 'node:crypto'

import { createFormStamp } from '../../cms/contacts/form-stamp'
import { createClickToken } from '../../cms/links/click-token'
import { createConfirmToken } from '../../cms/links/confirm-token'
import { createOpenToken } from '../../cms/links/open-token'
import { createPreferenceToken } from '../../cms/links/preference-token'
import { createUnsubscribeToken } from '../../cms/links/unsubscribe-token'
import { createTrialMailsToken } from '../../cms/links/trial-mails-token'
import { createTrialVerifyToken } from '../../cms/links/trial-verify-token'
import { createWebinarCancelToken } from '../../cms/links/webinar-cancel-token'

/** Payload 3 signs with a digest of PAYLOAD_SECRET, not the variable itself (payload/dist/index.js, `this.secret`). */
export const payloadSecretOf = ({ payloadSecret }: { payloadSecret: string }): string => createHash('sha256').update(payloadSecret).digest('hex').slice(0, 32)

/**
 * Genuine links for one person, signed as the server signs them: a hostile request that carries a real token gets
 * past the signature check into the operation behind it, which is where a stored invalid record would come from.
 */
export const mintLinks = ({ payloadSecret, contactRef, listKey, campaign, webinarRegistrationKey, trialKey }: { payloadSecret: string; contactRef: string; listKey: string; campaign: string; webinarRegistrationKey: string; trialKey: string }) => {
  const secret = payloadSecretOf({ payloadSecret })
  const issuedAt = new Date()
  return {
    preferenceToken: createPreferenceToken({ secret, contactRef }),
    unsubscribeToken: createUnsubscribeToken({ secret, contactRef, list: listKey }),
    confirmToken: createConfirmToken({ secret, contactRef, lists: [listKey], nonce: 'fuzz-nonce-0001' }),
    clickToken: createClickToken({ secret, campaign, url: 'https://www.myplugin.test/nl/', contactRef, issuedAt }),
    openToken: createOpenToken({ secret, campaign, contactRef, issuedAt }),
    webinarCancelToken: createWebinarCancelToken({ secret, registrationKey: webinarRegistrationKey }),
    trialVerifyToken: createTrialVerifyToken({ secret, trialKey }),
    trialMailsToken: createTrialMailsToken({ secret, trialKey }),
    /** A form stamp old enough to pass (at least 3 s) and new, so it can be used once. */
    formStamp: () => createFormStamp({ secret, now: new Date(Date.now() - 5_000) }),
  }
}
