import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '../../config/locales'
import { textToLexical } from '../policy'
import { withIds } from './with-ids'

type L = Record<Locale, string>
const t = (nl: string, fr: string, en: string): L => ({ nl, fr, en })

const terms = {
  title: t('Wedstrijdreglement (voorbeeld)', 'Règlement du concours (exemple)', 'Contest terms (example)'),
  body: t(
    'Artikel 1. De wedstrijd staat open voor zorgverleners in België en Nederland.\n\nArtikel 2. Eén deelname per persoon.\n\nArtikel 3. De winnaar wordt na de einddatum willekeurig getrokken en per e-mail verwittigd. De trekking is achteraf na te rekenen.\n\nArtikel 4. Gegevens van deelnemers bewaren we tot de trekking plus 30 dagen.',
    'Article 1. Le concours est ouvert aux professionnels de la santé en Belgique et aux Pays-Bas.\n\nArticle 2. Une participation par personne.\n\nArticle 3. Le gagnant est tiré au sort après la date de fin et prévenu par e-mail. Le tirage peut être recalculé.\n\nArticle 4. Les données des participants sont conservées jusqu’au tirage plus 30 jours.',
    'Article 1. The contest is open to care professionals in Belgium and the Netherlands.\n\nArticle 2. One entry per person.\n\nArticle 3. The winner is drawn at random after the end date and told by e-mail. The draw can be recomputed.\n\nArticle 4. Entrants’ data is kept until the draw plus 30 days.',
  ),
}

const form = (l: Locale) => ({
  title: t('Win een jaar myPlugin', 'Gagnez un an de myPlugin', 'Win a year of myPlugin')[l],
  fields: [
    { blockType: 'email', name: 'email', label: t('E-mailadres', 'Adresse e-mail', 'E-mail address')[l], required: true },
    { blockType: 'select', name: 'profession', label: t('Beroep', 'Profession', 'Profession')[l], required: true, options: [{ value: 'psychologist', label: t('Psycholoog', 'Psychologue', 'Psychologist')[l] }, { value: 'therapist', label: t('Therapeut', 'Thérapeute', 'Therapist')[l] }, { value: 'coach', label: 'Coach' }] },
  ],
  submitLabel: t('Meedoen', 'Participer', 'Enter')[l],
  confirmationMessage: t('Je doet mee! De trekking volgt na de einddatum.', 'Vous participez ! Le tirage suit la date de fin.', 'You are in! The draw follows the end date.')[l],
})

/**
 * A worked example for marketers: contest terms in three languages (published, version 1) and a contest that offers
 * them, left as a draft (it is on no page) with dates a month ahead: publish it, place it with the Form block, and
 * draw after its end.
 */
export const seedDemoContest = async ({ payload, req, now = new Date() }: { payload: Payload; req?: PayloadRequest; now?: Date }): Promise<void> => {
  const created = await payload.create({ collection: 'contest-terms', locale: 'nl', draft: true, data: { title: terms.title.nl, body: textToLexical({ text: terms.body.nl }), _status: 'draft' } as never, req, overrideAccess: true })
  for (const locale of ['fr', 'en'] as const) {
    await payload.update({ collection: 'contest-terms', id: created.id, locale, draft: true, data: { title: terms.title[locale], body: textToLexical({ text: terms.body[locale] }), _status: 'draft' } as never, req, overrideAccess: true })
  }
  await payload.update({ collection: 'contest-terms', id: created.id, locale: 'nl', data: { _status: 'published' } as never, req, overrideAccess: true })

  const day = 24 * 3_600_000
  const contest = await payload.create({
    collection: 'forms',
    locale: 'nl',
    draft: true,
    data: { ...form('nl'), purpose: 'contest', terms: created.id, winnersCount: 1, retentionDays: 30, opensAt: new Date(now.getTime() + 7 * day).toISOString(), closesAt: new Date(now.getTime() + 37 * day).toISOString(), _status: 'draft' } as never,
    req,
    overrideAccess: true,
  })
  const stored = await payload.findByID({ collection: 'forms', id: contest.id, locale: 'nl', depth: 0, draft: true, req, overrideAccess: true })
  for (const locale of ['fr', 'en'] as const) {
    const translated = form(locale)
    await payload.update({ collection: 'forms', id: contest.id, locale, draft: true, data: { ...translated, fields: withIds(stored.fields, translated.fields), _status: 'draft' } as never, req, overrideAccess: true })
  }
}
