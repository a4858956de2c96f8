import type { Payload } from 'payload'

import { spreadsheetTime } from '../../config/spreadsheet-time'
import { DomainError } from '../errors'
import type { Webinar } from '../payload-types'
import { csvCell } from './csv-cell'
import { forEachRegistration } from './for-each-registration'
import type { CsvSeparator } from './parse-csv'

const header = ['name', 'e-mail', 'profession', 'status', 'attended', 'registered at (Brussels time)', 'answers', 'campaign']

/**
 * A webinar's registrations (every status) as CSV for a spreadsheet: a UTF-8 byte order mark (without it Excel reads
 * UTF-8 as Windows-1252 and mangles accents), one quoted, formula-guarded cell per field, CRLF line ends. `attended`
 * says yes/no, so the file can be ticked and uploaded again as an attendance import. `;` by default: Excel in
 * Belgium and the Netherlands splits on it.
 */
export const exportWebinarRegistrations = async ({
  payload,
  webinarId,
  separator = ';',
}: {
  payload: Payload
  webinarId: number | string
  separator?: Extract<CsvSeparator, ',' | ';'>
}): Promise<{ filename: string; csv: string }> => {
  const webinar = (await payload.find({ collection: 'webinars', where: { id: { equals: webinarId } }, limit: 1, depth: 0, overrideAccess: true, select: { slug: true } })).docs[0] as Pick<Webinar, 'id' | 'slug'> | undefined
  if (!webinar) throw new DomainError({ code: 'webinar.not-found' })
  const campaignNames = new Map<string, string>()
  const campaignName = async (id: unknown) => {
    if (id === null || id === undefined) return ''
    const key = String(id)
    if (!campaignNames.has(key)) {
      const campaign = (await payload.find({ collection: 'campaigns', where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: true, select: { name: true } })).docs[0]
      campaignNames.set(key, campaign?.name ?? key)
    }
    return campaignNames.get(key) ?? ''
  }
  const lines = [header.map(csvCell).join(separator)]
  await forEachRegistration({
    payload,
    webinar,
    statuses: ['confirmed', 'waitlisted', 'cancelled'],
    each: async ({ registration, contact }) => {
      const answers = (registration.answers ?? []).map((a) => `${a.question}: ${a.answer}`).join(' | ')
      const cells = [
        contact.name ?? '',
        contact.email,
        registration.profession ?? '',
        registration.status,
        registration.attended ? 'yes' : 'no',
        spreadsheetTime(registration.registeredAt),
        answers,
        await campaignName(typeof registration.campaign === 'object' && registration.campaign !== null ? registration.campaign.id : registration.campaign),
      ]
      lines.push(cells.map(csvCell).join(separator))
    },
  })
  const slug = String(webinar.slug ?? webinar.id).replace(/[^a-z0-9-]/gi, '') || String(webinar.id)
  return { filename: `registrations-${slug}.csv`, csv: `\uFEFF${lines.join('\r\n')}\r\n` }
}
