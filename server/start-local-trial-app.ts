import type { Logger } from 'pino'

import type { Env } from '../config/env'
import { ensureLocalSigningSecret } from '../config/local-signing-secret'
import { spawnTrialAppStandIn, type TrialAppStandInChild } from './spawn-trial-app-stand-in'

/** Where the application's signed webhooks reach us (tests/stand-ins/specs/trial-app.md). */
export const trialAppWebhookPath = '/api/trials/webhooks/app'

/**
 * Without TRIAL_PROVISIONING_URL outside production, `npm start` opens trials in a local stand-in of the web
 * application, so a fresh clone can follow a trial from signup to welcome mail. The two signing secrets are generated
 * once into the data folder (unless given); URL, secrets and a marker are put in the environment before the CMS
 * boots, which reads them like any configured application (the admin then names the stand-in). Production without a
 * URL keeps waiting trials: a stand-in there would hand people accounts that do not exist.
 */
export const startLocalTrialApp = async ({ env, logger, announce }: { env: Env; logger: Logger; announce: (line: string) => void }): Promise<TrialAppStandInChild | undefined> => {
  if (env.TRIAL_PROVISIONING_URL || env.APP_ENV === 'production' || !env.TRIAL_LOCAL_STAND_IN) return undefined
  const secret = env.TRIAL_PROVISIONING_SECRET ?? ensureLocalSigningSecret({ dataDir: env.DATA_DIR, name: 'trial-provisioning-secret' }).secret
  const webhookSecret = env.TRIAL_WEBHOOK_SECRET ?? ensureLocalSigningSecret({ dataDir: env.DATA_DIR, name: 'trial-webhook-secret' }).secret
  // The runtime's public URL, derived the same way (config/runtime.ts), which is not built yet: it must read the URL below.
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`
  const child = await spawnTrialAppStandIn({ secret, webhookSecret, webhookUrl: `${publicUrl}${trialAppWebhookPath}` })
  Object.assign(process.env, { TRIAL_PROVISIONING_URL: child.url, TRIAL_PROVISIONING_SECRET: secret, TRIAL_WEBHOOK_SECRET: webhookSecret, TRIAL_PROVISIONING_STAND_IN: 'true' })
  logger.info({ url: child.url, pid: child.pid }, 'trial app stand-in started')
  announce(`TRIAL_PROVISIONING_URL is not set: trials are opened in the local stand-in web application at ${child.url} (development only; its accounts last until the server stops).`)
  return child
}
