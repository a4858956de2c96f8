import type { Client } from '@libsql/client'
import type { Payload } from 'payload'

/**
 * Proves a write can complete now: on SQLite a write transaction (BEGIN IMMEDIATE, then ROLLBACK) through the same
 * client and in-process lock every write takes, so a wedged lock or a file another process keeps locked shows up
 * here instead of only in the writes that hang. Changes nothing. Resolves false when it does not finish in time.
 * MongoDB has no such lock: the read the readiness check already does is the proof there.
 */
export const probeWrite = async ({ payload, timeoutMs }: { payload: Payload; timeoutMs: number }): Promise<boolean> => {
  const client = (payload.db as unknown as { client?: Client }).client
  if (payload.db.name !== 'sqlite' || !client) return true
  const attempt = (async () => {
    const tx = await client.transaction('write')
    try {
      await tx.execute('SELECT 1')
    } finally {
      await tx.rollback()
    }
    return true
  })()
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))
  try {
    return await Promise.race([attempt.catch(() => false), late])
  } finally {
    clearTimeout(timer)
  }
}
