import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { EnvError } from './env-error'

const isSigningSecret = (value: string) => /^whsec_[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value.slice(6), 'base64').length >= 24

/**
 * A Standard Webhooks secret (`whsec_…`) generated once into the data folder, as the session secret and the data key
 * are outside production: the local stand-in of the web application and the site then sign for each other with no
 * configuration, and the same secrets after a restart. `name` is the file's name without its leading dot.
 */
export const ensureLocalSigningSecret = ({ dataDir, name }: { dataDir: string; name: string }): { secret: string; created: boolean; file: string } => {
  const file = path.resolve(dataDir, `.${name}`)
  let existing: string | undefined
  try {
    existing = fs.readFileSync(file, 'utf8').trim()
  } catch {
    // not there yet: create it below
  }
  if (existing !== undefined) {
    if (isSigningSecret(existing)) return { secret: existing, created: false, file }
    throw new EnvError([`DATA_DIR: ${file} does not hold a whsec_ signing secret — delete the file and start again (a new one is generated)`])
  }
  const secret = `whsec_${randomBytes(32).toString('base64')}`
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    // 'wx' so two processes starting together never overwrite each other's secret.
    fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return ensureLocalSigningSecret({ dataDir, name })
    throw new EnvError([`DATA_DIR: cannot write ${file} (${code ?? 'error'}) — make the folder writable or set DATA_DIR to a writable folder`])
  }
  return { secret, created: true, file }
}
