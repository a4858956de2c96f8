import { Secret } from 'otpauth'
import type { Payload, PayloadRequest } from 'payload'
import QRCode from 'qrcode'

import { DomainError } from '../errors'
import { totpFor } from './totp-for'
import { twoFactorRecord } from './two-factor-record'

export type TotpEnrolmentOffer = { secret: string; otpauthUrl: string; qrSvg: string }

/**
 * Offers a fresh secret (as text, as an otpauth:// URL and as a QR code) and keeps it as pending: it becomes the
 * user's secret only once a code from it is entered (finishTotpEnrolment). Asking again replaces the offer.
 */
export const startTotpEnrolment = async ({ payload, userId, req }: { payload: Payload; userId: string | number; req?: PayloadRequest }): Promise<TotpEnrolmentOffer> => {
  const record = await twoFactorRecord({ payload, id: userId })
  if (!record) throw new DomainError({ code: 'auth.signed-in-only' })
  if (record.enabled) throw new DomainError({ code: 'auth.two-factor-already-enrolled' })
  const secret = new Secret({ size: 20 }).base32
  await payload.update({ collection: 'users', id: userId, data: { totpPendingSecret: secret }, overrideAccess: true, req })
  const otpauthUrl = totpFor({ secret, label: record.email }).toString()
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return { secret, otpauthUrl, qrSvg }
}
