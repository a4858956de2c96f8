import { createHash, randomBytes, randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { Webhook } from 'standardwebhooks'

import { createDomainStore, type StandInDomain } from './resend-domains'

/**
 * A stand-in for Resend's HTTP API, for tests and local runs: a real server on 127.0.0.1 (random port) that behaves
 * like Resend for what the project uses. POST /emails and /emails/batch (≤ 100, `x-batch-validation: strict |
 * permissive`), Idempotency-Key semantics (same key + same body → the same answer; another body → 409
 * invalid_idempotent_request; a key still in flight → 409 concurrent_idempotent_requests; a key is forgotten 24 hours
 * after its request, as Resend does, by a clock tests may drive), a requests-per-second
 * limit answered with 429 and `ratelimit-*` / `retry-after` headers, Resend's error shape `{ statusCode, message,
 * name }`, scripted failures (outage, 429 storm, any error), counters of accepted messages, and signed webhooks
 * (Svix / Standard Webhooks) it can post to a URL. Attachments (`content` base64 or `path`, `filename`, `content_type`,
 * 40 MB per email after base64) are taken on POST /emails and refused on /emails/batch, which does not support them.
 */

export type SentEmail = {
  from?: unknown
  to?: unknown
  subject?: unknown
  html?: unknown
  text?: unknown
  reply_to?: unknown
  headers?: unknown
  tags?: unknown
  attachments?: unknown
}

/** One accepted attachment as it arrived: `content` is the base64 Resend received (decode it to compare). */
export type AcceptedAttachment = { filename?: string; contentType?: string; content?: string; path?: string }

export type AcceptedEmail = {
  id: string
  to: string[]
  subject: string
  from: string
  html?: string
  text?: string
  headers: Record<string, string>
  tags: Record<string, string>
  attachments: AcceptedAttachment[]
  idempotencyKey?: string
  viaBatch: boolean
}

export type LoggedExchange = {
  method: string
  path: string
  headers: Record<string, string>
  body: unknown
  status: number
  responseHeaders: Record<string, string>
  response: unknown
}

type ScriptedFailure = { status: number; name: string; message: string; retryAfterSeconds?: number }

type Answer = { status: number; body: unknown; headers?: Record<string, string> }

export type WebhookEventType =
  | 'email.sent'
  | 'email.delivered'
  | 'email.delivery_delayed'
  | 'email.bounced'
  | 'email.complained'
  | 'email.opened'
  | 'email.clicked'
  | 'email.failed'
  | 'email.suppressed'

export type ResendStandIn = {
  url: string
  apiKey: string
  webhookSecret: string
  /** Every exchange, in order: what the project sent and what the stand-in answered. */
  log: LoggedExchange[]
  /** The account's sending domains and their open/click tracking settings (GET/PATCH /domains). */
  domains: StandInDomain[]
  /** Each accepted message once, however often an idempotent request was replayed. */
  accepted: AcceptedEmail[]
  counters: () => { requests: number; accepted: number; rateLimited: number; scriptedFailures: number; idempotentReplays: number; conflicts: number }
  /** The next `requests` requests get a 5xx (default 503), as during an outage. */
  outage: (args: { requests: number; status?: number }) => void
  /** The next `requests` requests get 429 with `retry-after`. */
  rateLimitStorm: (args: { requests: number; retryAfterSeconds?: number }) => void
  /** The next `requests` (default 1) requests get this error (e.g. 422 validation_error). */
  failNext: (args: { status: number; name: string; message: string; requests?: number }) => void
  /** Posts a signed webhook event about an accepted message; options forge, age or replay it. */
  emitWebhook: (args: {
    url: string
    type: WebhookEventType
    email: Pick<AcceptedEmail, 'id' | 'to' | 'from' | 'subject' | 'tags'>
    data?: Record<string, unknown>
    id?: string
    timestamp?: Date
    secret?: string
    headerStyle?: 'svix' | 'webhook'
  }) => Promise<{ status: number; body: string; id: string; payload: string; headers: Record<string, string> }>
  close: () => Promise<void>
}

const idempotencyLifetimeMs = 24 * 60 * 60 * 1000

const error = (status: number, name: string, message: string): Answer => ({ status, body: { statusCode: status, message, name } })

const addressPattern = /^(?:[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+|[^<>]*<[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>)$/
const tagPattern = /^[A-Za-z0-9_-]{1,256}$/
const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
// Resend: "max 40MB per email, after Base64 encoding of the attachments".
const maxAttachmentsBase64 = 40 * 1024 * 1024

const batchAttachmentProblem = { name: 'validation_error', message: 'The `attachments` field is not supported yet on the batch endpoint.' }

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value])

/** Resend's checks on one email: required fields, address formats, limits. Returns an error message or undefined. */
const problemOf = (email: SentEmail): { name: string; message: string } | undefined => {
  if (typeof email !== 'object' || email === null || Array.isArray(email)) return { name: 'validation_error', message: 'The email must be an object.' }
  for (const field of ['from', 'to', 'subject'] as const) {
    if (email[field] === undefined || email[field] === '') return { name: 'missing_required_field', message: `Missing \`${field}\` field.` }
  }
  if (typeof email.from !== 'string' || !addressPattern.test(email.from)) {
    return { name: 'validation_error', message: 'Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.' }
  }
  const to = asList(email.to)
  if (to.length === 0 || to.length > 50) return { name: 'validation_error', message: 'The `to` field must hold 1 to 50 addresses.' }
  if (!to.every((a) => typeof a === 'string' && addressPattern.test(a))) {
    return { name: 'validation_error', message: 'Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.' }
  }
  if (typeof email.subject !== 'string') return { name: 'validation_error', message: 'The `subject` field must be a string.' }
  if (typeof email.html !== 'string' && typeof email.text !== 'string') return { name: 'validation_error', message: 'Either `html` or `text` must be provided.' }
  if (email.headers !== undefined && (typeof email.headers !== 'object' || email.headers === null || Object.values(email.headers).some((v) => typeof v !== 'string'))) {
    return { name: 'validation_error', message: 'The `headers` field must be an object of strings.' }
  }
  for (const tag of asList(email.tags)) {
    const t = tag as { name?: unknown; value?: unknown }
    if (typeof t?.name !== 'string' || !tagPattern.test(t.name) || typeof t.value !== 'string' || !tagPattern.test(t.value)) {
      return { name: 'validation_error', message: 'Tags should only contain ASCII letters, numbers, underscores, or dashes.' }
    }
  }
  return attachmentProblemOf(email.attachments)
}

/**
 * Resend's checks on `attachments` (spec: Attachment { content, filename, path, content_type, content_id }, all
 * strings): a list of objects, each with its content (base64) or a path, the total within 40 MB after base64.
 * Resend names these `invalid_attachment` (422).
 */
const attachmentProblemOf = (attachments: unknown): { name: string; message: string } | undefined => {
  if (attachments === undefined) return undefined
  if (!Array.isArray(attachments)) return { name: 'validation_error', message: 'The `attachments` field must be an array.' }
  let total = 0
  for (const item of attachments) {
    const a = item as Record<string, unknown>
    if (typeof a !== 'object' || a === null || Array.isArray(a)) return { name: 'validation_error', message: 'Each attachment must be an object.' }
    for (const field of ['content', 'filename', 'path', 'content_type', 'content_id']) {
      if (a[field] !== undefined && typeof a[field] !== 'string') return { name: 'validation_error', message: `The attachment \`${field}\` field must be a string.` }
    }
    if ((a.content === undefined) === (a.path === undefined)) return { name: 'invalid_attachment', message: 'Attachment must have either a `content` or `path`.' }
    if (typeof a.content === 'string') {
      if (!base64Pattern.test(a.content)) return { name: 'invalid_attachment', message: 'Attachment `content` must be base64 encoded.' }
      total += a.content.length
    }
  }
  if (total > maxAttachmentsBase64) return { name: 'invalid_attachment', message: 'Attachments exceed the 40MB limit per email.' }
  return undefined
}

const acceptedAttachments = (attachments: unknown): AcceptedAttachment[] =>
  asList(attachments).map((item) => {
    const a = item as Record<string, string | undefined>
    return { filename: a.filename, contentType: a.content_type, content: a.content, path: a.path }
  })

const accept = ({ email, idempotencyKey, viaBatch }: { email: SentEmail; idempotencyKey?: string; viaBatch: boolean }): AcceptedEmail => ({
  id: randomUUID(),
  to: asList(email.to) as string[],
  subject: String(email.subject),
  from: String(email.from),
  html: typeof email.html === 'string' ? email.html : undefined,
  text: typeof email.text === 'string' ? email.text : undefined,
  headers: (email.headers as Record<string, string> | undefined) ?? {},
  tags: Object.fromEntries(asList(email.tags).map((t) => [(t as { name: string }).name, (t as { value: string }).value])),
  attachments: acceptedAttachments(email.attachments),
  idempotencyKey,
  viaBatch,
})

const readBody = (req: http.IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let data = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (data += chunk))
    req.on('end', () => resolve(data))
    req.on('error', reject)
  })

const headerMap = (raw: http.IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v ?? '')]))

export const startResendStandIn = async ({
  apiKey = `re_standin_${randomBytes(8).toString('hex')}`,
  webhookSecret = `whsec_${randomBytes(24).toString('base64')}`,
  requestsPerSecond = 5,
  latencyMs = 0,
  answerDelayMs = 0,
  domains = [{ name: 'myplugin.test' }],
  sendingOnlyKey = false,
  clock = Date.now,
}: {
  /** The account's sending domains (tracking off unless said). */
  domains?: Array<{ name: string; openTracking?: boolean; clickTracking?: boolean }>
  /** The API key may only send (Resend's "sending access"): domain endpoints answer 401 restricted_api_key. */
  sendingOnlyKey?: boolean
  apiKey?: string
  webhookSecret?: string
  requestsPerSecond?: number
  latencyMs?: number
  /** Time between accepting a request and answering it: the window in which a client may die not knowing. */
  answerDelayMs?: number
  /**
   * The time idempotency keys age by (ms since the epoch): a test moves it a day on instead of waiting one. Rate-limit
   * windows keep the real clock.
   */
  clock?: () => number
} = {}): Promise<ResendStandIn> => {
  const log: LoggedExchange[] = []
  const accepted: AcceptedEmail[] = []
  const domainStore = createDomainStore({ domains })
  const counts = { requests: 0, rateLimited: 0, scriptedFailures: 0, idempotentReplays: 0, conflicts: 0 }
  const script: ScriptedFailure[] = []
  const window: number[] = []
  const remembered = new Map<string, { hash: string; answer: Answer; at: number }>()
  const inFlight = new Set<string>()

  const rateHeaders = (now: number): Record<string, string> => ({
    'ratelimit-limit': String(requestsPerSecond),
    'ratelimit-remaining': String(Math.max(0, requestsPerSecond - window.length)),
    'ratelimit-reset': String(window.length > 0 ? Math.max(1, Math.ceil((1000 - (now - (window[0] as number))) / 1000)) : 1),
  })

  const sendEmails = ({ path, body, headers }: { path: string; body: unknown; headers: Record<string, string> }): Answer => {
    const key = headers['idempotency-key']
    if (path === '/emails') {
      const problem = problemOf(body as SentEmail)
      if (problem) return error(422, problem.name, problem.message)
      const email = accept({ email: body as SentEmail, idempotencyKey: key, viaBatch: false })
      accepted.push(email)
      return { status: 200, body: { id: email.id } }
    }
    if (!Array.isArray(body)) return error(422, 'validation_error', 'The batch must be an array of emails.')
    if (body.length === 0) return error(422, 'validation_error', 'The batch must hold at least one email.')
    if (body.length > 100) return error(422, 'validation_error', 'Too many emails in the batch: the maximum is 100.')
    const mode = headers['x-batch-validation'] === 'permissive' ? 'permissive' : 'strict'
    // Resend's batch documentation: "The `attachments` field is not supported yet." Reports say the real endpoint
    // has dropped them without a word; the stand-in refuses instead, so a test can never pass on a mail that
    // would arrive without its file.
    const problems = body
      .map((email, index) => ({ index, problem: (email as SentEmail)?.attachments !== undefined ? batchAttachmentProblem : problemOf(email as SentEmail) }))
      .filter((p) => p.problem)
    if (mode === 'strict' && problems.length > 0) {
      const first = problems[0] as { index: number; problem: { name: string; message: string } }
      return error(422, first.problem.name, `emails[${first.index}]: ${first.problem.message}`)
    }
    const data: { id: string }[] = []
    body.forEach((email, index) => {
      if (problems.some((p) => p.index === index)) return
      const created = accept({ email: email as SentEmail, idempotencyKey: key, viaBatch: true })
      accepted.push(created)
      data.push({ id: created.id })
    })
    return { status: 200, body: mode === 'permissive' ? { data, errors: problems.map((p) => ({ index: p.index, message: p.problem?.message })) } : { data } }
  }

  const handle = async ({ method, path, headers, raw }: { method: string; path: string; headers: Record<string, string>; raw: string }): Promise<Answer> => {
    const now = Date.now()
    while (window.length > 0 && now - (window[0] as number) >= 1000) window.shift()
    const scripted = script.shift()
    if (scripted) {
      counts.scriptedFailures++
      const answer = error(scripted.status, scripted.name, scripted.message)
      if (scripted.retryAfterSeconds !== undefined) answer.headers = { 'retry-after': String(scripted.retryAfterSeconds) }
      if (scripted.status === 429) counts.rateLimited++
      return answer
    }
    if (window.length >= requestsPerSecond) {
      counts.rateLimited++
      return {
        ...error(429, 'rate_limit_exceeded', `Too many requests. You can only make ${requestsPerSecond} requests per second. See rate limit response headers for more information.`),
        headers: { 'retry-after': '1' },
      }
    }
    window.push(now)
    const auth = headers.authorization
    if (!auth) return error(401, 'missing_api_key', 'Missing API key in the authorization header. Include the following header Authorization: Bearer YOUR_API_KEY in the request.')
    if (auth !== `Bearer ${apiKey}`) return error(403, 'invalid_api_key', 'API key is invalid')
    const domainAnswer = domainStore.handle({ method, path, raw, sendingOnly: sendingOnlyKey })
    if (domainAnswer) return domainAnswer
    if (path !== '/emails' && path !== '/emails/batch') return error(404, 'not_found', 'The requested endpoint does not exist.')
    if (method !== 'POST') return error(405, 'method_not_allowed', 'Method is not allowed for the requested path.')
    let body: unknown
    try {
      body = JSON.parse(raw)
    } catch {
      return error(422, 'validation_error', 'The request body is not valid JSON.')
    }
    const key = headers['idempotency-key']
    if (key === undefined) return sendEmails({ path, body, headers })
    if (key.length < 1 || key.length > 256) return error(400, 'invalid_idempotency_key', 'The key must be between 1-256 chars.')
    const slot = `${path} ${key}`
    const hash = createHash('sha256').update(raw).digest('hex')
    let known = remembered.get(slot)
    // Resend keeps a key for 24 hours; after that the same request is a new one and is sent again.
    if (known && clock() - known.at >= idempotencyLifetimeMs) {
      remembered.delete(slot)
      known = undefined
    }
    if (known) {
      if (known.hash !== hash) {
        counts.conflicts++
        return error(409, 'invalid_idempotent_request', 'Same idempotency key used with a different request payload. Change your idempotency key or payload.')
      }
      counts.idempotentReplays++
      return known.answer
    }
    if (inFlight.has(slot)) return error(409, 'concurrent_idempotent_requests', 'Same idempotency key used while original request is still in progress. Try the request again later.')
    inFlight.add(slot)
    try {
      if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs))
      const answer = sendEmails({ path, body, headers })
      // Like Resend, only a request that sent something is remembered: a refused one may be corrected and retried.
      if (answer.status === 200) remembered.set(slot, { hash, answer, at: clock() })
      return answer
    } finally {
      inFlight.delete(slot)
    }
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      counts.requests++
      const raw = await readBody(req)
      const headers = headerMap(req.headers)
      const path = new URL(req.url ?? '/', 'http://stand-in').pathname
      const method = req.method ?? 'GET'
      const answer = await handle({ method, path, headers, raw })
      if (answerDelayMs > 0) await new Promise((r) => setTimeout(r, answerDelayMs))
      const responseHeaders = { 'content-type': 'application/json', ...rateHeaders(Date.now()), ...answer.headers }
      let body: unknown = raw
      try {
        body = raw === '' ? undefined : JSON.parse(raw)
      } catch {
        // keep the raw text
      }
      log.push({ method, path, headers, body, status: answer.status, responseHeaders, response: answer.body })
      res.writeHead(answer.status, responseHeaders)
      res.end(JSON.stringify(answer.body))
    })().catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ statusCode: 500, name: 'internal_server_error', message: String(err) }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    webhookSecret,
    log,
    domains: domainStore.domains,
    accepted,
    counters: () => ({ ...counts, accepted: accepted.length }),
    outage: ({ requests, status = 503 }) => {
      for (let i = 0; i < requests; i++) {
        script.push({ status, name: status === 500 ? 'internal_server_error' : 'application_error', message: 'Internal server error. We are unable to process your request right now, please try again later.' })
      }
    },
    rateLimitStorm: ({ requests, retryAfterSeconds = 1 }) => {
      for (let i = 0; i < requests; i++) {
        script.push({ status: 429, name: 'rate_limit_exceeded', message: 'Too many requests. Please limit the number of requests per second.', retryAfterSeconds })
      }
    },
    failNext: ({ status, name, message, requests = 1 }) => {
      for (let i = 0; i < requests; i++) script.push({ status, name, message })
    },
    emitWebhook: async ({ url, type, email, data = {}, id = `msg_${randomBytes(12).toString('hex')}`, timestamp = new Date(), secret = webhookSecret, headerStyle = 'svix' }) => {
      const createdAt = new Date().toISOString()
      const payload = JSON.stringify({
        type,
        created_at: createdAt,
        data: { email_id: email.id, created_at: createdAt, from: email.from, to: email.to, subject: email.subject, tags: email.tags, ...data },
      })
      const signature = new Webhook(secret).sign(id, timestamp, payload)
      const prefix = headerStyle === 'svix' ? 'svix' : 'webhook'
      const headers = {
        'content-type': 'application/json',
        [`${prefix}-id`]: id,
        [`${prefix}-timestamp`]: String(Math.floor(timestamp.getTime() / 1000)),
        [`${prefix}-signature`]: signature,
      }
      const res = await fetch(url, { method: 'POST', headers, body: payload })
      return { status: res.status, body: await res.text(), id, payload, headers }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
