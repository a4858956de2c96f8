import { randomUUID } from 'node:crypto'
import os from 'node:os'

import type { Logger } from 'pino'
import type { Payload } from 'payload'

import type { Runtime } from '../config/runtime'

import { claimJobs } from '../cms/jobs/claim-jobs'
import { ensureDailyJobs } from '../cms/jobs/ensure-daily-jobs'
import { rawStore } from '../cms/database/raw-store'
import { recoverStaleJobs } from '../cms/jobs/recover-stale-jobs'
import { renewLeases } from '../cms/jobs/renew-leases'

export type JobRunner = {
  /** True while the loop is alive: inside a tick, or its last tick ended recently. */
  alive: () => boolean
  /** Stops claiming new jobs and waits (bounded) for the running ones to finish. */
  stop: (args: { timeoutMs: number }) => Promise<{ finished: boolean }>
}

const batch = 10
// Daily and recurring jobs (custom.dailyJobs) are checked every 10 s, not every tick: one count query per task.
const dailyCheckMs = 10_000

/**
 * Drives Payload's jobs queue inside the server: recover stale jobs → lease runnable ones atomically → let Payload
 * run exactly the leased ones (it handles retries, backoff and logs). Loops at once while there is more work. Every 10 s
 * it also queues the daily and recurring jobs' next runs (cms/jobs/ensure-daily-jobs.ts).
 */
export const startJobRunner = ({
  payload,
  workerId,
  pollMs,
  leaseMs,
  logger,
  queue = 'default',
}: {
  payload: Payload
  workerId: string
  pollMs: number
  leaseMs: number
  logger: Logger
  queue?: string
}): JobRunner => {
  let stopping = false
  let inTick = false
  let lastTickEnd = Date.now()
  let wake: (() => void) | undefined
  let lastDailyCheck = 0

  const tick = async (): Promise<number> => {
    // While Payload reloads its config (development), the adapter has no connection for a moment: skip this tick.
    const store = rawStore({ payload, collection: 'payload-jobs' })
    if (store.kind === 'sqlite' && !store.db) return 0
    if (Date.now() - lastDailyCheck >= dailyCheckMs) {
      lastDailyCheck = Date.now()
      await ensureDailyJobs({ payload }).catch((err) => logger.error({ err }, 'queueing the daily jobs failed'))
    }
    const recovered = await recoverStaleJobs({ payload, leaseMs })
    if (recovered > 0) logger.warn({ recovered }, 'jobs left processing by a stopped worker were re-queued')
    const claimed = await claimJobs({ payload, workerId, leaseMs, limit: batch, queue })
    if (claimed === 0) return 0
    const renew = setInterval(() => {
      renewLeases({ payload, workerId, leaseMs }).catch((err) => logger.error({ err }, 'lease renewal failed'))
    }, Math.max(1000, Math.floor(leaseMs / 3)))
    try {
      await payload.jobs.run({ queue, limit: claimed, where: { claimedBy: { equals: workerId } }, silent: true })
    } finally {
      clearInterval(renew)
    }
    return claimed
  }

  const loop = (async () => {
    while (!stopping) {
      let claimed = 0
      inTick = true
      try {
        claimed = await tick()
      } catch (err) {
        logger.error({ err }, 'job runner tick failed')
      } finally {
        inTick = false
        lastTickEnd = Date.now()
      }
      if (stopping || claimed >= batch) continue
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs)
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
    }
  })()

  return {
    alive: () => !stopping && (inTick || Date.now() - lastTickEnd < pollMs * 5 + 5000),
    stop: async ({ timeoutMs }) => {
      stopping = true
      wake?.()
      const timedOut = Symbol('timeout')
      let timer: NodeJS.Timeout | undefined
      const outcome = await Promise.race([
        loop.then(() => true),
        new Promise<typeof timedOut>((resolve) => {
          timer = setTimeout(() => resolve(timedOut), timeoutMs)
        }),
      ])
      clearTimeout(timer)
      return { finished: outcome !== timedOut }
    },
  }
}

/** This process's runner as the settings ask (none with JOBS_ENABLED=false), under a worker id unique to the process. */
export const startProcessJobRunner = ({
  payload,
  runtime,
  logger,
}: {
  payload: Payload
  runtime: Pick<Runtime, 'JOBS_ENABLED' | 'JOBS_POLL_MS' | 'JOBS_LEASE_MS'>
  logger: Logger
}): JobRunner | undefined =>
  runtime.JOBS_ENABLED
    ? startJobRunner({
        payload,
        workerId: `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
        pollMs: runtime.JOBS_POLL_MS,
        leaseMs: runtime.JOBS_LEASE_MS,
        logger,
      })
    : undefined
