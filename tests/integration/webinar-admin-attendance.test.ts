/**
 * Attendance import (POST /api/webinars/:id/attendance-import) on a real Payload and SQLite file: a report per row
 * (marked, already marked, unmarked, unknown address, not registered, bad row with its reason), Excel's `;` and
 * quoted cells, header names in nl/fr/en, a BOM accepted, and a file that cannot be read as a whole (not UTF-8, a
 * quote never closed, no e-mail column, too large) refused with nothing changed.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { registerForWebinar, type RegistrationRequest } from '../../cms/webinars'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { callApi, createStaff, type Staff } from '../support/webinar-admin-fixtures'

let cms: TestCms
let payload: Payload
let staff: Staff
let webinarId: number | string

const person = (i: string): RegistrationRequest => ({ email: `att-${i}@example.com`, name: `Att ${i}`, profession: 'psychologist', locale: 'fr', answers: [], newsletter: false, crm: false })

beforeAll(async () => {
  delete process.env.RESEND_API_KEY
  cms = await createTestCms()
  payload = cms.payload
  staff = await createStaff({ payload, prefix: 'att' })
  const create = (slug: string) =>
    payload.create({
      collection: 'webinars',
      data: { title: `Webinaire ${slug}`, slug, start: new Date(Date.now() + 3 * 24 * 3_600_000).toISOString(), durationMinutes: 60, language: 'fr', joinUrl: 'https://meet.example.com/room', status: 'scheduled', _status: 'published' },
      overrideAccess: true,
    })
  webinarId = (await create('present')).id
  const other = await create('autre')
  for (const i of ['a', 'b', 'c', 'd']) await registerForWebinar({ payload, webinarId, request: person(i) })
  // Known to the CMS (a contact) but registered for another webinar only.
  await registerForWebinar({ payload, webinarId: other.id, request: person('elsewhere') })
}, 120_000)
afterAll(async () => {
  await cms?.close()
})

const upload = (body: BodyInit, token = staff.marketer) => callApi({ payload, path: `/api/webinars/${webinarId}/attendance-import`, method: 'POST', token, body, contentType: 'text/csv' })
const attended = async () =>
  (await payload.find({ collection: 'webinar-registrations', where: { and: [{ webinar: { equals: webinarId } }, { attended: { equals: true } }] }, pagination: false, limit: 0, depth: 1, overrideAccess: true })).docs
    .map((r) => (typeof r.contact === 'object' ? r.contact.email : ''))
    .sort()

describe('attendance import', () => {
  it('marks people from an Excel file (BOM, `;`, quoted cells, French headers) and reports every row', async () => {
    const file = [
      '\uFEFF"Nom";"Adresse e-mail";"Présent"',
      '"Att A";"ATT-A@example.com";"oui"',
      '"Dupont; Jean";att-b@example.com;1',
      'Nobody;nobody@example.com;oui',
      'Elsewhere;att-elsewhere@example.com;oui',
      'Typo;not-an-address;oui',
      'Maybe;att-c@example.com;peut-être',
      'Empty;;oui',
      ';;',
      'Again;att-a@example.com;ja',
      'No column;att-d@example.com',
    ].join('\r\n')
    const res = await upload(new TextEncoder().encode(file))
    expect(res.status).toBe(200)
    const report = (await res.json()) as { rows: { row: number; outcome: string; reason?: string }[]; totals: Record<string, number> }
    expect(report.rows.map(({ row, outcome, reason }) => ({ row, outcome, ...(reason ? { reason } : {}) }))).toEqual([
      { row: 2, outcome: 'marked' },
      { row: 3, outcome: 'marked' },
      { row: 4, outcome: 'unknown-address' },
      { row: 5, outcome: 'not-registered' },
      { row: 6, outcome: 'bad-row', reason: 'not an e-mail address' },
      { row: 7, outcome: 'bad-row', reason: 'attended must be yes or no, not "peut-être"' },
      { row: 8, outcome: 'bad-row', reason: 'no e-mail address' },
      { row: 10, outcome: 'bad-row', reason: 'same address as row 2' },
      // A short row has no attended cell: yes, the default.
      { row: 11, outcome: 'marked' },
    ])
    expect(report.totals).toMatchObject({ marked: 3, 'unknown-address': 1, 'not-registered': 1, 'bad-row': 4 })
    expect(await attended()).toEqual(['att-a@example.com', 'att-b@example.com', 'att-d@example.com'])
  })

  it('says already marked on a second import, and unmarks with "no"; English headers and commas', async () => {
    const res = await upload('email,attended\natt-a@example.com,yes\natt-b@example.com,no\n')
    const report = (await res.json()) as { rows: { outcome: string }[] }
    expect(report.rows.map((r) => r.outcome)).toEqual(['already-marked', 'unmarked'])
    expect(await attended()).toEqual(['att-a@example.com', 'att-d@example.com'])
  })

  it('takes a Dutch one-column file: everyone in it attended', async () => {
    const res = await upload('E-mailadres\r\natt-c@example.com\r\n')
    expect((await res.json()) as unknown).toMatchObject({ rows: [{ row: 2, outcome: 'marked' }] })
  })

  it('refuses a file that is not UTF-8 (Excel’s plain CSV), saying to save it as CSV UTF-8, and changes nothing', async () => {
    const before = await attended()
    // "Présent" and an address in Windows-1252: é is the single byte 0xE9.
    const latin1 = Uint8Array.from([...'email;Pr', 0xe9, ...'sent\natt-b@example.com;oui\n'].flatMap((c) => (typeof c === 'number' ? [c] : [...c].map((x) => x.charCodeAt(0)))))
    const res = await upload(latin1)
    expect(res.status).toBe(415)
    const answer = (await res.json()) as { code: string; error: string }
    expect(answer.code).toBe('webinar.import-wrong-encoding')
    expect(answer.error).toContain('CSV UTF-8')
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'email\n'].flatMap((c) => [c.charCodeAt(0), 0])])
    expect((await upload(utf16)).status).toBe(415)
    expect(await attended()).toEqual(before)
  })

  it('refuses a whole file it cannot read, before any row is written', async () => {
    const before = await attended()
    const unclosed = await upload('email;attended\natt-b@example.com;oui\n"att-c@example.com;non\n')
    expect(unclosed.status).toBe(400)
    expect(await unclosed.json()).toMatchObject({ code: 'webinar.import-unreadable', error: expect.stringContaining('row 3') })
    const noColumn = await upload('name;attended\nAtt B;oui\n')
    expect(noColumn.status).toBe(400)
    expect(await noColumn.json()).toMatchObject({ code: 'webinar.import-no-email-column' })
    expect((await upload('')).status).toBe(400)
    expect(await attended()).toEqual(before)
  })

  it('refuses a file over 2 MB with a 413 that says so', async () => {
    const big = `email\n${'x'.repeat(2 * 1024 * 1024)}\n`
    const res = await upload(big)
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ code: 'webinar.import-too-large' })
  })

  it('keeps each marketer to a budget of imports', async () => {
    let last = 0
    for (let i = 0; i <= 30 && last !== 429; i++) last = (await upload('email\natt-a@example.com\n', staff.admin)).status
    expect(last).toBe(429)
    expect(await (await upload('email\natt-a@example.com\n', staff.admin)).json()).toMatchObject({ code: 'webinar.too-many-requests' })
  })
})
