import path from 'node:path'

import { ensureLocalDataKey } from './local-data-key'
import { ensureLocalSecret } from './local-secret'
import { loadEnv } from './load-env'
import type { Env } from './env'

export type Database = { kind: 'sqlite' | 'mongodb'; url: string }

export type Runtime = Omit<Env, 'DATABASE_URL'> & {
  PAYLOAD_SECRET: string
  /** The data encryption keys, the current one first (then DATA_ENCRYPTION_KEY_PREVIOUS while rotating). */
  dataKeys: string[]
  /** Set when this start created the local secret file (so start-up can say so). */
  secretCreatedAt?: string
  publicUrl: string
  dataDir: string
  database: Database
}

let cached: Runtime | undefined

/**
 * The validated environment plus what start-up derives from it (secret, absolute data folder, public URL).
 * Memoised: the wiring file, the server and the CLI all ask for it, and it must be the same answer.
 */
export const getRuntime = (): Runtime => {
  if (cached) return cached
  const env = loadEnv()
  const dataDir = path.resolve(env.DATA_DIR)
  let secret = env.PAYLOAD_SECRET
  let secretCreatedAt: string | undefined
  if (!secret) {
    const local = ensureLocalSecret({ dataDir })
    secret = local.secret
    if (local.created) secretCreatedAt = local.file
  }
  const currentKey = env.DATA_ENCRYPTION_KEY ?? ensureLocalDataKey({ dataDir }).key
  const dataKeys = [currentKey, ...env.DATA_ENCRYPTION_KEY_PREVIOUS.filter((k) => k !== currentKey)]
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`
  const database = env.DATABASE_URL ?? { kind: 'sqlite' as const, url: `file:${path.join(dataDir, 'myplugin.db')}` }
  cached = { ...env, PAYLOAD_SECRET: secret, dataKeys, secretCreatedAt, publicUrl, dataDir, database }
  return cached
}
