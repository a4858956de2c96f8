import { Secret, TOTP } from 'otpauth'

/** The TOTP of one secret, as authenticator apps compute it (SHA-1, 6 digits, 30 s: what every app supports). */
export const totpFor = ({ secret, label = '' }: { secret: string; label?: string }): TOTP =>
  new TOTP({ issuer: 'myPlugin CMS', label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) })
