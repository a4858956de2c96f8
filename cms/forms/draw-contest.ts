import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import type { Locale } from '../../config/locales'
import { appendActivity } from '../contacts'
import { isUniqueViolation } from '../database/is-unique-violation'
import { DomainError } from '../errors'
import { linkSettingsOf } from '../links/link-settings'
import { queueMail } from '../mail'
import type { FormDraw } from '../payload-types'
import { drawWinners, entriesHash, newDrawSeed, sortEntryIds } from './draw-winners'

/** Named in every draw record: recomputing a draw means running this algorithm (draw-winners.ts) on its seed. */
export const drawAlgorithm = 'hmac-sha256-counter/fisher-yates/v1'

const day = 24 * 3_600_000

/**
 * The draw of a contest, by a signed-in marketer or admin after its end date, once: a fresh seed from the OS, the
 * winners drawn over every entry (draw-winners.ts), and in one transaction the draw record (who, when, how many
 * entries, seed, entries hash, winners), every entry's deletion date moved to the draw plus the form's retention
 * period, the winners' mails (in the language they entered in, each once) and a "won" on their timeline. A second
 * draw, even a simultaneous one, is refused by the unique form on the record.
 */
export const drawContest = async ({ req, formId, now = new Date() }: { req: PayloadRequest; formId: number | string; now?: Date }): Promise<FormDraw> => {
  const { payload } = req
  const form = (await payload.find({ collection: 'forms', where: { and: [{ id: { equals: formId } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 0, draft: false, locale: 'nl', overrideAccess: true })).docs[0]
  if (!form) throw new DomainError({ code: 'form.not-found' })
  if (form.purpose !== 'contest') throw new DomainError({ code: 'form.draw-not-a-contest' })
  if (!form.closesAt || now < new Date(form.closesAt)) throw new DomainError({ code: 'form.draw-too-early' })
  if ((await payload.count({ collection: 'form-draws', where: { form: { equals: form.id } }, overrideAccess: true })).totalDocs > 0) throw new DomainError({ code: 'form.draw-done' })

  const entries = (await payload.find({ collection: 'form-submissions', where: { and: [{ form: { equals: form.id } }, { entryKey: { exists: true } }] }, pagination: false, depth: 0, overrideAccess: true, select: { contact: true, locale: true } })).docs
  if (entries.length === 0) throw new DomainError({ code: 'form.draw-no-entries' })
  const entryIds = sortEntryIds(entries.map((e) => e.id))
  const seed = newDrawSeed()
  const winnerIds = drawWinners({ seed, entryIds, count: form.winnersCount ?? 1 })
  const base = linkSettingsOf(payload).publicUrl.replace(/\/+$/, '')

  await initTransaction(req)
  try {
    const draw = await payload.create({
      collection: 'form-draws',
      overrideAccess: true,
      depth: 0,
      req,
      data: {
        form: form.id,
        ...(req.user ? { drawnBy: req.user.id as number } : {}),
        drawnAt: now.toISOString(),
        entryCount: entryIds.length,
        winnersCount: winnerIds.length,
        algorithm: drawAlgorithm,
        seed,
        entriesHash: entriesHash(entryIds),
        entryIds,
        winners: winnerIds as number[],
        winnerIds,
      },
    })
    // Entrants are kept until the draw plus the retention period; the draw is now.
    await payload.update({ collection: 'form-submissions', where: { form: { equals: form.id } }, data: { expiresAt: new Date(now.getTime() + (form.retentionDays ?? 90) * day).toISOString() }, overrideAccess: true, depth: 0, req })
    const winners = entries.filter((e) => winnerIds.includes(e.id))
    const contactIds = winners.map((w) => w.contact).filter((c): c is number => typeof c === 'number')
    const contacts = (await payload.find({ collection: 'contacts', where: { id: { in: contactIds } }, pagination: false, depth: 0, overrideAccess: true, req, select: { email: true, name: true } })).docs
    // The contest's title in each language winners entered in, read once per language rather than once per winner.
    const titles = new Map<Locale, string>()
    for (const winner of winners) {
      const contact = contacts.find((c) => c.id === winner.contact)
      if (!contact?.email) continue
      const locale = (winner.locale ?? 'nl') as Locale
      if (!titles.has(locale)) titles.set(locale, (await payload.findByID({ collection: 'forms', id: form.id, locale, depth: 0, draft: false, overrideAccess: true, req, select: { title: true } })).title)
      const title = titles.get(locale)!
      const termsUrl = `${base}/${locale}/contest-terms/${typeof form.terms === 'object' && form.terms ? form.terms.id : form.terms}`
      await queueMail({ payload, template: 'contest-winner', locale, to: contact.email, name: contact.name ?? undefined, subscriberId: contact.id, props: { form: title, termsUrl }, idempotencyKey: `contest-winner:${draw.id}:${winner.id}`, req })
      await appendActivity({ payload, contact: contact.id, type: 'contest-won', key: `contest-won:${draw.id}:${winner.id}`, at: now, detail: `contest: ${form.title}`, req })
    }
    await commitTransaction(req)
    return draw
  } catch (error) {
    await killTransaction(req)
    if (isUniqueViolation(error)) throw new DomainError({ code: 'form.draw-done' })
    throw error
  }
}
