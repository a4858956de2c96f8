import { Secret, TOTP } from 'otpauth'

/** The code an authenticator app shows `stepOffset` 30-second steps from now (negative: the past). */
export const totpCode = ({ secret, stepOffset = 0 }: { secret: string; stepOffset?: number }): string => {
  const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) })
  return totp.generate({ timestamp: Date.now() + stepOffset * 30_000 })
}
