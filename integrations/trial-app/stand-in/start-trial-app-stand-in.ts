import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { Webhook, WebhookVerificationError } from 'standardwebhooks'
import { z } from 'zod'

/**
 * A stand-in for myPlugin's web application, the provisioning side of it (contract: tests/stand-ins/specs/trial-app.md). A real
 * server on 127.0.0.1 that keeps its accounts in memory. POST /trials checks the Standard Webhooks signature (401
 * when missing, wrong, older or newer than 5 minutes, or a message id it has seen), validates the body, and honours
 * the idempotency key (same key and body → the same account and answer; the same key with another body → 422;
 * the same address under another key → 409 with the existing account's login link). Knobs, in-process or over
 * /_control/*: fail the next N requests (500/503/429, before or after opening the account), answer slowly, answer
 * 409; and send signed conversion/expiry/cancellation webhooks to a URL.
 *
 * It signs and verifies with the `standardwebhooks` library directly, not with integrations/trial-app, so the
 * project's signing code is checked against an implementation it does not share.
 */

export type StandInAccount = {
  accountId: string
  email: string
  idempotencyKey: string
  loginUrl: string
  trialEndsAt: string
  status: 'active' | 'converted' | 'expired' | 'cancelled'
  account: Record<string, unknown>
}

export type StandInCounters = {
  requests: number
  created: number
  idempotentReplays: number
  conflicts: number
  refusedSignatures: number
  scriptedAnswers: number
}

export type StandInEventType = 'trial.converted' | 'trial.expired' | 'trial.cancelled'

type Answer = { status: number; body: unknown; headers?: Record<string, string> }

type Step =
  | { kind: 'fail'; status: number; retryAfterSeconds?: number; after: boolean }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'conflict'; loginUrl?: string }

export type SentEvent = { status: number; body: string; id: string; payload: string; headers: Record<string, string> }

export type TrialAppStandIn = {
  url: string
  /** The secret our requests are signed with (TRIAL_PROVISIONING_SECRET). */
  secret: string
  /** The secret the stand-in signs its webhooks with (TRIAL_WEBHOOK_SECRET). */
  webhookSecret: string
  accounts: StandInAccount[]
  counters: () => StandInCounters
  /** The next `requests` POST /trials get `status`; `after`: the account is opened first, then the error answered. */
  failNext: (args: { requests?: number; status?: number; retryAfterSeconds?: number; after?: boolean }) => void
  /** The next `requests` POST /trials are handled at once but answered after `delayMs` (the client may time out). */
  slowNext: (args: { requests?: number; delayMs: number }) => void
  /** The next `requests` POST /trials (signed) answer 409 account_exists, with `loginUrl` if given. */
  conflictNext: (args: { requests?: number; loginUrl?: string }) => void
  setWebhookUrl: (url: string) => void
  /** Posts a signed event about an account to the webhook URL; options forge (secret), age (timestamp) or replay (id) it. */
  sendEvent: (args: { type: StandInEventType; accountId: string; url?: string; id?: string; timestamp?: Date; secret?: string }) => Promise<SentEvent>
  /** Forgets accounts, keys, message ids, counters and pending knobs. */
  reset: () => void
  close: () => Promise<void>
}

const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`

const maxBodyBytes = 64 * 1024
const toleranceSeconds = 5 * 60

// The contract's body, written out here rather than imported, so a drift in the client shows as a 400.
const name = z.string().trim().min(1).max(100)
const provisionRequest = z.strictObject({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_.:-]{1,200}$/),
  account: z.strictObject({
    email: z.email().max(254),
    firstName: name,
    lastName: name,
    profession: z.enum(['psychologist', 'therapist', 'coach', 'other']),
    practiceName: z.string().trim().min(1).max(200).optional(),
    country: z.enum(['BE', 'NL', 'other']),
    locale: z.enum(['nl', 'fr', 'en']),
  }),
})

const controlSchemas = {
  fail: z.object({ requests: z.number().int().min(1).max(1000).default(1), status: z.number().int().min(400).max(599).default(503), retryAfterSeconds: z.number().int().min(0).optional(), after: z.boolean().default(false) }),
  slow: z.object({ requests: z.number().int().min(1).max(1000).default(1), delayMs: z.number().int().min(0).max(600_000) }),
  conflict: z.object({ requests: z.number().int().min(1).max(1000).default(1), loginUrl: z.url().optional() }),
  events: z.object({ type: z.enum(['trial.converted', 'trial.expired', 'trial.cancelled']), accountId: z.string(), url: z.url().optional(), id: z.string().optional(), timestamp: z.iso.datetime().optional(), secret: z.string().optional() }),
  webhookUrl: z.object({ url: z.url() }),
}

const refusal = (status: number, error: string, extra: Record<string, unknown> = {}): Answer => ({ status, body: { error, ...extra } })

const readBody = (req: http.IncomingMessage): Promise<string | undefined> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= maxBodyBytes) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > maxBodyBytes ? undefined : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const emptyCounters = (): StandInCounters => ({ requests: 0, created: 0, idempotentReplays: 0, conflicts: 0, refusedSignatures: 0, scriptedAnswers: 0 })

export const startTrialAppStandIn = async ({
  secret = newSecret(),
  webhookSecret = newSecret(),
  webhookUrl,
  port = 0,
}: {
  secret?: string
  webhookSecret?: string
  /** Where sendEvent posts unless told otherwise (our PUBLIC_URL/api/trials/webhooks/app). */
  webhookUrl?: string
  port?: number
} = {}): Promise<TrialAppStandIn> => {
  const accounts: StandInAccount[] = []
  let counts = emptyCounters()
  let script: Step[] = []
  const seenIds = new Map<string, number>()
  const byKey = new Map<string, { hash: string; account: StandInAccount }>()
  let target = webhookUrl
  let baseUrl = ''

  /** Standard Webhooks, checked as the real application would: window, signature, then the id once. */
  const checkSignature = ({ headers, raw }: { headers: http.IncomingHttpHeaders; raw: string }): string | undefined => {
    const id = headers['webhook-id']
    const timestamp = headers['webhook-timestamp']
    const signature = headers['webhook-signature']
    if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signature !== 'string') return 'missing_signature'
    try {
      new Webhook(secret).verify(raw, { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature }, { jsonParse: false })
    } catch (error) {
      if (error instanceof WebhookVerificationError) return /timestamp/i.test(error.message) ? 'stale_signature' : 'invalid_signature'
      throw error
    }
    const now = Date.now()
    for (const [seen, until] of seenIds) if (until < now) seenIds.delete(seen)
    if (seenIds.has(id)) return 'replayed_message'
    seenIds.set(id, now + 2 * toleranceSeconds * 1000)
    return undefined
  }

  const provision = ({ raw }: { raw: string }): Answer => {
    const parsed = provisionRequest.safeParse(parseJson(raw))
    if (!parsed.success) return refusal(400, 'invalid_request', { fields: parsed.error.issues.map((issue) => issue.path.join('.')) })
    const { idempotencyKey, account } = parsed.data
    const hash = createHash('sha256').update(JSON.stringify(account)).digest('hex')
    const known = byKey.get(idempotencyKey)
    if (known) {
      if (known.hash !== hash) return refusal(422, 'idempotency_conflict')
      counts.idempotentReplays++
      return { status: 200, body: { accountId: known.account.accountId, loginUrl: known.account.loginUrl, trialEndsAt: known.account.trialEndsAt } }
    }
    const email = account.email.trim().toLowerCase()
    const existing = accounts.find((a) => a.email === email)
    if (existing) {
      counts.conflicts++
      return refusal(409, 'account_exists', { loginUrl: existing.loginUrl })
    }
    const created: StandInAccount = {
      accountId: `acc_${randomBytes(8).toString('hex')}`,
      email,
      idempotencyKey,
      loginUrl: `${baseUrl}/login/${randomBytes(16).toString('hex')}`,
      // A 14-day trial, as myPlugin's application gives.
      trialEndsAt: new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString(),
      status: 'active',
      account,
    }
    accounts.push(created)
    byKey.set(idempotencyKey, { hash, account: created })
    counts.created++
    return { status: 201, body: { accountId: created.accountId, loginUrl: created.loginUrl, trialEndsAt: created.trialEndsAt } }
  }

  // Synchronous from the signature to the stored answer: a retry arriving while this answer is delayed already
  // finds the account, as it would in an application that commits before it answers.
  const postTrials = ({ headers, raw }: { headers: http.IncomingHttpHeaders; raw: string | undefined }): { answer: Answer; delayMs: number } => {
    const step = script.shift()
    if (step) counts.scriptedAnswers++
    const scriptedFailure = step?.kind === 'fail' ? { status: step.status, body: { error: step.status === 429 ? 'rate_limited' : 'unavailable' }, headers: step.retryAfterSeconds === undefined ? undefined : { 'retry-after': String(step.retryAfterSeconds) } } : undefined
    if (step?.kind === 'fail' && !step.after) return { answer: scriptedFailure as Answer, delayMs: 0 }
    if (raw === undefined) return { answer: refusal(413, 'body_too_large'), delayMs: 0 }
    const problem = checkSignature({ headers, raw })
    if (problem) {
      counts.refusedSignatures++
      return { answer: refusal(401, problem), delayMs: 0 }
    }
    if (step?.kind === 'conflict') return { answer: refusal(409, 'account_exists', step.loginUrl ? { loginUrl: step.loginUrl } : {}), delayMs: 0 }
    const answer = provision({ raw })
    if (step?.kind === 'fail') return { answer: scriptedFailure as Answer, delayMs: 0 }
    return { answer, delayMs: step?.kind === 'slow' ? step.delayMs : 0 }
  }

  const sendEvent: TrialAppStandIn['sendEvent'] = async ({ type, accountId, url = target, id = `msg_${randomBytes(12).toString('hex')}`, timestamp = new Date(), secret: signWith = webhookSecret }) => {
    const account = accounts.find((a) => a.accountId === accountId)
    if (!account) throw new Error(`no account ${accountId}`)
    if (!url) throw new Error('no webhook URL: pass url or set one')
    account.status = type === 'trial.converted' ? 'converted' : type === 'trial.expired' ? 'expired' : 'cancelled'
    const payload = JSON.stringify({ type, occurredAt: new Date().toISOString(), data: { accountId, idempotencyKey: account.idempotencyKey } })
    const headers = {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': new Webhook(signWith).sign(id, timestamp, payload),
    }
    const res = await fetch(url, { method: 'POST', headers, body: payload, signal: AbortSignal.timeout(10_000) })
    return { status: res.status, body: await res.text(), id, payload, headers }
  }

  const knobs = {
    failNext: ({ requests = 1, status = 503, retryAfterSeconds, after = false }: Parameters<TrialAppStandIn['failNext']>[0]) => {
      for (let i = 0; i < requests; i++) script.push({ kind: 'fail', status, retryAfterSeconds, after })
    },
    slowNext: ({ requests = 1, delayMs }: Parameters<TrialAppStandIn['slowNext']>[0]) => {
      for (let i = 0; i < requests; i++) script.push({ kind: 'slow', delayMs })
    },
    conflictNext: ({ requests = 1, loginUrl }: Parameters<TrialAppStandIn['conflictNext']>[0]) => {
      for (let i = 0; i < requests; i++) script.push({ kind: 'conflict', loginUrl })
    },
    reset: () => {
      accounts.length = 0
      byKey.clear()
      seenIds.clear()
      script = []
      counts = emptyCounters()
    },
  }

  const control = async ({ method, path, raw }: { method: string; path: string; raw: string }): Promise<Answer> => {
    const body = parseJson(raw || '{}')
    const bad = (error: z.ZodError) => refusal(400, 'invalid_control', { fields: error.issues.map((issue) => issue.path.join('.')) })
    if (method === 'GET' && path === '/_control/state') return { status: 200, body: { accounts, counters: { ...counts }, pending: script.length, webhookUrl: target ?? null } }
    if (method !== 'POST') return refusal(405, 'method_not_allowed')
    if (path === '/_control/reset') {
      knobs.reset()
      return { status: 204, body: undefined }
    }
    if (path === '/_control/fail' || path === '/_control/slow' || path === '/_control/conflict') {
      const kind = path.slice('/_control/'.length) as 'fail' | 'slow' | 'conflict'
      const parsed = controlSchemas[kind].safeParse(body)
      if (!parsed.success) return bad(parsed.error)
      if (kind === 'fail') knobs.failNext(parsed.data as z.output<typeof controlSchemas.fail>)
      if (kind === 'slow') knobs.slowNext(parsed.data as z.output<typeof controlSchemas.slow>)
      if (kind === 'conflict') knobs.conflictNext(parsed.data as z.output<typeof controlSchemas.conflict>)
      return { status: 204, body: undefined }
    }
    if (path === '/_control/webhook-url') {
      const parsed = controlSchemas.webhookUrl.safeParse(body)
      if (!parsed.success) return bad(parsed.error)
      target = parsed.data.url
      return { status: 204, body: undefined }
    }
    if (path === '/_control/events') {
      const parsed = controlSchemas.events.safeParse(body)
      if (!parsed.success) return bad(parsed.error)
      const { timestamp, ...rest } = parsed.data
      if (!accounts.some((a) => a.accountId === rest.accountId)) return refusal(404, 'unknown_account')
      if (!(rest.url ?? target)) return refusal(409, 'no_webhook_url')
      const sent = await sendEvent({ ...rest, timestamp: timestamp ? new Date(timestamp) : undefined })
      return { status: 200, body: { id: sent.id, status: sent.status, body: sent.body } }
    }
    return refusal(404, 'not_found')
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const method = req.method ?? 'GET'
      const path = new URL(req.url ?? '/', 'http://stand-in').pathname
      const raw = await readBody(req)
      let outcome: { answer: Answer; delayMs: number }
      if (path === '/trials') {
        counts.requests++
        outcome = method === 'POST' ? postTrials({ headers: req.headers, raw }) : { answer: refusal(405, 'method_not_allowed'), delayMs: 0 }
      } else if (path.startsWith('/_control/')) {
        outcome = { answer: raw === undefined ? refusal(413, 'body_too_large') : await control({ method, path, raw }), delayMs: 0 }
      } else if (method === 'GET' && path.startsWith('/login/') && accounts.some((a) => a.loginUrl === `${baseUrl}${path}`)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end('<!doctype html><title>myPlugin (stand-in)</title><p>Signed in to your trial account.</p>')
        return
      } else {
        outcome = { answer: refusal(404, 'not_found'), delayMs: 0 }
      }
      if (outcome.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, outcome.delayMs))
      if (res.destroyed) return
      const { status, body, headers } = outcome.answer
      res.writeHead(status, { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers })
      res.end(body === undefined ? undefined : JSON.stringify(body))
    })().catch((error: unknown) => {
      if (res.headersSent) return void res.destroy()
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: 'internal_error', message: String(error) }))
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: baseUrl,
    secret,
    webhookSecret,
    accounts,
    counters: () => ({ ...counts }),
    ...knobs,
    setWebhookUrl: (url) => {
      target = url
    },
    sendEvent,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
