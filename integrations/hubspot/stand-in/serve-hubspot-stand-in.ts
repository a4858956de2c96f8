/**
 * The HubSpot stand-in in a process of its own, as HubSpot is: its clock (the rolling rate-limit window) and its event
 * loop are not the caller's, and a test can kill the caller mid-sync while the stand-in keeps its contacts and its log.
 * Prints one JSON line `{ url, accessToken }` when listening; driven over /_control/* (tests/stand-ins/specs/hubspot.md).
 *
 * It never outlives whoever started it: it ends when stdin closes (the parent's end of the pipe closes even when the
 * parent is killed with SIGKILL), when its parent process changes (it was orphaned), or on SIGTERM/SIGINT.
 *
 * HUBSPOT_STAND_IN_PORT (default: any free port), HUBSPOT_STAND_IN_ACCESS_TOKEN (default: generated),
 * HUBSPOT_STAND_IN_CUSTOM_PROPERTIES (comma-separated; default: the myplugin_* properties the sync writes),
 * HUBSPOT_STAND_IN_SUBSCRIPTION_IDS (comma-separated; default: one, 9000001), HUBSPOT_STAND_IN_TEN_SECONDLY_LIMIT
 * (default 100), HUBSPOT_STAND_IN_INTERVAL_MS (default 10000), HUBSPOT_STAND_IN_DAILY_LIMIT (default 1000000).
 */
import { z } from 'zod'

import { startHubSpotStandIn } from './start-hubspot-stand-in'

const unset = (v: unknown) => (v === '' ? undefined : v)
const list = z.preprocess(unset, z.string().optional()).transform((v) => v?.split(',').map((s) => s.trim()).filter(Boolean))
const count = z.preprocess(unset, z.coerce.number().int().min(1).optional())
const settings = z
  .object({
    HUBSPOT_STAND_IN_PORT: z.preprocess(unset, z.coerce.number().int().min(0).max(65535).default(0)),
    HUBSPOT_STAND_IN_ACCESS_TOKEN: z.preprocess(unset, z.string().min(8).optional()),
    HUBSPOT_STAND_IN_CUSTOM_PROPERTIES: list,
    HUBSPOT_STAND_IN_SUBSCRIPTION_IDS: list,
    HUBSPOT_STAND_IN_TEN_SECONDLY_LIMIT: count,
    HUBSPOT_STAND_IN_INTERVAL_MS: count,
    HUBSPOT_STAND_IN_DAILY_LIMIT: count,
  })
  .parse(process.env)

const standIn = await startHubSpotStandIn({
  port: settings.HUBSPOT_STAND_IN_PORT,
  accessToken: settings.HUBSPOT_STAND_IN_ACCESS_TOKEN,
  customProperties: settings.HUBSPOT_STAND_IN_CUSTOM_PROPERTIES,
  subscriptions: settings.HUBSPOT_STAND_IN_SUBSCRIPTION_IDS?.map((id, i) => ({ id, name: i === 0 ? 'Marketing Information' : `Subscription ${id}`, description: i === 0 ? 'Marketing offers and updates.' : `Subscription type ${id}.` })),
  limits: { perInterval: settings.HUBSPOT_STAND_IN_TEN_SECONDLY_LIMIT, intervalMs: settings.HUBSPOT_STAND_IN_INTERVAL_MS, daily: settings.HUBSPOT_STAND_IN_DAILY_LIMIT },
})
process.stdout.write(`${JSON.stringify({ url: standIn.url, accessToken: standIn.accessToken })}\n`)
let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  void standIn.close().then(() => process.exit(0))
}
process.stdin.on('end', stop)
process.stdin.on('error', stop)
process.stdin.resume()
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
// A second guard besides stdin: should the pipe stay open somehow, an orphan is re-parented, and its ppid changes.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) stop()
}, 1000).unref()
