import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'

import { rootDir } from './root-dir'

export type HubSpotLoggedRequest = { at: string; method: string; path: string; emails: string[]; status: number; correlationId: string }

export type HubSpotStandInState = {
  contacts: Array<{ id: string; email: string; properties: Record<string, string>; createdAt: string; updatedAt: string }>
  blocklist: string[]
  subscriptions: Record<string, Record<string, { status: string; legalBasis?: string; legalBasisExplanation?: string }>>
  switches: Record<string, unknown>
  limits: { perInterval: number; intervalMs: number; daily: number }
}

export type HubSpotStandInProcess = {
  url: string
  accessToken: string
  /** POST to /_control/{name} with a JSON body (fail, slow, storm, revoke, limits, restore, reset). */
  control: (name: string, body?: unknown) => Promise<{ status: number; body: unknown }>
  state: () => Promise<HubSpotStandInState>
  /** Every HubSpot request the stand-in received, in order, with the addresses it concerned and the status answered. */
  log: () => Promise<HubSpotLoggedRequest[]>
  stop: () => Promise<void>
}

/**
 * The HubSpot stand-in as a process of its own (integrations/hubspot/stand-in/serve-hubspot-stand-in.ts), driven over
 * its control API the way a server process under test would meet it. `env` sets its HUBSPOT_STAND_IN_* settings.
 */
export const startHubSpotStandInProcess = async ({ env = {} }: { env?: Record<string, string> } = {}): Promise<HubSpotStandInProcess> => {
  const child = spawn(path.join(rootDir, 'node_modules/.bin/node'), ['--import', 'tsx', 'integrations/hubspot/stand-in/serve-hubspot-stand-in.ts'], {
    cwd: rootDir,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const first = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`HubSpot stand-in exited (${code}) before listening`)))
  })
  const { url, accessToken } = JSON.parse(first) as { url: string; accessToken: string }
  const read = async <T>(name: string) => (await (await fetch(`${url}/_control/${name}`)).json()) as T
  return {
    url,
    accessToken,
    control: async (name, body = {}) => {
      const res = await fetch(`${url}/_control/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      const text = await res.text()
      return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) }
    },
    state: () => read<HubSpotStandInState>('state'),
    log: async () => (await read<{ requests: HubSpotLoggedRequest[] }>('log')).requests,
    stop: async () => {
      child.stdin.end()
      await exited
    },
  }
}
