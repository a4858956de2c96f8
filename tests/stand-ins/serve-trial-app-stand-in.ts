/**
 * The web application's stand-in in a process of its own, as the real application is: its clock and its event
 * loop are not the caller's, and a test can kill the caller mid-request while the stand-in keeps its accounts.
 * Prints one JSON line `{ url, secret, webhookSecret }` when listening; driven over /_control/* (specs/trial-app.md).
 * Ends when stdin closes or on SIGTERM.
 *
 * TRIAL_APP_STAND_IN_PORT (default: any free port), TRIAL_APP_STAND_IN_SECRET and TRIAL_APP_STAND_IN_WEBHOOK_SECRET
 * (default: generated), TRIAL_APP_STAND_IN_WEBHOOK_URL (where events go; also settable over the control API).
 */
import { startTrialAppStandIn } from './trial-app-stand-in'

const standIn = await startTrialAppStandIn({
  port: Number(process.env.TRIAL_APP_STAND_IN_PORT ?? '0'),
  secret: process.env.TRIAL_APP_STAND_IN_SECRET || undefined,
  webhookSecret: process.env.TRIAL_APP_STAND_IN_WEBHOOK_SECRET || undefined,
  webhookUrl: process.env.TRIAL_APP_STAND_IN_WEBHOOK_URL || undefined,
})
process.stdout.write(`${JSON.stringify({ url: standIn.url, secret: standIn.secret, webhookSecret: standIn.webhookSecret })}\n`)
const stop = () => void standIn.close().then(() => process.exit(0))
process.stdin.on('end', stop)
process.stdin.resume()
process.on('SIGTERM', stop)
