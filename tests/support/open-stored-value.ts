import fs from 'node:fs'
import path from 'node:path'

import { dataKeyring } from '../../cms/encryption/data-keyring'
import { decryptValue } from '../../cms/encryption/decrypt-value'

/**
 * Reads one encrypted value from a server process's database as the server would: with the key it generated in
 * its data folder. For tests that look at rows with SQL (the stored value must be ciphertext, and the right one).
 */
export const openStoredValue = ({ dataDir, stored, context }: { dataDir: string; stored: string; context: string }): string => {
  const key = fs.readFileSync(path.join(dataDir, '.data-encryption-key'), 'utf8').trim()
  return decryptValue({ keyring: dataKeyring({ keys: [key] }), stored, context })
}
