import fs from 'node:fs'
import { performance } from 'node:perf_hooks'

import { freePort } from '../support/free-port'
import { runServer } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

export type BenchServer = {
  base: string
  pid: number
  /** Spawn → first answer on /healthz, and spawn → first 200 on /nl/ (Payload and Astro initialised). */
  coldStart: { listeningMs: number; firstPageMs: number }
  rssMb: () => number | undefined
  peakRssMb: () => number | undefined
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. Idempotent. */
  stop: (args?: { graceMs?: number }) => Promise<{ code: number | null; ms: number }>
  output: () => string
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const statusOf = async (url: string): Promise<number | undefined> => {
  try {
    const res = await fetch(url)
    await res.arrayBuffer()
    return res.status
  } catch {
    return undefined // not listening yet
  }
}

/** Polls until `url` answers with one of `statuses`; fails at once if the server died meanwhile. */
const pollUntil = async ({ url, statuses, everyMs, timeoutMs, died }: {
  url: string
  statuses: (status: number | undefined) => boolean
  everyMs: number
  timeoutMs: number
  died: () => string | undefined
}) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const exit = died()
    if (exit) throw new Error(`server exited (${exit}) while waiting for ${url}`)
    const status = await statusOf(url)
    if (statuses(status)) return status
    if (Date.now() > deadline) throw new Error(`no acceptable answer from ${url} within ${timeoutMs} ms (last: ${status ?? 'no connection'})`)
    await sleep(everyMs)
  }
}

/** VmRSS / VmHWM of a process in MB (Linux /proc); undefined elsewhere or once it is gone. */
const procStatusMb = ({ pid, field }: { pid: number; field: 'VmRSS' | 'VmHWM' }) => {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`))
    const kb = Number(line?.split(/\s+/)[1])
    return Number.isFinite(kb) ? Math.round(kb / 1024) : undefined
  } catch {
    return undefined
  }
}

/**
 * The production server exactly as `npm start` runs it (node --import tsx server/start.ts; node spawned directly so
 * the pid measured is the server's), on a free loopback port with a fresh SQLite database seeded with the demo pages.
 * NODE_ENV=production as on a real host: unset, Payload would also start its dev-only work (type generation, HMR).
 */
export const startBenchServer = async ({ timeoutMs = 120_000 }: { timeoutMs?: number } = {}): Promise<BenchServer> => {
  const port = await freePort()
  const dataDir = tempDir({ prefix: 'bench' })
  const base = `http://127.0.0.1:${port}`
  const spawnedAt = performance.now()
  const { child, output, exited } = runServer({
    port,
    env: {
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'true',
      NODE_ENV: 'production',
      SEED_DEMO: 'true',
      // The bench owns its database: never a DATABASE_URL or public address from the caller's shell.
      DATABASE_URL: undefined,
      PUBLIC_URL: undefined,
    },
  })
  let exit: string | undefined
  const stopped = exited.then((code) => {
    exit = `exit ${code}`
    return code
  })
  let stopping: Promise<{ code: number | null; ms: number }> | undefined
  const stop = ({ graceMs = 15_000 }: { graceMs?: number } = {}) => {
    stopping ??= (async () => {
      const started = performance.now()
      if (!exit) child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs)
      const code = await stopped
      clearTimeout(killer)
      fs.rmSync(dataDir, { recursive: true, force: true })
      return { code, ms: Math.round(performance.now() - started) }
    })()
    return stopping
  }
  // Last resort (Ctrl-C during start-up, uncaught error, process.exit elsewhere): never leave the server or its
  // database behind.
  process.once('exit', () => {
    if (!exit) child.kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  try {
    const died = () => exit
    await pollUntil({ url: `${base}/healthz`, statuses: (s) => s !== undefined, everyMs: 20, timeoutMs, died })
    const listeningMs = performance.now() - spawnedAt
    await pollUntil({ url: `${base}/nl/`, statuses: (s) => s === 200, everyMs: 50, timeoutMs, died })
    const firstPageMs = performance.now() - spawnedAt
    await pollUntil({ url: `${base}/readyz`, statuses: (s) => s === 200, everyMs: 100, timeoutMs, died })
    const pid = child.pid ?? 0
    return {
      base,
      pid,
      coldStart: { listeningMs, firstPageMs },
      rssMb: () => procStatusMb({ pid, field: 'VmRSS' }),
      peakRssMb: () => procStatusMb({ pid, field: 'VmHWM' }),
      stop,
      output,
    }
  } catch (error) {
    await stop({ graceMs: 2000 })
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- server output ---\n${output()}`, { cause: error })
  }
}
