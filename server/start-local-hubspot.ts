import type { Logger } from 'pino'
import { z } from 'zod'

import type { Env } from '../config/env'
import { spawnStandIn } from './spawn-stand-in'

export type HubSpotStandInChild = { url: string; pid: number; stop: () => Promise<void> }

const ready = z.object({ url: z.url(), accessToken: z.string().min(1) })
const localSubscriptionId = '9000001'

/**
 * Without HUBSPOT_ACCESS_TOKEN outside production, `npm start` syncs leads to a local HubSpot stand-in
 * (integrations/hubspot/stand-in/), so a fresh clone shows the consent gate at work: its URL, a token and a
 * subscription id are put in the environment before the CMS boots, which reads them like a configured HubSpot (the
 * CRM page then names the stand-in). Production without a token keeps the CRM off.
 */
export const startLocalHubSpot = async ({ env, logger, announce }: { env: Env; logger: Logger; announce: (line: string) => void }): Promise<HubSpotStandInChild | undefined> => {
  if (env.HUBSPOT_ACCESS_TOKEN || env.APP_ENV === 'production' || !env.HUBSPOT_LOCAL_STAND_IN) return undefined
  const accessToken = 'pat-local-stand-in-0000'
  const child = await spawnStandIn({
    name: 'HubSpot',
    entry: 'integrations/hubspot/stand-in/serve-hubspot-stand-in.ts',
    env: { HUBSPOT_STAND_IN_PORT: '0', HUBSPOT_STAND_IN_ACCESS_TOKEN: accessToken, HUBSPOT_STAND_IN_SUBSCRIPTION_IDS: localSubscriptionId },
    parse: (line) => ready.parse(line),
  })
  Object.assign(process.env, { HUBSPOT_ACCESS_TOKEN: accessToken, HUBSPOT_BASE_URL: child.ready.url, HUBSPOT_SUBSCRIPTION_ID: env.HUBSPOT_SUBSCRIPTION_ID ?? localSubscriptionId, HUBSPOT_STAND_IN: 'true' })
  logger.info({ url: child.ready.url, pid: child.pid }, 'HubSpot stand-in started')
  announce(`HUBSPOT_ACCESS_TOKEN is not set: leads go through the consent gate to a local HubSpot stand-in at ${child.ready.url} (development only; it forgets everything when the server stops).`)
  return { url: child.ready.url, pid: child.pid, stop: child.stop }
}
