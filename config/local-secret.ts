import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { EnvError } from './env-error'

/**
 * Outside production a fresh clone must start with no configuration: the secret is generated once and kept in the
 * data folder (never in the repo), so sessions survive restarts.
 */
export const ensureLocalSecret = ({ dataDir }: { dataDir: string }): { secret: string; created: boolean; file: string } => {
  const file = path.resolve(dataDir, '.payload-secret')
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing.length >= 32) return { secret: existing, created: false, file }
  } catch {
    // not there yet: create it below
  }
  const secret = randomBytes(48).toString('base64url')
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    // 'wx' so two processes starting together never overwrite each other's secret.
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return ensureLocalSecret({ dataDir })
    throw new EnvError([
      `DATA_DIR: cannot write ${file} (${code ?? 'error'}) — make the folder writable or set DATA_DIR to a writable folder`,
    ])
  }
  return { secret, created: true, file }
}
