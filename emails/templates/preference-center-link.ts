import { z } from 'zod'

import { composeLetter, validityNote } from '../compose-letter'
import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'

const nl = {
  subject: 'Je link om je voorkeuren te beheren',
  preheader: 'Beheer je inschrijvingen bij myPlugin.',
  intro: 'Je vroeg een link om je voorkeuren voor mails van myPlugin te beheren.',
  button: 'Mijn voorkeuren beheren',
  validity: 'De link is {days} dagen geldig en werkt alleen voor jou: stuur deze mail niet door.',
  ignore: 'Heb je dit niet gevraagd? Dan hoef je niets te doen.',
}

/** A personal, short-lived link to the preference center (asked for on the site). */
export const preferenceCenterLink = defineMailTemplate({
  id: 'preference-center-link',
  category: 'transactional',
  description: 'Preference center: the personal link to manage subscriptions',
  props: z.object({ preferencesUrl: httpUrl, validDays: z.number().int().min(1).max(90) }),
  sample: ({ locale }) => ({ preferencesUrl: `https://www.myplugin.app/${locale}/preferences?token=sample`, validDays: 60 }),
  copy: {
    nl,
    fr: {
      subject: 'Votre lien pour gérer vos préférences',
      preheader: 'Gérez vos inscriptions chez myPlugin.',
      intro: 'Vous avez demandé un lien pour gérer vos préférences concernant les e-mails de myPlugin.',
      button: 'Gérer mes préférences',
      validity: "Le lien est valable {days} jours et ne fonctionne que pour vous : ne transférez pas cet e-mail.",
      ignore: "Vous n'avez rien demandé ? Vous n'avez rien à faire.",
    } satisfies typeof nl,
    en: {
      subject: 'Your link to manage your preferences',
      preheader: 'Manage your subscriptions at myPlugin.',
      intro: 'You asked for a link to manage your preferences for mail from myPlugin.',
      button: 'Manage my preferences',
      validity: 'The link is valid for {days} days and works for you only: do not forward this mail.',
      ignore: "Didn't ask for this? Then there is nothing to do.",
    } satisfies typeof nl,
  },
  compose: ({ props, copy }) =>
    composeLetter({
      copy,
      blocks: [{ kind: 'button', label: copy.button, url: props.preferencesUrl }, validityNote({ copy, days: props.validDays })],
    }),
})
