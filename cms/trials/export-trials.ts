import type { Payload, Where } from 'payload'

import { spreadsheetDay, spreadsheetTime } from '../../config/spreadsheet-time'
import type { Trial } from '../payload-types'
import { csvCell } from '../webinars'
import { nameTrialSources } from './name-trial-sources'

const header = [
  'created (Brussels time)',
  'status',
  'source',
  'campaign',
  'webinar',
  'referrer path',
  'profession',
  'country',
  'language',
  'verified',
  'provisioned',
  'converted',
  'ended',
  'name',
  'e-mail',
]
const idOf = (value: unknown): number | undefined => (value === null || value === undefined ? undefined : typeof value === 'object' ? (value as { id: number }).id : (value as number))

/**
 * A campaign's name or a webinar's title; "(deleted)" where the trial came from one that was deleted since (the
 * database unlinks it, so the trial keeps its source and loses the id), so the row still says what brought it.
 */
const sourceName = ({ source, kind, id, names }: { source: Trial['source']; kind: 'campaign' | 'webinar'; id: number | undefined; names: Map<string, string> }) => {
  if (id !== undefined) return names.get(String(id)) ?? `(deleted ${kind} #${id})`
  return source === kind ? `(deleted ${kind})` : ''
}

// Only what the file shows: the practice name and the login link (encrypted personal fields) are never read.
const trialFields = { createdAt: true, status: true, source: true, campaign: true, webinar: true, referrerPath: true, profession: true, country: true, locale: true, verifiedAt: true, provisionedAt: true, convertedAt: true, endedAt: true, contact: true } as const
type ExportedTrial = Pick<Trial, 'id' | keyof typeof trialFields>

/**
 * Trials as CSV for marketers' spreadsheets, exactly as the webinar export writes them: a UTF-8 byte order mark (Excel
 * reads UTF-8 without it as Windows-1252), every cell quoted and formula-guarded (a name is typed by anyone on the
 * public form), CRLF line ends, `;` by default (Excel in Belgium and the Netherlands splits on it). The person's name
 * and address come from the contact, decrypted: marketers may read them. A hundred trials at a time, oldest first.
 */
export const exportTrials = async ({ payload, since, separator = ';', now = new Date() }: { payload: Payload; since?: Date; separator?: ',' | ';'; now?: Date }): Promise<{ filename: string; csv: string }> => {
  const where: Where = since ? { createdAt: { greater_than_equal: since.toISOString() } } : {}
  const lines = [header.map(csvCell).join(separator)]
  for (let page = 1; ; page++) {
    const batch = await payload.find({ collection: 'trials', where, sort: 'id', page, limit: 100, depth: 0, overrideAccess: true, select: trialFields })
    const trials = batch.docs as ExportedTrial[]
    const contactIds = [...new Set(trials.map((t) => idOf(t.contact)).filter((id) => id !== undefined))]
    const contacts = contactIds.length === 0 ? [] : (await payload.find({ collection: 'contacts', where: { id: { in: contactIds } }, pagination: false, limit: 0, depth: 0, overrideAccess: true, select: { name: true, email: true } })).docs
    const people = new Map(contacts.map((c) => [String(c.id), c]))
    const names = await nameTrialSources({
      payload,
      campaignIds: [...new Set(trials.map((t) => idOf(t.campaign)).filter((id) => id !== undefined))],
      webinarIds: [...new Set(trials.map((t) => idOf(t.webinar)).filter((id) => id !== undefined))],
    })
    for (const trial of trials) {
      const person = people.get(String(idOf(trial.contact)))
      const campaign = idOf(trial.campaign)
      const webinar = idOf(trial.webinar)
      const cells = [
        spreadsheetTime(trial.createdAt),
        trial.status,
        trial.source ?? 'direct',
        sourceName({ source: trial.source, kind: 'campaign', id: campaign, names: names.campaigns }),
        sourceName({ source: trial.source, kind: 'webinar', id: webinar, names: names.webinars }),
        trial.referrerPath ?? '',
        trial.profession,
        trial.country,
        trial.locale,
        spreadsheetTime(trial.verifiedAt),
        spreadsheetTime(trial.provisionedAt),
        spreadsheetTime(trial.convertedAt),
        spreadsheetTime(trial.endedAt),
        person?.name ?? '',
        person?.email ?? '',
      ]
      lines.push(cells.map(csvCell).join(separator))
    }
    if (!batch.hasNextPage) break
  }
  return { filename: `trials-${spreadsheetDay(now)}.csv`, csv: `\uFEFF${lines.join('\r\n')}\r\n` }
}
