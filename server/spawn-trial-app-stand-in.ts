import { z } from 'zod'

import { spawnStandIn } from './spawn-stand-in'

export type TrialAppStandInChild = { url: string; pid: number; stop: () => Promise<void> }

// What the child prints once it listens (serve-trial-app-stand-in.ts).
const ready = z.object({ url: z.url(), secret: z.string(), webhookSecret: z.string() })

/** Runs the web application's stand-in as a child process on a free loopback port (spawn-stand-in.ts). */
export const spawnTrialAppStandIn = async ({ secret, webhookSecret, webhookUrl, timeoutMs = 20_000 }: { secret: string; webhookSecret: string; webhookUrl: string; timeoutMs?: number }): Promise<TrialAppStandInChild> => {
  const child = await spawnStandIn({
    name: 'trial app',
    entry: 'integrations/trial-app/stand-in/serve-trial-app-stand-in.ts',
    env: { TRIAL_APP_STAND_IN_PORT: '0', TRIAL_APP_STAND_IN_SECRET: secret, TRIAL_APP_STAND_IN_WEBHOOK_SECRET: webhookSecret, TRIAL_APP_STAND_IN_WEBHOOK_URL: webhookUrl },
    parse: (line) => ready.parse(line),
    timeoutMs,
  })
  return { url: child.ready.url, pid: child.pid, stop: child.stop }
}
