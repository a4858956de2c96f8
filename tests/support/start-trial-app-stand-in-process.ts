import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'

import { rootDir } from './root-dir'

export type TrialAppStandInProcess = {
  url: string
  secret: string
  webhookSecret: string
  /** POST to /_control/{name} with a JSON body; resolves with the status and parsed answer. */
  control: (name: string, body?: unknown) => Promise<{ status: number; body: unknown }>
  state: () => Promise<{ accounts: Array<{ accountId: string; email: string; idempotencyKey: string; loginUrl: string; trialEndsAt: string; status: string }>; counters: Record<string, number>; pending: number }>
  stop: () => Promise<void>
}

/**
 * The web application's stand-in as a process of its own (integrations/trial-app/stand-in/serve-trial-app-stand-in.ts), driven over
 * its control API the way a server process under test would meet it.
 */
export const startTrialAppStandInProcess = async ({ env = {} }: { env?: Record<string, string> } = {}): Promise<TrialAppStandInProcess> => {
  const child = spawn(path.join(rootDir, 'node_modules/.bin/node'), ['--import', 'tsx', 'integrations/trial-app/stand-in/serve-trial-app-stand-in.ts'], {
    cwd: rootDir,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const first = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`trial app stand-in exited (${code}) before listening`)))
  })
  const { url, secret, webhookSecret } = JSON.parse(first) as { url: string; secret: string; webhookSecret: string }
  const control: TrialAppStandInProcess['control'] = async (name, body = {}) => {
    const res = await fetch(`${url}/_control/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const text = await res.text()
    return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) }
  }
  return {
    url,
    secret,
    webhookSecret,
    control,
    state: async () => (await (await fetch(`${url}/_control/state`)).json()) as Awaited<ReturnType<TrialAppStandInProcess['state']>>,
    stop: async () => {
      child.stdin.end()
      await exited
    },
  }
}
