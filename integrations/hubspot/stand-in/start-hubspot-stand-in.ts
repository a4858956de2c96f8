import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { z } from 'zod'

import { createRateLimitMeter, type RateLimits } from './create-rate-limit-meter'
import { hubSpotErrorBody, type HubSpotErrorDetail } from './hubspot-error-body'
import { myPluginContactProperties } from '../myplugin-contact-properties'

/**
 * A stand-in for HubSpot's API, the part the lead sync uses (contract and sources: tests/stand-ins/specs/hubspot.md).
 * A real server on 127.0.0.1 that keeps contacts, the GDPR blocklist and subscription statuses in memory, and answers
 * with HubSpot's shapes so the real `@hubspot/api-client` can be pointed at it (`basePath`):
 *
 * - every HubSpot route wants `Authorization: Bearer <the private app token>` (401 INVALID_AUTHENTICATION otherwise);
 * - POST /crm/v3/objects/contacts/batch/upsert (≤ 100 inputs, keyed by lower-cased email; 200, or 207 with `errors`
 *   when some inputs are refused: invalid email, a property the portal does not have, a GDPR-deleted address);
 * - POST /crm/v3/objects/contacts/gdpr-delete (204; removes the contact and blocklists the address, known or not);
 * - communication preferences v3: subscribe, unsubscribe, status per address, definitions;
 * - HubSpot's rate limits per token (rolling 10 s window and a daily count), its 429 body and X-HubSpot-RateLimit-*.
 *
 * Knobs over /_control/* (no token: loopback only): fail everything with a 5xx, answer slowly, a 429 storm, revoke the
 * token, change the limits, restore, reset; and an in-memory log of every request with the addresses it concerned.
 */

export type StandInContact = { id: string; email: string; properties: Record<string, string>; createdAt: string; updatedAt: string }

export type StandInSubscriptionDefinition = { id: string; name: string; description: string }

export type SubscriptionState = { status: 'SUBSCRIBED' | 'NOT_SUBSCRIBED'; legalBasis?: string; legalBasisExplanation?: string; updatedAt: string }

export type LoggedRequest = {
  at: string
  method: string
  path: string
  /** Every address the request named (lower-cased): upsert ids and email properties, GDPR ids, subscription addresses. */
  emails: string[]
  status: number
  correlationId: string
}

export type HubSpotStandInSwitches = {
  fail?: { status: number; remaining?: number }
  slow?: { delayMs: number; remaining?: number }
  storm?: { share: number; policyName: 'TEN_SECONDLY_ROLLING' | 'DAILY'; remaining?: number; seen: number }
  revoked: boolean
}

export type HubSpotStandIn = {
  url: string
  accessToken: string
  contacts: () => StandInContact[]
  log: () => LoggedRequest[]
  close: () => Promise<void>
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string> }

/** HubSpot's default contact properties the sync writes; others (ours) must be created in the portal first. */
const standardProperties = ['email', 'firstname', 'lastname', 'lifecyclestage', 'hs_lead_status', 'company', 'jobtitle', 'hs_language']
/** The custom properties the sync expects the portal to have (created once by an admin), unless told otherwise. */
const defaultCustomProperties: string[] = [...myPluginContactProperties]
/** Set by HubSpot itself: readable in answers, never writable. */
const readOnlyProperties = ['createdate', 'lastmodifieddate', 'hs_object_id']

const legalBases = ['LEGITIMATE_INTEREST_PQL', 'LEGITIMATE_INTEREST_CLIENT', 'PERFORMANCE_OF_CONTRACT', 'CONSENT_WITH_NOTICE', 'NON_GDPR', 'PROCESS_AND_STORE', 'LEGITIMATE_INTEREST_OTHER'] as const

const maxBatchInputs = 100
const maxBodyBytes = 4 * 1024 * 1024

// HubSpot's wording for a request without (valid) credentials.
const authMessage = 'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview'

// What the client sends, checked at the edge; the properties map is checked input by input below, as HubSpot does.
const upsertBody = z.object({
  inputs: z.array(z.object({ idProperty: z.string().optional(), id: z.string(), properties: z.record(z.string(), z.unknown()), objectWriteTraceId: z.string().optional() })),
})
const gdprBody = z.object({ objectId: z.string().min(1), idProperty: z.string().optional() })
const subscriptionBody = z.object({ emailAddress: z.string().min(1), subscriptionId: z.string().min(1), legalBasis: z.string().optional(), legalBasisExplanation: z.string().optional() })

const controlSchemas = {
  fail: z.object({ status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).default(503), requests: z.number().int().min(1).optional() }),
  slow: z.object({ delayMs: z.number().int().min(0).max(600_000), requests: z.number().int().min(1).optional() }),
  storm: z.object({ share: z.number().min(0).max(1).default(1), policyName: z.enum(['TEN_SECONDLY_ROLLING', 'DAILY']).default('TEN_SECONDLY_ROLLING'), requests: z.number().int().min(1).optional() }),
  limits: z.object({ perInterval: z.number().int().min(1).optional(), intervalMs: z.number().int().min(1).optional(), daily: z.number().int().min(1).optional() }),
}

// HubSpot checks addresses more loosely than RFC 5322 but refuses anything without one @ and a dotted domain.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const json = (status: number, body: unknown, headers?: Record<string, string>): Answer => ({ status, body, headers })
const validation = (message: string, extra: { errors?: HubSpotErrorDetail[]; context?: Record<string, string[]> } = {}) => json(400, hubSpotErrorBody({ message, category: 'VALIDATION_ERROR', ...extra }))

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false; message: string } => {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

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

/** The addresses a request names, read from its path and body whatever the answer, for the log. */
const emailsOf = ({ path, raw }: { path: string; raw: string }): string[] => {
  const found = new Set<string>()
  // Whatever was sent where an address goes is logged, well-formed or not: the log answers "who reached HubSpot".
  const add = (value: unknown) => {
    if (typeof value === 'string' && value.trim() !== '') found.add(value.trim().toLowerCase())
  }
  const statusPath = /^\/communication-preferences\/v3\/status\/email\/([^/]+)$/.exec(path)
  if (statusPath) add(decodeURIComponent(statusPath[1]))
  const parsed = raw ? parseJson(raw) : undefined
  const body = parsed?.ok ? (parsed.value as Record<string, unknown> | null) : undefined
  if (body && typeof body === 'object') {
    add(body.emailAddress)
    if (body.idProperty === 'email') add(body.objectId)
    if (Array.isArray(body.inputs)) {
      for (const input of body.inputs as Array<Record<string, unknown> | null>) {
        if (input?.idProperty === 'email') add(input.id)
        add((input?.properties as Record<string, unknown> | undefined)?.email)
      }
    }
  }
  return [...found]
}

export const startHubSpotStandIn = async ({
  port = 0,
  accessToken = `pat-eu1-${randomUUID()}`,
  customProperties = defaultCustomProperties,
  subscriptions = [{ id: '9000001', name: 'Marketing Information', description: 'Marketing offers and updates.' }],
  limits = {},
  gdprEnabled = true,
}: {
  port?: number
  /** The private app token requests must carry (HUBSPOT_ACCESS_TOKEN on our side). */
  accessToken?: string
  /** Custom contact properties the portal has, besides HubSpot's standard ones; any other name is refused. */
  customProperties?: string[]
  /** The portal's subscription types (GET /communication-preferences/v3/definitions). */
  subscriptions?: StandInSubscriptionDefinition[]
  /** HubSpot's private app defaults unless given: 100 per rolling 10 s, and a large daily count. */
  limits?: Partial<RateLimits>
  /** A GDPR-enabled portal requires a legal basis and its explanation on subscribe/unsubscribe. */
  gdprEnabled?: boolean
} = {}): Promise<HubSpotStandIn> => {
  const knownProperties = new Set([...standardProperties, ...customProperties])
  const given = Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined))
  const meter = createRateLimitMeter({ limits: { perInterval: 100, intervalMs: 10_000, daily: 1_000_000, ...given } })
  const contacts = new Map<string, StandInContact>()
  const blocklist = new Set<string>()
  const statuses = new Map<string, Map<string, SubscriptionState>>()
  const log: LoggedRequest[] = []
  let nextId = 101
  let switches: HubSpotStandInSwitches = { revoked: false }

  const contactAnswer = (contact: StandInContact) => ({
    id: contact.id,
    properties: { ...contact.properties, createdate: contact.createdAt, lastmodifieddate: contact.updatedAt, hs_object_id: contact.id },
    createdAt: contact.createdAt,
    updatedAt: contact.updatedAt,
    archived: false,
  })

  /** Why HubSpot would refuse this one input, as one StandardError of a 207, or undefined when it is fine. */
  const inputProblem = ({ email, properties }: { email: string; properties: Record<string, unknown> }): Record<string, unknown> | undefined => {
    const invalid: Array<{ name: string; error: string; message: string }> = []
    if (!emailPattern.test(email)) invalid.push({ name: 'email', error: 'INVALID_EMAIL', message: `Email address ${email} is invalid` })
    for (const [name, value] of Object.entries(properties)) {
      if (readOnlyProperties.includes(name)) invalid.push({ name, error: 'READ_ONLY_VALUE', message: `${name} is a read only property; its value cannot be set.` })
      else if (!knownProperties.has(name)) invalid.push({ name, error: 'PROPERTY_DOESNT_EXIST', message: `Property "${name}" does not exist` })
      else if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') invalid.push({ name, error: 'INVALID_VALUE', message: `${JSON.stringify(value)} is not a valid value for ${name}` })
    }
    if (invalid.length === 0 && blocklist.has(email)) {
      // The address was GDPR-deleted: HubSpot keeps it out for good (the wording of this refusal is ours).
      invalid.push({ name: 'email', error: 'GDPR_BLOCKLISTED', message: `Email address ${email} was permanently deleted (GDPR delete) and cannot be used again` })
    }
    if (invalid.length === 0) return undefined
    const detail = JSON.stringify(invalid.map((p) => ({ isValid: false, message: p.message, error: p.error, name: p.name, localizedErrorMessage: p.message })))
    return {
      status: 'error',
      category: 'VALIDATION_ERROR',
      message: `Property values were not valid: ${detail}`,
      context: { ids: [email], propertyName: invalid.map((p) => p.name) },
      links: {},
      errors: invalid.map((p) => ({ message: p.message, code: p.error, context: { propertyName: [p.name] } })),
    }
  }

  const upsert = ({ raw }: { raw: string }): Answer => {
    const startedAt = new Date().toISOString()
    const parsed = parseJson(raw)
    if (!parsed.ok) return validation(`Invalid input JSON on line 1: ${parsed.message}`)
    const body = upsertBody.safeParse(parsed.value)
    if (!body.success) return validation(`Invalid input JSON: ${body.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
    const { inputs } = body.data
    if (inputs.length > maxBatchInputs) return validation(`The maximum number of inputs supported in a batch request is ${maxBatchInputs}. Please reduce the number of items and try again`, { context: { inputs: [String(inputs.length)] } })
    const emails = inputs.map((input) => input.id.trim().toLowerCase())
    const duplicates = [...new Set(emails.filter((email, i) => emails.indexOf(email) !== i))]
    if (duplicates.length > 0) return validation(`Duplicate IDs found in batch input: [${duplicates.join(', ')}]. IDs must be unique`)
    const other = inputs.find((input) => input.idProperty !== 'email')
    if (other) return validation(`Upsert is only supported by a unique property here (idProperty "email"), not ${JSON.stringify(other.idProperty ?? null)}`)

    const results: Array<Record<string, unknown>> = []
    const errors: Array<Record<string, unknown>> = []
    inputs.forEach((input, i) => {
      const email = emails[i]
      const problem = inputProblem({ email, properties: input.properties })
      if (problem) return void errors.push(problem)
      const now = new Date().toISOString()
      const values = Object.fromEntries(Object.entries(input.properties).map(([k, v]) => [k, v === null ? '' : String(v)]))
      const existing = contacts.get(email)
      if (existing) {
        Object.assign(existing.properties, values, { email })
        existing.updatedAt = now
        results.push({ ...contactAnswer(existing), new: false })
        return
      }
      const created: StandInContact = { id: String(nextId++), email, properties: { ...values, email }, createdAt: now, updatedAt: now }
      contacts.set(email, created)
      results.push({ ...contactAnswer(created), new: true })
    })
    const completedAt = new Date().toISOString()
    if (errors.length === 0) return json(200, { status: 'COMPLETE', results, startedAt, completedAt })
    return json(207, { status: 'COMPLETE', results, numErrors: errors.length, errors, startedAt, completedAt })
  }

  const gdprDelete = ({ raw }: { raw: string }): Answer => {
    const parsed = parseJson(raw)
    const body = parsed.ok ? gdprBody.safeParse(parsed.value) : undefined
    if (!body?.success) return validation('Invalid input JSON: objectId is required')
    const { objectId, idProperty } = body.data
    if (idProperty === 'email') {
      // HubSpot: an address with no contact is blocklisted all the same, and the answer is the same 204.
      const email = objectId.trim().toLowerCase()
      contacts.delete(email)
      statuses.delete(email)
      blocklist.add(email)
      return { status: 204 }
    }
    if (idProperty !== undefined && idProperty !== 'hs_object_id') return validation(`Property ${idProperty} is not a unique identifier property`)
    const contact = [...contacts.values()].find((c) => c.id === objectId)
    if (!contact) return json(404, hubSpotErrorBody({ message: `Object not found. objectId ${objectId} does not exist`, category: 'OBJECT_NOT_FOUND' }))
    contacts.delete(contact.email)
    statuses.delete(contact.email)
    blocklist.add(contact.email)
    return { status: 204 }
  }

  const statusOf = ({ email, definition }: { email: string; definition: StandInSubscriptionDefinition }) => {
    const state = statuses.get(email)?.get(definition.id)
    return {
      id: definition.id,
      name: definition.name,
      description: definition.description,
      status: state?.status ?? 'NOT_SUBSCRIBED',
      sourceOfStatus: 'SUBSCRIPTION_STATUS',
      ...(state?.legalBasis ? { legalBasis: state.legalBasis } : {}),
      ...(state?.legalBasisExplanation ? { legalBasisExplanation: state.legalBasisExplanation } : {}),
    }
  }

  const changeSubscription = ({ raw, to }: { raw: string; to: 'SUBSCRIBED' | 'NOT_SUBSCRIBED' }): Answer => {
    const parsed = parseJson(raw)
    if (!parsed.ok) return validation(`Invalid input JSON on line 1: ${parsed.message}`)
    const legalBasis = (parsed.value as { legalBasis?: unknown } | null)?.legalBasis
    if (legalBasis !== undefined && !legalBases.includes(legalBasis as (typeof legalBases)[number])) {
      return validation(`Invalid input JSON on line 1: Cannot deserialize value of type \`LegalBasis\` from String ${JSON.stringify(legalBasis)}: not one of the values accepted for Enum class: [${legalBases.join(', ')}]`)
    }
    const body = subscriptionBody.safeParse(parsed.value)
    if (!body.success) return validation(`Invalid input JSON: Cannot build PublicUpdateSubscriptionStatusRequest, some of required attributes are not set [${body.error.issues.map((i) => i.path.join('.')).join(', ')}]`)
    const { subscriptionId, legalBasisExplanation } = body.data
    const email = body.data.emailAddress.trim().toLowerCase()
    if (!emailPattern.test(email)) return validation(`${body.data.emailAddress} is not a valid email address`)
    if (gdprEnabled && (!body.data.legalBasis || !legalBasisExplanation)) return validation('Legal basis and legal basis explanation are required for portals with GDPR enabled')
    const definition = subscriptions.find((s) => s.id === subscriptionId)
    if (!definition) return validation(`Subscription ${subscriptionId} does not exist`)
    if (blocklist.has(email)) return validation(`${email} was permanently deleted (GDPR delete) and cannot be subscribed`)
    const byAddress = statuses.get(email) ?? new Map<string, SubscriptionState>()
    const current = byAddress.get(subscriptionId)
    if (to === 'SUBSCRIBED' && current?.status === 'SUBSCRIBED') return validation(`${email} is already subscribed to subscription ${subscriptionId}`)
    // v3 never resubscribes an address that opted out: only the contact can, through HubSpot's own preference page.
    if (to === 'SUBSCRIBED' && current?.status === 'NOT_SUBSCRIBED') return validation(`${email} has opted out of subscription ${subscriptionId} and cannot be resubscribed through this API`)
    if (to === 'NOT_SUBSCRIBED' && current?.status === 'NOT_SUBSCRIBED') return validation(`${email} is already unsubscribed from subscription ${subscriptionId}`)
    byAddress.set(subscriptionId, { status: to, legalBasis: body.data.legalBasis, legalBasisExplanation, updatedAt: new Date().toISOString() })
    statuses.set(email, byAddress)
    return json(200, statusOf({ email, definition }))
  }

  const route = ({ method, path, raw }: { method: string; path: string; raw: string }): Answer => {
    if (path === '/crm/v3/objects/contacts/batch/upsert' && method === 'POST') return upsert({ raw })
    if (path === '/crm/v3/objects/contacts/gdpr-delete' && method === 'POST') return gdprDelete({ raw })
    if (path === '/communication-preferences/v3/subscribe' && method === 'POST') return changeSubscription({ raw, to: 'SUBSCRIBED' })
    if (path === '/communication-preferences/v3/unsubscribe' && method === 'POST') return changeSubscription({ raw, to: 'NOT_SUBSCRIBED' })
    if (path === '/communication-preferences/v3/definitions' && method === 'GET') {
      const at = new Date(0).toISOString()
      return json(200, {
        subscriptionDefinitions: subscriptions.map((s) => ({ ...s, purpose: 'Marketing', communicationMethod: 'Email', isActive: true, isDefault: false, isInternal: false, createdAt: at, updatedAt: at })),
      })
    }
    const statusPath = /^\/communication-preferences\/v3\/status\/email\/([^/]+)$/.exec(path)
    if (statusPath && method === 'GET') {
      const email = decodeURIComponent(statusPath[1]).trim().toLowerCase()
      return json(200, { recipient: email, subscriptionStatuses: subscriptions.map((definition) => statusOf({ email, definition })) })
    }
    return json(404, hubSpotErrorBody({ message: `No route for ${method} ${path}`, category: 'OBJECT_NOT_FOUND' }))
  }

  /** One HubSpot request: outage, token, storm, limits, then the route, in the order HubSpot's edge would meet them. */
  const serve = ({ method, path, headers, raw }: { method: string; path: string; headers: http.IncomingHttpHeaders; raw: string }): Answer => {
    const { fail } = switches
    if (fail) {
      if (fail.remaining !== undefined && --fail.remaining <= 0) switches.fail = undefined
      return json(fail.status, hubSpotErrorBody({ message: 'internal error', category: 'INTERNAL_ERROR' }))
    }
    const presented = /^Bearer (\S+)$/i.exec(headers.authorization ?? '')?.[1]
    if (!presented || presented !== accessToken || switches.revoked) return json(401, hubSpotErrorBody({ message: authMessage, category: 'INVALID_AUTHENTICATION' }))
    const verdict = meter.take({ token: presented })
    const rateLimited = (policyName: 'TEN_SECONDLY_ROLLING' | 'DAILY') =>
      json(
        429,
        {
          status: 'error',
          message: `You have reached your ${policyName.toLowerCase()} limit.`,
          errorType: 'RATE_LIMIT',
          correlationId: randomUUID(),
          policyName,
          groupName: policyName === 'DAILY' ? 'private-apps-api-calls-daily' : 'private-apps-api-calls-ten-secondly',
        },
        verdict.headers,
      )
    const { storm } = switches
    if (storm) {
      // Spread evenly and deterministically: with share 0.5 every second request is refused, so tests can count.
      const hit = Math.floor((storm.seen + 1) * storm.share) > Math.floor(storm.seen * storm.share)
      storm.seen++
      if (hit) {
        if (storm.remaining !== undefined && --storm.remaining <= 0) switches.storm = undefined
        return rateLimited(storm.policyName)
      }
    }
    if (verdict.exceeded) return rateLimited(verdict.exceeded)
    const answer = route({ method, path, raw })
    return { ...answer, headers: { ...verdict.headers, ...answer.headers } }
  }

  const control = ({ method, path, raw }: { method: string; path: string; raw: string }): Answer => {
    const parsed = parseJson(raw || '{}')
    const body = parsed.ok ? parsed.value : undefined
    const bad = (error: z.ZodError) => json(400, { error: 'invalid_control', fields: error.issues.map((issue) => issue.path.join('.')) })
    if (method === 'GET' && path === '/_control/log') return json(200, { requests: log })
    if (method === 'GET' && path === '/_control/state') {
      return json(200, {
        contacts: [...contacts.values()],
        blocklist: [...blocklist],
        subscriptions: Object.fromEntries([...statuses].map(([email, byId]) => [email, Object.fromEntries(byId)])),
        switches,
        limits: meter.limits(),
      })
    }
    if (method !== 'POST') return json(405, { error: 'method_not_allowed' })
    const name = path.slice('/_control/'.length)
    if (name === 'reset') {
      contacts.clear()
      blocklist.clear()
      statuses.clear()
      log.length = 0
      meter.reset()
      switches = { revoked: false }
      return { status: 204 }
    }
    if (name === 'restore') {
      switches = { revoked: switches.revoked }
      return { status: 204 }
    }
    if (name === 'revoke') {
      switches.revoked = true
      return { status: 204 }
    }
    if (name === 'fail' || name === 'slow' || name === 'storm' || name === 'limits') {
      const result = controlSchemas[name].safeParse(body)
      if (!result.success) return bad(result.error)
      if (name === 'fail') {
        const { status, requests } = result.data as z.output<typeof controlSchemas.fail>
        switches.fail = { status, remaining: requests }
      }
      if (name === 'slow') {
        const { delayMs, requests } = result.data as z.output<typeof controlSchemas.slow>
        switches.slow = { delayMs, remaining: requests }
      }
      if (name === 'storm') {
        const { share, policyName, requests } = result.data as z.output<typeof controlSchemas.storm>
        switches.storm = { share, policyName, remaining: requests, seen: 0 }
      }
      if (name === 'limits') meter.setLimits(result.data as z.output<typeof controlSchemas.limits>)
      return { status: 204 }
    }
    return json(404, { error: 'not_found' })
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const method = req.method ?? 'GET'
      const path = new URL(req.url ?? '/', 'http://stand-in').pathname
      const raw = await readBody(req)
      let answer: Answer
      let delayMs = 0
      if (path.startsWith('/_control/')) {
        answer = raw === undefined ? json(413, { error: 'body_too_large' }) : control({ method, path, raw })
      } else {
        answer = raw === undefined ? json(413, hubSpotErrorBody({ message: 'Request body too large', category: 'VALIDATION_ERROR' })) : serve({ method, path, headers: req.headers, raw })
        const { slow } = switches
        if (slow) {
          delayMs = slow.delayMs
          if (slow.remaining !== undefined && --slow.remaining <= 0) switches.slow = undefined
        }
        const correlationId = (answer.body as { correlationId?: string } | undefined)?.correlationId ?? randomUUID()
        answer = { ...answer, headers: { ...answer.headers, 'x-hubspot-correlation-id': correlationId } }
        log.push({ at: new Date().toISOString(), method, path, emails: emailsOf({ path, raw: raw ?? '' }), status: answer.status, correlationId })
      }
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
      if (res.destroyed) return
      const { status, body, headers } = answer
      res.writeHead(status, { ...(body === undefined ? {} : { 'content-type': 'application/json;charset=utf-8' }), ...headers })
      res.end(body === undefined ? undefined : JSON.stringify(body))
    })().catch((error: unknown) => {
      if (res.headersSent) return void res.destroy()
      res.writeHead(500, { 'content-type': 'application/json;charset=utf-8' })
      res.end(JSON.stringify(hubSpotErrorBody({ message: String(error), category: 'INTERNAL_ERROR' })))
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    accessToken,
    contacts: () => [...contacts.values()],
    log: () => [...log],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
