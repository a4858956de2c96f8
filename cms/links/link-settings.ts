import type { Payload } from 'payload'

/** What links need from the wiring file; stored on the config's `custom.links` (server-only). */
export type LinkSettings = {
  /** Public origin of the site (PUBLIC_URL): links point here, never at a request's Host header. */
  publicUrl: string
  /** The mailbox in `List-Unsubscribe: <mailto:…>`. */
  unsubscribeMailbox: string
}

export const linkSettingsOf = (payload: Payload): LinkSettings => {
  const settings = (payload.config.custom as { links?: LinkSettings } | undefined)?.links
  if (!settings) throw new Error('custom.links is missing from the Payload config (see cms/payload.config.ts)')
  return settings
}
