/**
 * The web application's stand-in in a process of its own, as the real application is: its clock and its event
 * loop are not the caller's, and a test can kill the caller mid-request while the stand-in keeps its accounts.
 * `npm start` runs it too when TRIAL_PROVISIONING_URL is not set outside production (server/start-local-trial-app.ts).
 * Prints one JSON line `{ url, secret, webhookSecret }` when listening; driven over /_control/*
 * (tests/stand-ins/specs/trial-app.md).
 *
 * It never outlives whoever started it: it ends when stdin closes (the parent's end of the pipe closes even when the
 * parent is killed with SIGKILL), when its parent process changes (it was orphaned), or on SIGTERM/SIGINT.
 *
 * TRIAL_APP_STAND_IN_PORT (default: any free port), TRIAL_APP_STAND_IN_SECRET and TRIAL_APP_STAND_IN_WEBHOOK_SECRET
 * (default: generated), TRIAL_APP_STAND_IN_WEBHOOK_URL (where events go; also settable over the control API).
 */
import { z } from 'zod'

import { startTrialAppStandIn } from './start-trial-app-stand-in'

const unset = (v: unknown) => (v === '' ? undefined : v)
const settings = z
  .object({
    TRIAL_APP_STAND_IN_PORT: z.preprocess(unset, z.coerce.number().int().min(0).max(65535).default(0)),
    TRIAL_APP_STAND_IN_SECRET: z.preprocess(unset, z.string().startsWith('whsec_').optional()),
    TRIAL_APP_STAND_IN_WEBHOOK_SECRET: z.preprocess(unset, z.string().startsWith('whsec_').optional()),
    TRIAL_APP_STAND_IN_WEBHOOK_URL: z.preprocess(unset, z.url().optional()),
  })
  .parse(process.env)

const standIn = await startTrialAppStandIn({
  port: settings.TRIAL_APP_STAND_IN_PORT,
  secret: settings.TRIAL_APP_STAND_IN_SECRET,
  webhookSecret: settings.TRIAL_APP_STAND_IN_WEBHOOK_SECRET,
  webhookUrl: settings.TRIAL_APP_STAND_IN_WEBHOOK_URL,
})
process.stdout.write(`${JSON.stringify({ url: standIn.url, secret: standIn.secret, webhookSecret: standIn.webhookSecret })}\n`)
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
