/**
 * Development entry (`npm run dev`): production's routing on one port (server/start.ts), but Next (admin + API) and
 * Astro (site) both run in dev mode, so either half hot-reloads. Payload, the job runner, readiness, the write guard
 * and graceful shutdown are production's own pieces. Not the render cache: it would serve pages from before an edit.
 */
import http, { type IncomingMessage, type Server } from 'node:http'
import path from 'node:path'
import type { Duplex } from 'node:stream'
import { fileURLToPath } from 'node:url'

import { dev as astroDev } from 'astro'
import next from 'next'
import type { Logger } from 'pino'

import { createLogger } from '../config/create-logger'
import { loadEnv } from '../config/load-env'
import { assertPortFree } from './assert-port-free'
import { bootCms } from './boot-cms'
import { checkProviderTracking } from './check-provider-tracking'
import { createAppServer } from './create-app-server'
import { createReadinessCheck, type Readiness } from './create-readiness-check'
import { writeGuardFor } from './write-guard-for'
import { withTwoFactorGate } from './with-two-factor-gate'
import { installGracefulShutdown } from './install-graceful-shutdown'
import { runMain } from './run-main'
import { startProcessJobRunner } from './start-job-runner'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.ASTRO_TELEMETRY_DISABLED = '1'
// Payload decides on dev behaviour (its HMR link to Next) while it boots, before Next or Astro would set this.
// (Next's types declare NODE_ENV read-only.)
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: 'development' })

type AstroDevServer = Awaited<ReturnType<typeof astroDev>>
type Booted = {
  astro: AstroDevServer
  readiness: () => Promise<Readiness>
  guardWrite: ReturnType<typeof writeGuardFor>
  twoFactorGate: ReturnType<typeof withTwoFactorGate>
}

const booting: Readiness = { ready: false, checks: { database: 'down', writes: 'down', migrations: 'unknown', jobs: 'down' } }

const pathnameOf = (req: IncomingMessage) => {
  try {
    return new URL(req.url ?? '/', 'http://internal').pathname
  } catch {
    return '/'
  }
}

/** Next's own dev endpoints (bundles, its HMR socket, dev overlay): they never touch Payload. */
const isNextInternal = (pathname: string) => pathname.startsWith('/_next/') || pathname.startsWith('/__nextjs')

/** A promise the request handlers wait on until the CMS is migrated and Astro is up, so no request meets half a boot. */
const createGate = <T>() => {
  let open!: (value: T) => void
  let current: T | undefined
  const ready = new Promise<T>((resolve) => {
    open = (value) => {
      current = value
      resolve(value)
    }
  })
  return { ready, open, current: () => current }
}

/**
 * Next and Vite would each listen for 'upgrade' on the real server and both answer (or end) every socket. Instead each
 * gets a hub (a Server that never listens) and this routes: Next's paths to Next, the rest (Vite's HMR at "/") to Vite.
 * Upgraded sockets are tracked because `server.close()` waits for them and nothing else ever closes them.
 */
const routeUpgrades = ({ server, nextHub, viteHub }: { server: Server; nextHub: Server; viteHub: Server }) => {
  const sockets = new Set<Duplex>()
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const hub = isNextInternal(pathnameOf(req)) ? nextHub : viteHub
    // Nobody listens yet (Next before its first request, Vite before Astro started): the client retries later.
    if (hub.listenerCount('upgrade') === 0) return socket.destroy()
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
    hub.emit('upgrade', req, socket, head)
  })
  return { closeAll: () => sockets.forEach((socket) => socket.destroy()) }
}

const listen = ({ server, port, host }: { server: Server; port: number; host: string }) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })

/** Where this process reaches its own server: loopback when bound to every interface. */
const selfOrigin = ({ server }: { server: Server }) => {
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the dev server has no TCP address')
  const wildcard = address.address === '0.0.0.0' || address.address === '::'
  const host = wildcard ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address
  return `${host}:${address.port}`
}

const get = ({ url }: { url: string }) =>
  new Promise<number>((resolve, reject) => {
    http
      .get(url, (res) => {
        res.resume()
        res.once('end', () => resolve(res.statusCode ?? 0))
      })
      .once('error', reject)
  })

/** Astro's log levels are fewer; its info lines (request log, a banner naming its private port) repeat or mislead. */
const astroLogLevel = (level: string) =>
  level === 'debug' || level === 'trace' ? 'info' : level === 'silent' ? 'silent' : level === 'info' || level === 'warn' ? 'warn' : 'error'

/**
 * Astro's dev server, with Vite's HMR socket on our server (via the hub). Astro insists on opening its own port too:
 * a private one on loopback that nobody needs to know. Vite also installs a SIGTERM (and stdin end) handler that
 * closes Vite and exits at once, racing our graceful shutdown (jobs, database): those are removed again.
 */
const startAstroDev = async ({ hmrHub, logLevel, dataDir }: { hmrHub: Server; logLevel: string; dataDir: string }): Promise<AstroDevServer> => {
  const before = { sigterm: new Set(process.listeners('SIGTERM')), stdinEnd: new Set(process.stdin.listeners('end')) }
  // Vite watches the whole repo (Astro's root); build output, Next's dev output (thousands of files per compile) and
  // the database (written every job poll) are never sources.
  const outputs = [path.join(rootDir, 'cms/.next'), path.join(rootDir, 'dist'), dataDir].map((dir) => `${dir}/**`)
  const astro = await astroDev({
    root: rootDir,
    logLevel: astroLogLevel(logLevel),
    server: { host: '127.0.0.1', port: 0 },
    vite: { server: { ws: { server: hmrHub }, watch: { ignored: outputs } } },
  })
  for (const listener of process.listeners('SIGTERM')) if (!before.sigterm.has(listener)) process.off('SIGTERM', listener)
  for (const listener of process.stdin.listeners('end')) {
    if (!before.stdinEnd.has(listener)) process.stdin.off('end', listener as (...args: unknown[]) => void)
  }
  return astro
}

/** A dev tool that hangs while closing must not keep the process from exiting. */
const settleWithin = ({ ms, work }: { ms: number; work: Promise<unknown> }) =>
  Promise.race([work.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, ms).unref())])

/** First /admin compile takes 20–30 s: start it in the background so the first visit does not wait for it. */
const warmAdmin = ({ origin, logger }: { origin: string; logger: Logger }) => {
  const started = Date.now()
  get({ url: `http://${origin}/admin/login` })
    .then((status) => logger.info({ status, seconds: Math.round((Date.now() - started) / 100) / 10 }, 'admin compiled'))
    .catch((err: unknown) => logger.warn({ err }, 'admin warm-up failed'))
}

runMain(async () => {
  const env = loadEnv()
  const logger = createLogger({ level: env.LOG_LEVEL })
  const announce = (line: string) => process.stdout.write(`${line}\n`)
  await assertPortFree({ port: env.PORT, host: env.HOST })

  const nextHub = http.createServer()
  const viteHub = http.createServer()
  const nextApp = next({ dev: true, dir: path.join(rootDir, 'cms'), hostname: 'localhost', port: env.PORT, httpServer: nextHub })
  await nextApp.prepare()
  const nextHandler = nextApp.getRequestHandler()

  const gate = createGate<Booted>()
  const server = createAppServer({
    logger,
    trustProxy: env.TRUST_PROXY,
    handlers: {
      next: async (req, res) => {
        if (isNextInternal(pathnameOf(req))) return nextHandler(req, res)
        return (await gate.ready).twoFactorGate(req, res)
      },
      astro: async (req, res) => (await gate.ready).astro.handle(req, res),
      readiness: () => gate.current()?.readiness() ?? Promise.resolve(booting),
      guardWrite: async (args) => (await gate.ready).guardWrite(args),
    },
  })
  const upgrades = routeUpgrades({ server, nextHub, viteHub })
  await listen({ server, port: env.PORT, host: env.HOST })

  // Payload dials Next's HMR socket once, when it first boots, and never again: if that fails its config never
  // reloads on edits. So the port is open (requests wait at the gate) and Next's upgrade listener is attached (Next
  // does that on its first request; /_next/ needs no Payload) before bootCms. 127.0.0.1: "localhost" may be ::1.
  const origin = selfOrigin({ server })
  process.env.PAYLOAD_HMR_URL_OVERRIDE = `ws://${origin}/_next/hmr`
  await get({ url: `http://${origin}/_next/static/warm-up` })

  const [{ runtime, payload, expectedMigrations }, astro] = await Promise.all([
    bootCms({ logger, announce }),
    startAstroDev({ hmrHub: viteHub, logLevel: env.LOG_LEVEL, dataDir: path.resolve(env.DATA_DIR) }),
  ])
  const runner = startProcessJobRunner({ payload, runtime, logger })
  void checkProviderTracking({ runtime, logger })
  gate.open({
    astro,
    readiness: createReadinessCheck({ payload, expectedMigrations, jobsAlive: runner?.alive }),
    guardWrite: writeGuardFor({ runtime, payload }),
    twoFactorGate: withTwoFactorGate({ payload, production: runtime.APP_ENV === 'production', handler: (req, res) => nextHandler(req, res) }),
  })

  // Registered before the graceful shutdown's own handlers, so HMR sockets are gone before it waits for the server.
  process.on('SIGTERM', upgrades.closeAll)
  process.on('SIGINT', upgrades.closeAll)
  installGracefulShutdown({
    server,
    runner,
    payload,
    logger,
    timeoutMs: runtime.SHUTDOWN_TIMEOUT_MS,
    beforeClose: async () => {
      await Promise.all([settleWithin({ ms: 5000, work: astro.stop() }), settleWithin({ ms: 5000, work: nextApp.close() })])
    },
  })
  const base = runtime.PUBLIC_URL ?? `http://localhost:${runtime.PORT}`
  logger.info({ port: runtime.PORT, jobs: runtime.JOBS_ENABLED, database: runtime.database.kind }, 'listening (dev)')
  announce(`myPlugin dev server (hot reload) is running:\n  Site:  ${base}/nl/\n  Admin: ${base}/admin`)
  warmAdmin({ origin, logger })
})
