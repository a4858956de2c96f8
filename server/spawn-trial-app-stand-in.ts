import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

import { z } from 'zod'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const entry = path.join(rootDir, 'integrations/trial-app/stand-in/serve-trial-app-stand-in.ts')

export type TrialAppStandInChild = { url: string; pid: number; stop: () => Promise<void> }

// What the child prints once it listens (serve-trial-app-stand-in.ts): checked, as any answer from another process.
const ready = z.object({ url: z.url(), secret: z.string(), webhookSecret: z.string() })

/**
 * Runs the web application's stand-in as a child process on a free loopback port and resolves once it listens.
 * It gets only its own settings, never this process's environment (database, keys): it plays another application.
 * Its stdin is a pipe it watches: when this process ends in any way, even by SIGKILL, the pipe closes and the child
 * exits; a normal exit here also kills it at once.
 */
export const spawnTrialAppStandIn = async ({ secret, webhookSecret, webhookUrl, timeoutMs = 20_000 }: { secret: string; webhookSecret: string; webhookUrl: string; timeoutMs?: number }): Promise<TrialAppStandInChild> => {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: rootDir,
    env: {
      NODE_ENV: process.env.NODE_ENV,
      PATH: process.env.PATH,
      ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
      TRIAL_APP_STAND_IN_PORT: '0',
      TRIAL_APP_STAND_IN_SECRET: secret,
      TRIAL_APP_STAND_IN_WEBHOOK_SECRET: webhookSecret,
      TRIAL_APP_STAND_IN_WEBHOOK_URL: webhookUrl,
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const lines = readline.createInterface({ input: child.stdout })
  let first: string
  try {
    first = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the trial app stand-in did not listen within ${timeoutMs} ms`)), timeoutMs)
      lines.once('line', (line) => {
        clearTimeout(timer)
        resolve(line)
      })
      child.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`the trial app stand-in exited (${code}) before listening`))
      })
      child.once('error', reject)
    })
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  lines.close()
  // Nothing more is read, but the pipe is drained so the child never blocks on a full one.
  child.stdout.resume()
  const { url } = ready.parse(JSON.parse(first))
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      process.off('exit', killOnExit)
      if (child.exitCode !== null || child.signalCode !== null) return
      child.stdin.end()
      const late = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(late)
    },
  }
}
