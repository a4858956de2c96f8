import fs from 'node:fs'
import path from 'node:path'

import { EnvError } from '../config/env-error'
import type { Runtime } from '../config/runtime'

/** The SQLite file's folder must exist and be writable before the database opens, or start-up fails half-way. */
export const ensureDataDir = ({ runtime }: { runtime: Runtime }): void => {
  if (runtime.database.kind !== 'sqlite') return
  const file = runtime.database.url.replace(/^file:(\/\/)?/, '')
  const dir = path.dirname(path.resolve(file))
  try {
    fs.mkdirSync(dir, { recursive: true })
    fs.accessSync(dir, fs.constants.W_OK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error'
    throw new EnvError([
      `DATABASE_URL: the folder ${dir} is not writable (${code}) — make it writable, or point DATABASE_URL / DATA_DIR at a writable folder`,
    ])
  }
}
