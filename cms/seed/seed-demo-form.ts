import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '../../config/locales'
import { withIds } from './with-ids'

type L = Record<Locale, string>
const t = (nl: string, fr: string, en: string): L => ({ nl, fr, en })

const labels = {
  title: t('Stel je vraag', 'Posez votre question', 'Ask your question'),
  email: t('E-mailadres', 'Adresse e-mail', 'E-mail address'),
  name: t('Naam', 'Nom', 'Name'),
  profession: t('Beroep', 'Profession', 'Profession'),
  psychologist: t('Psycholoog', 'Psychologue', 'Psychologist'),
  therapist: t('Therapeut', 'Thérapeute', 'Therapist'),
  coach: t('Coach', 'Coach', 'Coach'),
  other: t('Ander beroep', 'Autre profession', 'Other profession'),
  question: t('Je vraag', 'Votre question', 'Your question'),
  questionHelp: t('Over myPlugin, de prijzen of een demo.', 'Sur myPlugin, les tarifs ou une démo.', 'About myPlugin, pricing or a demo.'),
  submit: t('Vraag versturen', 'Envoyer ma question', 'Send my question'),
  thanks: t('Bedankt! We antwoorden binnen twee werkdagen.', 'Merci ! Nous répondons sous deux jours ouvrables.', 'Thank you! We answer within two working days.'),
}

const content = (l: Locale) => ({
  title: labels.title[l],
  purpose: 'contact',
  fields: [
    { blockType: 'email', name: 'email', label: labels.email[l], required: true },
    { blockType: 'text', name: 'name', label: labels.name[l], maxLength: 100 },
    { blockType: 'select', name: 'profession', label: labels.profession[l], options: (['psychologist', 'therapist', 'coach', 'other'] as const).map((v) => ({ value: v, label: labels[v][l] })) },
    { blockType: 'textarea', name: 'question', label: labels.question[l], helpText: labels.questionHelp[l], required: true, maxLength: 2000 },
  ],
  submitLabel: labels.submit[l],
  confirmationType: 'message',
  confirmationMessage: labels.thanks[l],
  _status: 'published',
})

/**
 * The demo contact form (issue #17: the contact page was a mailto: link): address, name, profession and a question
 * (free text, so it stands under the "never about your clients or their health" notice and is kept 90 days), the
 * newsletter and CRM boxes, a receipt to the person and a notification to the team. Returns its id for the page.
 */
export const seedDemoForm = async ({ payload, req }: { payload: Payload; req?: PayloadRequest }): Promise<number | string> => {
  const newsletter = (await payload.find({ collection: 'newsletter-lists', where: { key: { equals: 'newsletter' } }, limit: 1, depth: 0, req, overrideAccess: true })).docs[0]
  const created = await payload.create({
    collection: 'forms',
    locale: 'nl',
    data: { ...content('nl'), crmFollowUp: true, confirmationMail: true, teamAddress: 'info@myplugin.app', ...(newsletter ? { newsletterList: newsletter.id } : {}) } as never,
    req,
    overrideAccess: true,
  })
  const stored = await payload.findByID({ collection: 'forms', id: created.id, locale: 'nl', depth: 0, req, overrideAccess: true })
  for (const locale of ['fr', 'en'] as const) {
    const translated = content(locale)
    await payload.update({ collection: 'forms', id: created.id, locale, data: { ...translated, fields: withIds(stored.fields, translated.fields) } as never, req, overrideAccess: true })
  }
  return created.id
}
