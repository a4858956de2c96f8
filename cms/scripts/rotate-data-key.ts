/**
 * `npm run data:rotate-key`: re-encrypts every stored personal value under the current DATA_ENCRYPTION_KEY (values
 * under DATA_ENCRYPTION_KEY_PREVIOUS, and plaintext written before encryption). Safe while the site runs and safe to
 * interrupt: run it again and it continues where it stopped. When it reports nothing left, the previous key can go.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { findUnreadableData, reencryptPersonalData, unreadableDataProblem } from '../encryption'

const payload = await getPayload({ config })
const unreadable = await findUnreadableData({ payload })
if (unreadable.length > 0) {
  process.stderr.write(`✖ ${unreadableDataProblem({ found: unreadable })}\n`)
  process.exit(2)
}
const report = await reencryptPersonalData({
  payload,
  onBatch: (p) => process.stdout.write(`${p.collection}: ${p.scanned} rows read, ${p.rewritten} re-encrypted\n`),
})
const rewritten = report.reduce((sum, r) => sum + r.rewritten, 0)
const skipped = report.reduce((sum, r) => sum + r.skipped, 0)
if (skipped > 0) {
  process.stdout.write(`${rewritten} rows re-encrypted; ${skipped} changed while being read — run the command again to finish them.\n`)
  process.exit(1)
}
process.stdout.write(`Done: ${rewritten} rows re-encrypted; every personal value is under the current key. DATA_ENCRYPTION_KEY_PREVIOUS can be removed.\n`)
process.exit(0)
