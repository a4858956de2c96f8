import type { Logger } from 'pino'

import type { Runtime } from '../config/runtime'
import { turnOffProviderTracking } from '../integrations/mail/turn-off-provider-tracking'

/**
 * Once at start, beside serving: the mail provider's own open and click tracking must be off (see
 * turn-off-provider-tracking.ts). One log line says what was found; nothing here can stop the server.
 */
export const checkProviderTracking = async ({ runtime, logger }: { runtime: Runtime; logger: Logger }): Promise<void> => {
  if (!runtime.RESEND_API_KEY || !runtime.MAIL_FROM) return
  try {
    const check = await turnOffProviderTracking({ apiKey: runtime.RESEND_API_KEY, baseUrl: runtime.RESEND_BASE_URL, from: runtime.MAIL_FROM })
    if (check.state === 'off') logger.info({ domain: check.domain }, 'mail provider: open and click tracking are off')
    else if (check.state === 'turned-off') logger.warn({ domain: check.domain, was: check.was }, 'mail provider: open/click tracking was on; switched off (measurement is first-party, by consent)')
    else logger.warn({ reason: check.reason }, 'mail provider: could not check open/click tracking; make sure it is off (README: Mail)')
  } catch (error) {
    logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'mail provider: could not check open/click tracking')
  }
}
