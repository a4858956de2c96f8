/**
 * The Resend stand-in in a process of its own, as the real provider is: its clock and its event loop are not the
 * sender's, so rate-limit windows are measured at arrival like Resend's. Prints one JSON line `{ url, apiKey }` when
 * listening; each line "report" on stdin is answered with `{ accepted, distinct, counters }`.
 *
 * RESEND_STAND_IN_RPS (default 5).
 */
import readline from 'node:readline'

import { startResendStandIn } from './resend-stand-in'

const standIn = await startResendStandIn({ requestsPerSecond: Number(process.env.RESEND_STAND_IN_RPS ?? '5') })
process.stdout.write(`${JSON.stringify({ url: standIn.url, apiKey: standIn.apiKey })}\n`)
readline.createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'report') return
  const distinct = new Set(standIn.accepted.map((e) => e.to[0])).size
  process.stdout.write(`${JSON.stringify({ accepted: standIn.accepted.length, distinct, counters: standIn.counters() })}\n`)
})
process.stdin.on('end', () => void standIn.close().then(() => process.exit(0)))
