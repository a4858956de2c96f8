/**
 * `npm run consent:verify`: walks the consent ledger and exits 1, naming the first broken record, when any record was
 * changed, removed or re-linked behind the application's back.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { verifyConsentChain } from '../consent'

const payload = await getPayload({ config })
const report = await verifyConsentChain({ payload }).catch((error: unknown) => {
  process.stderr.write(`✖ Could not read the consent ledger (${String((error as Error).message).split('\n')[0]}). Is the database migrated? npm start migrates it.\n`)
  process.exit(2)
})
if (report.ok) {
  process.stdout.write(`Consent ledger intact: ${report.checked} records verified.\n`)
  process.exit(0)
}
process.stdout.write(
  `Consent ledger BROKEN at record #${report.firstBroken?.sequence} (id ${report.firstBroken?.id}): ${report.firstBroken?.reason}. ${report.checked} records before it verified.\n`,
)
process.exit(1)
