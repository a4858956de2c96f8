import { Client } from '@hubspot/api-client'
import type { PublicUpdateSubscriptionStatusRequest } from '@hubspot/api-client/lib/codegen/communication_preferences'
import type { BatchResponseSimplePublicUpsertObjectWithErrors } from '@hubspot/api-client/lib/codegen/crm/contacts'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startHubSpotStandInProcess, type HubSpotStandInProcess } from '../support/start-hubspot-stand-in-process'

/**
 * The HubSpot stand-in, as its own process, driven by HubSpot's own client (`@hubspot/api-client`, retries off so each
 * call is one request): what the sync will meet there must be what it meets at HubSpot, answers and refusals alike.
 */
let hubspot: HubSpotStandInProcess
let client: Client
beforeAll(async () => {
  hubspot = await startHubSpotStandInProcess()
  client = new Client({ accessToken: hubspot.accessToken, basePath: hubspot.url, numberOfApiCallRetries: 0 })
})
afterAll(async () => {
  await hubspot?.stop()
})
beforeEach(async () => {
  await hubspot.control('reset')
})

/** What the client throws for a non-2xx answer (its ApiException): the status, the parsed body, the headers. */
type ApiError = { code: number; body: Record<string, unknown>; headers: Record<string, string> }
const failure = async (call: Promise<unknown>): Promise<ApiError> => {
  try {
    await call
  } catch (error) {
    return error as ApiError
  }
  throw new Error('the call succeeded')
}

const input = (email: string, properties: Record<string, string> = {}) => ({ idProperty: 'email', id: email, properties })
const upsert = (...inputs: Array<ReturnType<typeof input>>) => client.crm.contacts.batchApi.upsertWithHttpInfo({ inputs })
const consent = { subscriptionId: '9000001', legalBasis: 'CONSENT_WITH_NOTICE', legalBasisExplanation: 'Ticked the newsletter box on /en/webinars (policy v3).' } as const
const subscription = (emailAddress: string, overrides: Record<string, string> = {}) => ({ emailAddress, ...consent, ...overrides }) as PublicUpdateSubscriptionStatusRequest

describe('the HubSpot stand-in: contacts', () => {
  it('creates a contact keyed by lower-cased email (new: true), then updates the same one (new: false, never a second)', async () => {
    const first = await upsert(input('Ann.Peeters@Example.com', { firstname: 'Ann', myplugin_lead_source: 'webinar' }))
    expect(first.httpStatusCode).toBe(200)
    expect(first.data).toMatchObject({ status: 'COMPLETE', results: [{ _new: true, archived: false, properties: { email: 'ann.peeters@example.com', firstname: 'Ann', myplugin_lead_source: 'webinar' } }] })
    expect(first.data.startedAt).toBeInstanceOf(Date)
    const id = first.data.results[0].id

    const second = await upsert(input('ann.peeters@example.com', { lastname: 'Peeters', lifecyclestage: 'lead' }))
    expect(second.httpStatusCode).toBe(200)
    expect(second.data.results).toEqual([
      expect.objectContaining({ id, _new: false, properties: expect.objectContaining({ firstname: 'Ann', lastname: 'Peeters', lifecyclestage: 'lead', hs_object_id: id }) }),
    ])
    const { contacts } = await hubspot.state()
    expect(contacts).toHaveLength(1)
    expect(contacts[0]).toMatchObject({ id, email: 'ann.peeters@example.com' })
  })

  it('refuses more than 100 inputs as a whole (400 VALIDATION_ERROR) and keeps none; takes exactly 100', async () => {
    const inputs = Array.from({ length: 101 }, (_, i) => input(`lead${i}@example.com`))
    const refused = await failure(upsert(...inputs))
    expect(refused.code).toBe(400)
    expect(refused.body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR', correlationId: expect.any(String) })
    expect((await hubspot.state()).contacts).toHaveLength(0)
    const taken = await upsert(...inputs.slice(0, 100))
    expect(taken.data.results).toHaveLength(100)
  })

  it('answers 207 when some inputs are refused: the client resolves (no throw) with results for the good ones plus numErrors and errors', async () => {
    const answer = await upsert(input('good@example.com', { firstname: 'Good' }), input('not-an-address', { firstname: 'Bad' }), input('other@example.com', { myplugin_favourite_colour: 'blue' }))
    expect(answer.httpStatusCode).toBe(207)
    const data = answer.data as BatchResponseSimplePublicUpsertObjectWithErrors
    expect(data.status).toBe('COMPLETE')
    expect(data.results.map((r) => r.properties.email)).toEqual(['good@example.com'])
    expect(data.numErrors).toBe(2)
    expect(data.errors).toEqual([
      expect.objectContaining({ status: 'error', category: 'VALIDATION_ERROR', context: expect.objectContaining({ ids: ['not-an-address'] }), errors: [expect.objectContaining({ code: 'INVALID_EMAIL' })] }),
      expect.objectContaining({ status: 'error', category: 'VALIDATION_ERROR', context: expect.objectContaining({ ids: ['other@example.com'] }), errors: [expect.objectContaining({ code: 'PROPERTY_DOESNT_EXIST' })] }),
    ])
    expect(data.errors?.[1].message).toContain('PROPERTY_DOESNT_EXIST')
    // The plain `upsert` gives the same body: a caller that never looks at numErrors would miss the refused inputs.
    expect(await client.crm.contacts.batchApi.upsert({ inputs: [input('x@example.com', { nope: '1' })] })).toMatchObject({ results: [], numErrors: 1 })
    expect((await hubspot.state()).contacts.map((c) => c.email)).toEqual(['good@example.com'])
  })

  it('GDPR delete removes the contact (204) and blocklists the address: a later upsert of it is refused in a 207', async () => {
    await upsert(input('gone@example.com', { firstname: 'Gone' }))
    await client.communicationPreferences.statusApi.subscribe(subscription('gone@example.com'))
    expect((await client.crm.contacts.basicApi.purgeWithHttpInfo({ idProperty: 'email', objectId: 'Gone@Example.com' })).httpStatusCode).toBe(204)
    const state = await hubspot.state()
    expect(state.contacts).toEqual([])
    expect(state.blocklist).toEqual(['gone@example.com'])
    expect(state.subscriptions).toEqual({})

    const again = await upsert(input('gone@example.com', { firstname: 'Back' }), input('kept@example.com'))
    expect(again.httpStatusCode).toBe(207)
    expect(again.data).toMatchObject({ numErrors: 1, errors: [{ context: { ids: ['gone@example.com'] }, errors: [{ code: 'GDPR_BLOCKLISTED' }] }] })
    expect((await hubspot.state()).contacts.map((c) => c.email)).toEqual(['kept@example.com'])
    expect((await failure(client.communicationPreferences.statusApi.subscribe(subscription('gone@example.com')))).code).toBe(400)
  })

  it('GDPR delete of an address with no contact still answers 204 and blocklists it; by an unknown record id it is 404 OBJECT_NOT_FOUND', async () => {
    await client.crm.contacts.basicApi.purge({ idProperty: 'email', objectId: 'never-seen@example.com' })
    expect((await hubspot.state()).blocklist).toEqual(['never-seen@example.com'])
    const missing = await failure(client.crm.contacts.basicApi.purge({ objectId: '987654' }))
    expect(missing.code).toBe(404)
    expect(missing.body).toMatchObject({ status: 'error', category: 'OBJECT_NOT_FOUND' })
    const { data } = await upsert(input('by-id@example.com'))
    await client.crm.contacts.basicApi.purge({ objectId: data.results[0].id })
    expect((await hubspot.state()).blocklist).toContain('by-id@example.com')
  })
})

describe('the HubSpot stand-in: communication preferences v3', () => {
  it('lists the subscription definitions', async () => {
    const { subscriptionDefinitions } = await client.communicationPreferences.definitionApi.getPage()
    expect(subscriptionDefinitions).toEqual([expect.objectContaining({ id: '9000001', name: 'Marketing Information', isActive: true })])
  })

  it('subscribes with a legal basis, refuses a second subscribe (400), unsubscribes, refuses a second unsubscribe and a resubscribe (400)', async () => {
    const subscribed = await client.communicationPreferences.statusApi.subscribe(subscription('Lea@Example.com'))
    expect(subscribed).toMatchObject({ id: '9000001', name: 'Marketing Information', status: 'SUBSCRIBED', sourceOfStatus: 'SUBSCRIPTION_STATUS', legalBasis: 'CONSENT_WITH_NOTICE', legalBasisExplanation: consent.legalBasisExplanation })
    const twice = await failure(client.communicationPreferences.statusApi.subscribe(subscription('lea@example.com')))
    expect(twice.code).toBe(400)
    expect(twice.body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' })

    const status = await client.communicationPreferences.statusApi.getEmailStatus('lea@example.com')
    expect(status).toMatchObject({ recipient: 'lea@example.com', subscriptionStatuses: [{ id: '9000001', status: 'SUBSCRIBED', legalBasis: 'CONSENT_WITH_NOTICE' }] })

    const unsubscribed = await client.communicationPreferences.statusApi.unsubscribe(subscription('lea@example.com', { legalBasisExplanation: 'Clicked unsubscribe in our mail.' }))
    expect(unsubscribed).toMatchObject({ status: 'NOT_SUBSCRIBED', legalBasisExplanation: 'Clicked unsubscribe in our mail.' })
    expect((await failure(client.communicationPreferences.statusApi.unsubscribe(subscription('lea@example.com')))).code).toBe(400)
    expect((await failure(client.communicationPreferences.statusApi.subscribe(subscription('lea@example.com')))).code).toBe(400)
    expect((await client.communicationPreferences.statusApi.getEmailStatus('someone-else@example.com')).subscriptionStatuses[0].status).toBe('NOT_SUBSCRIBED')
  })

  it('refuses a legal basis HubSpot does not know, a missing one (GDPR portal), and an unknown subscription (400)', async () => {
    const bogus = await failure(client.communicationPreferences.statusApi.subscribe(subscription('x@example.com', { legalBasis: 'BECAUSE_WE_CAN' })))
    expect(bogus.code).toBe(400)
    expect(bogus.body.message).toContain('BECAUSE_WE_CAN')
    const missing = await failure(client.communicationPreferences.statusApi.subscribe({ emailAddress: 'x@example.com', subscriptionId: '9000001' }))
    expect(missing.code).toBe(400)
    expect((await failure(client.communicationPreferences.statusApi.subscribe(subscription('x@example.com', { subscriptionId: '1' })))).code).toBe(400)
    expect((await hubspot.state()).subscriptions).toEqual({})
  })
})

describe('the HubSpot stand-in: authentication and limits', () => {
  it('answers 401 INVALID_AUTHENTICATION to another token and to none, before anything else', async () => {
    const stranger = new Client({ accessToken: 'pat-eu1-00000000-0000-0000-0000-000000000000', basePath: hubspot.url, numberOfApiCallRetries: 0 })
    const refused = await failure(stranger.crm.contacts.batchApi.upsert({ inputs: [input('intruder@example.com')] }))
    expect(refused.code).toBe(401)
    expect(refused.body).toEqual({ status: 'error', message: expect.stringMatching(/^Authentication credentials not found\./), correlationId: expect.any(String), category: 'INVALID_AUTHENTICATION' })
    const bare = await fetch(`${hubspot.url}/communication-preferences/v3/definitions`)
    expect(bare.status).toBe(401)
    expect(await bare.json()).toMatchObject({ category: 'INVALID_AUTHENTICATION' })
    expect((await hubspot.state()).contacts).toEqual([])
  })

  it('after the configured number of requests in the rolling window answers 429 TEN_SECONDLY_ROLLING with the rate-limit headers; a separate process started with a small limit', async () => {
    const small = await startHubSpotStandInProcess({ env: { HUBSPOT_STAND_IN_TEN_SECONDLY_LIMIT: '5', HUBSPOT_STAND_IN_DAILY_LIMIT: '1000' } })
    try {
      const limited = new Client({ accessToken: small.accessToken, basePath: small.url, numberOfApiCallRetries: 0 })
      const remaining: string[] = []
      for (let i = 0; i < 5; i++) remaining.push((await limited.communicationPreferences.definitionApi.getPageWithHttpInfo()).headers['x-hubspot-ratelimit-remaining'])
      expect(remaining).toEqual(['4', '3', '2', '1', '0'])
      const over = await failure(limited.communicationPreferences.definitionApi.getPage())
      expect(over.code).toBe(429)
      expect(over.body).toEqual({ status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', correlationId: expect.any(String), policyName: 'TEN_SECONDLY_ROLLING', groupName: expect.any(String) })
      expect(over.headers).toMatchObject({ 'x-hubspot-ratelimit-max': '5', 'x-hubspot-ratelimit-remaining': '0', 'x-hubspot-ratelimit-interval-milliseconds': '10000', 'x-hubspot-ratelimit-daily': '1000', 'x-hubspot-ratelimit-daily-remaining': '995' })
    } finally {
      await small.stop()
    }
  })

  it('the window rolls (a short one set over the control API) and the daily limit answers 429 DAILY', async () => {
    await hubspot.control('limits', { perInterval: 2, intervalMs: 300 })
    await client.communicationPreferences.definitionApi.getPage()
    await client.communicationPreferences.definitionApi.getPage()
    expect((await failure(client.communicationPreferences.definitionApi.getPage())).code).toBe(429)
    await new Promise((resolve) => setTimeout(resolve, 350))
    await client.communicationPreferences.definitionApi.getPage()

    await hubspot.control('limits', { perInterval: 100, daily: 4 })
    await client.communicationPreferences.definitionApi.getPage()
    const daily = await failure(client.communicationPreferences.definitionApi.getPage())
    expect(daily.code).toBe(429)
    expect(daily.body).toMatchObject({ policyName: 'DAILY', message: 'You have reached your daily limit.', errorType: 'RATE_LIMIT' })
    expect(daily.headers['x-hubspot-ratelimit-daily-remaining']).toBe('0')
  })
})

describe('the HubSpot stand-in: switches', () => {
  it('fail: every request gets the 5xx (the token is not even looked at) until restored; `requests` limits it to the next N', async () => {
    await hubspot.control('fail', { status: 502 })
    expect((await failure(upsert(input('a@example.com')))).code).toBe(502)
    expect((await failure(client.communicationPreferences.definitionApi.getPage())).code).toBe(502)
    expect((await fetch(`${hubspot.url}/communication-preferences/v3/definitions`)).status).toBe(502)
    await hubspot.control('restore')
    expect((await upsert(input('a@example.com'))).httpStatusCode).toBe(200)
    await hubspot.control('fail', { status: 500, requests: 1 })
    expect((await failure(client.communicationPreferences.definitionApi.getPage())).code).toBe(500)
    await client.communicationPreferences.definitionApi.getPage()
  })

  it('slow: the request is handled at once but answered after the delay (≥ 2 s measured)', async () => {
    await hubspot.control('slow', { delayMs: 2000, requests: 1 })
    const started = performance.now()
    const answer = await upsert(input('slow@example.com'))
    expect(performance.now() - started).toBeGreaterThanOrEqual(2000)
    expect(answer.httpStatusCode).toBe(200)
    const quick = performance.now()
    await client.communicationPreferences.definitionApi.getPage()
    expect(performance.now() - quick).toBeLessThan(1500)
  })

  it('storm: 429 with policyName to all, or to an even share, of the requests', async () => {
    await hubspot.control('storm', {})
    const stormed = await failure(upsert(input('storm@example.com')))
    expect(stormed.code).toBe(429)
    expect(stormed.body).toMatchObject({ errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' })
    await hubspot.control('storm', { share: 0.5 })
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${hubspot.url}/communication-preferences/v3/definitions`, { headers: { authorization: `Bearer ${hubspot.accessToken}` } })).status)
    expect(statuses).toEqual([200, 429, 200, 429])
    await hubspot.control('storm', { policyName: 'DAILY', requests: 1 })
    expect((await failure(client.communicationPreferences.definitionApi.getPage())).body).toMatchObject({ policyName: 'DAILY' })
    await client.communicationPreferences.definitionApi.getPage()
    expect((await hubspot.state()).contacts).toEqual([])
  })

  it('revoke: the token answers 401 from then on, even after restore; reset brings it back', async () => {
    await upsert(input('before@example.com'))
    await hubspot.control('revoke')
    expect((await failure(upsert(input('after@example.com')))).code).toBe(401)
    await hubspot.control('restore')
    expect((await failure(client.communicationPreferences.definitionApi.getPage())).code).toBe(401)
    await hubspot.control('reset')
    expect((await upsert(input('after@example.com'))).httpStatusCode).toBe(200)
  })

  it('refuses a malformed switch (400) and an unknown one (404)', async () => {
    expect((await hubspot.control('fail', { status: 418 })).status).toBe(400)
    expect((await hubspot.control('slow', {})).status).toBe(400)
    expect((await hubspot.control('explode')).status).toBe(404)
  })
})

describe('the HubSpot stand-in: request log', () => {
  it('records every HubSpot request in order: method, path, the addresses it concerned, the status answered, the time', async () => {
    const before = Date.now()
    await upsert(input('Log.One@example.com', { firstname: 'One' }), input('log.two@example.com'))
    await client.communicationPreferences.statusApi.subscribe(subscription('log.one@example.com'))
    await client.communicationPreferences.statusApi.getEmailStatus('log.two@example.com')
    await failure(new Client({ accessToken: 'pat-eu1-wrong', basePath: hubspot.url, numberOfApiCallRetries: 0 }).crm.contacts.batchApi.upsert({ inputs: [input('sneaky@example.com')] }))
    await client.crm.contacts.basicApi.purge({ idProperty: 'email', objectId: 'log.two@example.com' })
    await hubspot.control('fail', { requests: 1 })
    await failure(upsert(input('during-outage@example.com')))

    const log = await hubspot.log()
    expect(log.map(({ method, path, emails, status }) => ({ method, path, emails, status }))).toEqual([
      { method: 'POST', path: '/crm/v3/objects/contacts/batch/upsert', emails: ['log.one@example.com', 'log.two@example.com'], status: 200 },
      { method: 'POST', path: '/communication-preferences/v3/subscribe', emails: ['log.one@example.com'], status: 200 },
      { method: 'GET', path: '/communication-preferences/v3/status/email/log.two%40example.com', emails: ['log.two@example.com'], status: 200 },
      { method: 'POST', path: '/crm/v3/objects/contacts/batch/upsert', emails: ['sneaky@example.com'], status: 401 },
      { method: 'POST', path: '/crm/v3/objects/contacts/gdpr-delete', emails: ['log.two@example.com'], status: 204 },
      { method: 'POST', path: '/crm/v3/objects/contacts/batch/upsert', emails: ['during-outage@example.com'], status: 503 },
    ])
    for (const entry of log) {
      expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(before - 1000)
      expect(entry.correlationId).toMatch(/^[0-9a-f-]{36}$/)
    }
    // A test of the sync asks the log this question: did an address without consent ever reach HubSpot?
    expect(log.some((entry) => entry.emails.includes('nobody-consented@example.com'))).toBe(false)
    await hubspot.control('reset')
    expect(await hubspot.log()).toEqual([])
  })
})
