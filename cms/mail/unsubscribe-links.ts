import type { Payload } from 'payload'

import { mailSettingsOf } from './mail-settings'
import { createUnsubscribeToken, type UnsubscribeList } from './unsubscribe-token'

/**
 * The recipient's unsubscribe URL (shown in the footer) and the RFC 2369 / RFC 8058 headers: an https URL that a
 * mail provider may POST to ("one-click"), plus a mailto for clients that only speak mail.
 */
export const unsubscribeLinks = ({ payload, subscriberId, list = '*', campaign }: { payload: Payload; subscriberId: string | number; list?: UnsubscribeList; campaign?: string | number }) => {
  const { publicUrl, unsubscribeMailbox } = mailSettingsOf(payload)
  const token = createUnsubscribeToken({ secret: payload.secret, subscriberId, list, campaign })
  const url = `${publicUrl}/api/mail/unsubscribe?token=${token}`
  const mailto = `mailto:${unsubscribeMailbox}?subject=${encodeURIComponent(`unsubscribe ${token}`)}`
  return {
    url,
    headers: { 'List-Unsubscribe': `<${url}>, <${mailto}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}
