import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { EnvError } from './env-error'
import { isDataKey } from './is-data-key'

/**
 * Outside production the data encryption key is generated once into the data folder, next to the database it
 * protects (as the session secret is), so a fresh clone starts with no configuration. Production brings its own
 * (DATA_ENCRYPTION_KEY), kept apart from the database backups.
 */
export const ensureLocalDataKey = ({ dataDir }: { dataDir: string }): { key: string; created: boolean; file: string } => {
  const file = path.resolve(dataDir, '.data-encryption-key')
  let existing: string | undefined
  try {
    existing = fs.readFileSync(file, 'utf8').trim()
  } catch {
    // not there yet: create it below
  }
  if (existing !== undefined) {
    // Never replace a key file that exists: whatever it encrypted would be lost.
    if (isDataKey(existing)) return { key: existing, created: false, file }
    throw new EnvError([`DATA_ENCRYPTION_KEY: ${file} does not hold a 32-byte base64 key — restore the file from a backup, or set DATA_ENCRYPTION_KEY`])
  }
  const key = randomBytes(32).toString('base64')
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    // 'wx' so two processes starting together never overwrite each other's key.
    fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return ensureLocalDataKey({ dataDir })
    throw new EnvError([`DATA_DIR: cannot write ${file} (${code ?? 'error'}) — make the folder writable or set DATA_DIR to a writable folder`])
  }
  return { key, created: true, file }
}
