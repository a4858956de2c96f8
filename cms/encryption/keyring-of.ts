import type { Payload } from 'payload'

import type { DataKeyring } from './data-keyring'

/** The keyring the wiring file put in the config (server-only: Payload never sends `custom` to the browser). */
export const keyringOf = (payload: Payload): DataKeyring => {
  const keyring = (payload.config.custom as { dataKeyring?: DataKeyring } | undefined)?.dataKeyring
  if (!keyring) throw new Error('config.custom.dataKeyring is missing: cms/payload.config.ts must set it')
  return keyring
}
