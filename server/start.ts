/** Production entry (`npm start`): one port for Astro's site and Next's admin + API, one Payload, the job runner. */
import './production-mode'

import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'

import { createLogger } from '../config/create-logger'
import { loadEnv } from '../config/load-env'
import { assertPortFree } from './assert-port-free'
import { bootCms } from './boot-cms'
import { checkProviderTracking } from './check-provider-tracking'
import { createAppServer } from './create-app-server'
import { createReadinessCheck } from './create-readiness-check'
import { createRenderCache } from './create-render-cache'
import { createStaticHandler } from './create-static-handler'
import { writeGuardFor } from './write-guard-for'
import { installGracefulShutdown } from './install-graceful-shutdown'
import { runMain } from './run-main'
import { startLocalHubSpot } from './start-local-hubspot'
import { startLocalTrialApp } from './start-local-trial-app'
import { startProcessJobRunner } from './start-job-runner'
import { startRenderCacheSync } from './start-render-cache-sync'
import { withRenderCache } from './with-render-cache'
import { withTwoFactorGate } from './with-two-factor-gate'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

runMain(async () => {
  const env = loadEnv()
  const logger = createLogger({ level: env.LOG_LEVEL })
  const announce = (line: string) => process.stdout.write(`${line}\n`)
  await assertPortFree({ port: env.PORT, host: env.HOST })
  // Before the CMS boots: it reads the stand-in's URL and secrets from the environment like any configured application.
  const trialAppStandIn = await startLocalTrialApp({ env, logger, announce })
  const hubSpotStandIn = await startLocalHubSpot({ env, logger, announce })

  const { runtime, payload, expectedMigrations } = await bootCms({ logger, announce })

  const nextApp = next({ dev: false, dir: path.join(rootDir, 'cms'), hostname: 'localhost', port: runtime.PORT })
  await nextApp.prepare()
  const nextHandler = nextApp.getRequestHandler()
  const astroEntry = path.join(rootDir, 'dist/server/entry.mjs')
  const { handler: astroHandler } = (await import(astroEntry)) as {
    handler: (req: unknown, res: unknown, next?: (err?: unknown) => void) => unknown
  }

  const runner = startProcessJobRunner({ payload, runtime, logger })
  void checkProviderTracking({ runtime, logger })

  const renderCache = createRenderCache()
  const cacheSync = await startRenderCacheSync({ payload, cache: renderCache, pollMs: runtime.RENDER_CACHE_POLL_MS, logger })
  const cachedAstro = withRenderCache({ handler: (req, res) => astroHandler(req, res), cache: renderCache })

  const server = createAppServer({
    logger,
    trustProxy: runtime.TRUST_PROXY,
    httpsOrigin: runtime.APP_ENV === 'production' && new URL(runtime.publicUrl).protocol === 'https:' ? new URL(runtime.publicUrl).origin : undefined,
    handlers: {
      next: withTwoFactorGate({ payload, production: runtime.APP_ENV === 'production', handler: (req, res) => nextHandler(req, res) }),
      astro: cachedAstro,
      staticFiles: createStaticHandler({ root: path.join(rootDir, 'dist/client') }),
      readiness: createReadinessCheck({ payload, expectedMigrations, jobsAlive: runner?.alive }),
      guardWrite: writeGuardFor({ runtime, payload }),
    },
  })
  installGracefulShutdown({
    server,
    runner,
    payload,
    logger,
    timeoutMs: runtime.SHUTDOWN_TIMEOUT_MS,
    beforeClose: async () => {
      await cacheSync.stop()
      // After the job runner stopped: no provisioning request is left on its way to the stand-in.
      await trialAppStandIn?.stop()
      await hubSpotStandIn?.stop()
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(runtime.PORT, runtime.HOST, () => resolve())
  })
  const base = runtime.PUBLIC_URL ?? `http://localhost:${runtime.PORT}`
  logger.info({ port: runtime.PORT, jobs: runtime.JOBS_ENABLED, database: runtime.database.kind }, 'listening')
  announce(`myPlugin is running:\n  Site:  ${base}/nl/\n  Admin: ${base}/admin${trialAppStandIn ? `\n  Trial web application (local stand-in, development only): ${trialAppStandIn.url}` : ''}${hubSpotStandIn ? `\n  HubSpot (local stand-in, development only): ${hubSpotStandIn.url}` : ''}`)
})
