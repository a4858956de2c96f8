import type { Server } from 'node:http'

import type { Payload } from 'payload'
import type { Logger } from 'pino'

import { closeCms } from './close-cms'
import type { JobRunner } from './start-job-runner'

/**
 * SIGTERM/SIGINT: stop accepting, let in-flight requests and running jobs finish (bounded by timeoutMs), close the
 * database, exit 0. A second signal exits at once.
 */
export const installGracefulShutdown = ({
  server,
  runner,
  payload,
  logger,
  timeoutMs,
  beforeClose,
}: {
  server: Server
  runner?: JobRunner
  payload: Payload
  logger: Logger
  timeoutMs: number
  beforeClose?: () => Promise<void>
}): void => {
  let stopping = false
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now')
      process.exit(1)
    }
    stopping = true
    logger.info({ signal }, 'shutting down')
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs)
    const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeIdleConnections()
    const [, jobs] = await Promise.all([serverClosed, runner?.stop({ timeoutMs })])
    clearTimeout(force)
    if (jobs && !jobs.finished) logger.warn('jobs still running at shutdown: their leases expire and another instance re-runs them')
    try {
      await beforeClose?.()
      await closeCms({ payload })
    } catch (err) {
      logger.error({ err }, 'error while closing')
    }
    logger.info('stopped')
    process.exit(0)
  }
  process.on('SIGTERM', (s) => void shutdown(s))
  process.on('SIGINT', (s) => void shutdown(s))
}
