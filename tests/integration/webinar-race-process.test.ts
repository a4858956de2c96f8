/**
 * The seat race against the running server (a real process, real HTTP, one SQLite file): 500 people post the
 * registration form of a 50-seat webinar at the same moment, each from their own address behind the proxy. Exactly
 * 50 end confirmed and 450 waitlisted, every answer is the "check your inbox" redirect, and nobody holds two seats.
 * And the private links of a webinar reach nobody outside the CMS: not the public REST API, GraphQL or the page.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createFormStamp } from '../../cms/contacts/form-stamp'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { requireBuild } from '../support/require-build'
import { startServerProcess, type ServerProcess } from '../support/start-server-process'
import { tempDir } from '../support/temp-dir'

const people = 500
const seats = 50
const dataDir = tempDir({ prefix: 'webinar-race' })
let cms: TestCms
let payload: Payload
let server: ServerProcess

beforeAll(async () => {
  requireBuild()
  cms = await createTestCms({ dataDir })
  payload = cms.payload
  server = await startServerProcess({
    env: {
      DATA_DIR: dataDir,
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
      // Mails stay queued: the race is about seats.
      JOBS_ENABLED: 'false',
      // Behind a proxy, so each person is their own client (the proxy appends the address it saw).
      TRUST_PROXY: 'true',
      RATE_LIMIT_WRITES_PER_MINUTE: '100000',
    },
  })
}, 120_000)
afterAll(async () => {
  await server?.stop('SIGKILL')
  await cms?.close()
})

describe('the seat race', () => {
  it(`ends with exactly ${seats} confirmed and ${people - seats} waitlisted when ${people} register at once, with no error answer`, async () => {
    const webinar = await payload.create({
      collection: 'webinars',
      data: { title: 'Race', slug: 'race', start: new Date(Date.now() + 7 * 24 * 3_600_000).toISOString(), durationMinutes: 60, language: 'nl', capacity: seats, joinUrl: 'https://meet.example.com/race', status: 'scheduled', _status: 'published' },
      overrideAccess: true,
    })
    // Stamps a person without JavaScript would have: signed, and older than the 3 s a human needs.
    const bodies = Array.from({ length: people }, (_, i) =>
      new URLSearchParams({ name: `Racer ${i}`, email: `racer-${i}@example.com`, profession: 'therapist', locale: 'nl', stamp: createFormStamp({ secret: payload.secret, now: new Date(Date.now() - 5_000) }) }),
    )
    const answers = await Promise.all(
      bodies.map((body, i) =>
        fetch(`${server.url}/nl/webinars/race`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url, 'x-forwarded-for': `10.${Math.floor(i / 250)}.${i % 250}.1` },
          body,
        }).then((r) => ({ status: r.status, location: r.headers.get('location') })),
      ),
    )
    const statuses = answers.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {})
    expect(statuses).toEqual({ 303: people })
    expect(new Set(answers.map((a) => a.location))).toEqual(new Set(['/nl/webinars/race?sent=1']))
    const count = async (status: string) => (await payload.count({ collection: 'webinar-registrations', where: { and: [{ webinar: { equals: webinar.id } }, { status: { equals: status } }] }, overrideAccess: true })).totalDocs
    expect(await count('confirmed')).toBe(seats)
    expect(await count('waitlisted')).toBe(people - seats)
    const held = await payload.find({ collection: 'webinar-registrations', where: { and: [{ webinar: { equals: webinar.id } }, { status: { equals: 'confirmed' } }] }, pagination: false, limit: 0, overrideAccess: true, select: { seatKey: true } })
    expect(new Set(held.docs.map((d) => d.seatKey)).size).toBe(seats)
  }, 180_000)

  it('never gives the join or replay link to the public: REST, GraphQL and the page', async () => {
    await payload.create({
      collection: 'webinars',
      data: { title: 'Private links', slug: 'private-links', start: new Date(Date.now() + 7 * 24 * 3_600_000).toISOString(), durationMinutes: 60, language: 'nl', joinUrl: 'https://meet.example.com/join-secret', replayUrl: 'https://video.example.com/replay-secret', status: 'scheduled', _status: 'published' },
      overrideAccess: true,
    })
    const rest = await (await fetch(`${server.url}/api/webinars?where[slug][equals]=private-links&depth=0`)).json()
    expect(rest.docs).toHaveLength(1)
    expect(rest.docs[0].title).toBe('Private links')
    const graphql = await (
      await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ Webinars(where: { slug: { equals: "private-links" } }) { docs { title joinUrl replayUrl } } }' }) })
    ).json()
    expect(graphql.data.Webinars.docs).toEqual([{ title: 'Private links', joinUrl: null, replayUrl: null }])
    const page = await (await fetch(`${server.url}/nl/webinars/private-links`)).text()
    expect(page).toContain('Private links')
    for (const body of [JSON.stringify(rest), JSON.stringify(graphql), page]) {
      expect(body).not.toContain('join-secret')
      expect(body).not.toContain('replay-secret')
    }
    // Filtering on them would be an oracle (guess the link a letter at a time): refused, not answered.
    for (const field of ['joinUrl', 'replayUrl']) {
      const probe = await fetch(`${server.url}/api/webinars?where[${field}][like]=secret`)
      const answer = (await probe.json()) as { docs?: unknown[] }
      expect(probe.status >= 400 || answer.docs?.length === 0, `${field} filter: ${probe.status} ${JSON.stringify(answer).slice(0, 200)}`).toBe(true)
    }
  })
})
