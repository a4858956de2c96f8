import type { Payload } from 'payload'

/** What the mail code needs from the wiring file; stored on the config's `custom.mail` (server-only). Links' own settings are `custom.links`. */
export type MailSettings = {
  /** Which adapter sends: recorded on each message. */
  provider: 'resend' | 'outbox'
}

export const mailSettingsOf = (payload: Payload): MailSettings => {
  const settings = (payload.config.custom as { mail?: MailSettings } | undefined)?.mail
  if (!settings) throw new Error('custom.mail is missing from the Payload config (see cms/payload.config.ts)')
  return settings
}
