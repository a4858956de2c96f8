import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import addFormats from 'ajv-formats'
import { OpenAPIBackend, type Document } from 'openapi-backend'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { z } from 'zod'

import { createResendMailAdapter } from '../../integrations/mail/create-resend-mail-adapter'
import type { MailMessage } from '../../integrations/mail/mail-port'
import { startResendStandIn, type ResendStandIn, type WebhookEventType } from '../stand-ins/resend-stand-in'
import { rootDir } from '../support/root-dir'

/**
 * The contract with Resend, checked against its published OpenAPI description: the requests the project really
 * makes (through the real SDK and our adapter) and every answer the stand-in gives, successes, errors and the
 * webhook events it emits. If either side drifts from the spec, this fails.
 */
type Spec = { paths: Record<string, unknown>; webhooks: Record<string, { post: { requestBody: unknown } }> }
const spec = parse(fs.readFileSync(path.join(rootDir, 'tests/stand-ins/specs/resend-openapi.yaml'), 'utf8')) as Spec

// The spec describes webhook bodies under `webhooks`, which request validation does not reach: expose each as a path.
const webhookPaths = Object.fromEntries(
  Object.entries(spec.webhooks).map(([type, { post }]) => [
    `/__webhooks/${type}`,
    { post: { operationId: `webhook-${type}`, requestBody: post.requestBody, responses: { 200: { description: 'ok' } } } },
  ]),
)
const api = new OpenAPIBackend({
  definition: { ...spec, paths: { ...spec.paths, ...webhookPaths } } as unknown as Document,
  // `quick` skips openapi-backend's check of the document itself, which only knows OpenAPI 3.0 (Resend's is 3.1);
  // request and response validation work the same.
  quick: true,
  strict: false,
  validate: true,
  ajvOpts: { strict: false },
  customizeAjv: (ajv) => {
    addFormats(ajv)
    return ajv
  },
})

// Resend's error shape (the spec lists no error responses for /emails; Resend's documentation gives this one).
const resendError = z.object({ statusCode: z.number().int(), message: z.string().min(1), name: z.string().regex(/^[a-z_]+$/) }).strict()

let standIn: ResendStandIn
let receiver: http.Server
let receiverUrl: string
const received: { path: string; body: string }[] = []

const message = (i: number, extra: Partial<MailMessage> = {}): MailMessage => ({
  to: `contract${i}@example.com`,
  subject: `Contract ${i}`,
  html: `<p>Contract ${i}</p>`,
  text: `Contract ${i}`,
  idempotencyKey: `contract-${i}`,
  ...extra,
})

const invite = { filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n').toString('base64') }

beforeAll(async () => {
  await api.init()
  standIn = await startResendStandIn({ requestsPerSecond: 1000 })
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      received.push({ path: req.url ?? '', body })
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`

  const adapter = createResendMailAdapter({ apiKey: standIn.apiKey, baseUrl: standIn.url, from: 'myPlugin <hello@myplugin.test>', replyTo: 'info@myplugin.test', maxRequestsPerSecond: 1000 })
  const unsubscribe = { 'List-Unsubscribe': '<https://www.myplugin.test/api/mail/unsubscribe?token=u1.a.b>, <mailto:u@myplugin.test>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
  // What the project sends: a single mail with headers and tags, a replay, a batch, and the failures it meets.
  await adapter.send(message(1, { category: 'marketing', headers: unsubscribe, tags: [{ name: 'mail_message', value: '17' }] }))
  await adapter.send(message(1, { category: 'marketing', headers: unsubscribe, tags: [{ name: 'mail_message', value: '17' }] }))
  await adapter.sendBatch({ messages: [message(2), message(3), message(4)], idempotencyKey: 'contract-batch-1' })
  await adapter.send(message(6, { attachments: [invite] }))
  for (const fail of [
    () => standIn.rateLimitStorm({ requests: 1, retryAfterSeconds: 2 }),
    () => standIn.outage({ requests: 1, status: 503 }),
    () => standIn.failNext({ status: 422, name: 'validation_error', message: 'Invalid `to` field.' }),
  ]) {
    fail()
    await adapter.send(message(5)).catch(() => undefined)
  }
  await adapter.send(message(1, { subject: 'Changed body, same key' })).catch(() => undefined)
  // The stand-in's own behaviours the project does not trigger: permissive batches and the rate limit itself.
  const headers = { authorization: `Bearer ${standIn.apiKey}`, 'content-type': 'application/json', 'x-batch-validation': 'permissive' }
  await fetch(`${standIn.url}/emails/batch`, { method: 'POST', headers, body: JSON.stringify([{ from: 'a@myplugin.test', to: 'b@example.com', subject: 's', text: 't' }, { subject: 'no from' }]) })
  await fetch(`${standIn.url}/emails`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
  // Attachments the stand-in must refuse as Resend does: on the batch endpoint, and neither content nor path.
  const strict = { ...headers, 'x-batch-validation': 'strict' }
  const file = { filename: 'invite.ics', content_type: 'text/calendar', content: invite.content }
  await fetch(`${standIn.url}/emails/batch`, { method: 'POST', headers: strict, body: JSON.stringify([{ from: 'a@myplugin.test', to: 'b@example.com', subject: 's', text: 't', attachments: [file] }]) })
  await fetch(`${standIn.url}/emails`, { method: 'POST', headers: strict, body: JSON.stringify({ from: 'a@myplugin.test', to: 'b@example.com', subject: 's', text: 't', attachments: [{ filename: 'x.ics' }] }) })
})
afterAll(async () => {
  await standIn?.close()
  await new Promise((r) => receiver?.close(r))
})

describe('the Resend contract (resend-openapi.yaml)', () => {
  it('every request the project sends is valid', () => {
    const projectRequests = standIn.log.filter((e) => e.headers['user-agent']?.startsWith('resend-node'))
    expect(projectRequests.length).toBeGreaterThanOrEqual(7)
    for (const exchange of projectRequests) {
      const request = { method: exchange.method, path: exchange.path, headers: exchange.headers, body: exchange.body, query: {} }
      const operation = api.matchOperation(request)
      expect(operation?.operationId, exchange.path).toMatch(/^emails\/(send|send-batch)$/)
      const result = api.validateRequest(request, operation)
      expect(result.errors ?? [], `${exchange.path}: ${JSON.stringify(result.errors)}`).toEqual([])
      expect(exchange.headers['idempotency-key']).toMatch(/^contract-/)
      expect(exchange.headers.authorization).toBe(`Bearer ${standIn.apiKey}`)
    }
  })

  it('attachments travel as the spec names them (content base64, filename, content_type), and only on /emails', () => {
    const sent = standIn.log.find((e) => e.headers['idempotency-key'] === 'contract-6')
    expect(sent?.path).toBe('/emails')
    expect((sent?.body as { attachments?: unknown }).attachments).toEqual([{ filename: 'invite.ics', content_type: invite.contentType, content: invite.content }])
    expect(standIn.accepted.find((e) => e.idempotencyKey === 'contract-6')?.attachments).toEqual([{ filename: 'invite.ics', contentType: invite.contentType, content: invite.content, path: undefined }])
    const refused = standIn.log.filter((e) => JSON.stringify(e.body).includes('"attachments"') && e.status === 422).map((e) => [e.path, (e.response as { name: string }).name])
    expect(refused).toEqual([
      ['/emails/batch', 'validation_error'],
      ['/emails', 'invalid_attachment'],
    ])
  })

  it('the validator is not a rubber stamp', () => {
    const bad = { method: 'POST', path: '/emails', headers: { 'content-type': 'application/json' }, body: { to: 1, subject: 'x' }, query: {} }
    expect(api.validateRequest(bad).valid).toBe(false)
    expect(api.validateResponse({ data: [{ id: 42 }] }, 'emails/send-batch', 200).valid).toBe(false)
  })

  it('every answer of the stand-in matches the spec or Resend’s error shape, with rate-limit headers', () => {
    const statuses = new Set<number>()
    for (const exchange of standIn.log) {
      statuses.add(exchange.status)
      expect(exchange.responseHeaders['ratelimit-limit']).toMatch(/^\d+$/)
      expect(exchange.responseHeaders['ratelimit-remaining']).toMatch(/^\d+$/)
      expect(exchange.responseHeaders['ratelimit-reset']).toMatch(/^\d+$/)
      if (exchange.status === 200) {
        const operation = exchange.path === '/emails' ? 'emails/send' : 'emails/send-batch'
        const result = api.validateResponse(exchange.response, operation, 200)
        expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([])
      } else {
        expect(resendError.parse(exchange.response).statusCode).toBe(exchange.status)
      }
      if (exchange.status === 429) expect(exchange.responseHeaders['retry-after']).toMatch(/^\d+$/)
    }
    expect([...statuses].sort()).toEqual([200, 401, 409, 422, 429, 503])
    const replayed = standIn.log.filter((e) => e.headers['idempotency-key'] === 'contract-1' && e.status === 200)
    expect(replayed).toHaveLength(2)
    expect(replayed[0]?.response).toEqual(replayed[1]?.response)
    expect(standIn.log.find((e) => e.status === 409)?.response).toMatchObject({ name: 'invalid_idempotent_request' })
  })

  it('every webhook event the stand-in emits matches the spec', async () => {
    const email = standIn.accepted[0]!
    const events: [WebhookEventType, Record<string, unknown>][] = [
      ['email.sent', {}],
      ['email.delivered', {}],
      ['email.delivery_delayed', {}],
      ['email.bounced', { bounce: { type: 'Permanent', subType: 'General', message: 'The recipient’s mailbox does not exist.', diagnosticCode: ['smtp; 550 5.1.1 user unknown'] } }],
      ['email.complained', {}],
      ['email.opened', {}],
      ['email.clicked', { click: { ipAddress: '192.0.2.1', link: 'https://www.myplugin.test/', timestamp: new Date().toISOString(), userAgent: 'Mozilla/5.0' } }],
      ['email.failed', { failed: { reason: 'reached_daily_quota' } }],
      ['email.suppressed', { suppressed: { type: 'OnAccountSuppressionList', reason: 'previous_bounce', message: 'Suppressed.', diagnosticCode: [] } }],
    ]
    for (const [type, data] of events) await standIn.emitWebhook({ url: `${receiverUrl}/${type}`, type, email, data })
    expect(received).toHaveLength(events.length)
    for (const { path, body } of received) {
      const result = api.validateRequest({ method: 'POST', path: `/__webhooks${path}`, headers: { 'content-type': 'application/json' }, body: JSON.parse(body), query: {} })
      expect(result.errors ?? [], `${path}: ${JSON.stringify(result.errors)}`).toEqual([])
    }
  })
})
