import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import { freePort } from './free-port'
import { rootDir } from './root-dir'
import { testDatabaseUrl } from './test-database-url'

export type ServerProcess = {
  url: string
  port: number
  child: ChildProcess
  /** Everything the process wrote so far (stdout + stderr). */
  output: () => string
  /** Sends a signal and resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

const node = path.join(rootDir, 'node_modules/.bin/node')

/**
 * Runs `server/start.ts` (the production server, from the production build) exactly as `npm start` does. In the
 * MongoDB test project a process without its own DATABASE_URL gets its data folder's database (test-database-url.ts),
 * so processes on one folder share one database as they share one SQLite file.
 */
export const runServer = ({ env, port }: { env: Record<string, string | undefined>; port: number }) => {
  const databaseUrl = 'DATABASE_URL' in env || !env.DATA_DIR ? {} : { DATABASE_URL: testDatabaseUrl({ dataDir: env.DATA_DIR }) }
  const child = spawn(node, ['--import', 'tsx', 'server/start.ts'], {
    cwd: rootDir,
    env: {
      ...process.env,
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      // No child stand-in per server process (tests that need it say so): on two cores a process each adds up.
      TRIAL_LOCAL_STAND_IN: 'false',
      HUBSPOT_LOCAL_STAND_IN: 'false',
      ...databaseUrl,
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

export const startServerProcess = async ({
  env,
  timeoutMs = 60_000,
}: {
  env: Record<string, string | undefined>
  timeoutMs?: number
}): Promise<ServerProcess> => {
  const port = await freePort()
  const { child, output, exited } = runServer({ env, port })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  let exitCode: number | null | undefined
  void exited.then((code) => (exitCode = code))
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`server exited (${exitCode}) before it was ready:\n${output()}`)
    try {
      const res = await fetch(`${url}/readyz`)
      if (res.status === 200) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL')
    throw new Error(`server not ready within ${timeoutMs} ms:\n${output()}`)
  }
  return {
    url,
    port,
    child,
    output,
    stop: async (signal = 'SIGTERM') => {
      if (exitCode !== undefined) return exitCode
      child.kill(signal)
      return exited
    },
  }
}
