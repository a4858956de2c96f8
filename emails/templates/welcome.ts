import { z } from 'zod'

import { composeLetter } from '../compose-letter'
import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'

const nl = {
  subject: 'Welkom bij de nieuwsbrief van myPlugin',
  preheader: 'Dit mag je van ons verwachten.',
  intro: 'Bedankt om je inschrijving te bevestigen. Vanaf nu ontvang je onze nieuwsbrief.',
  expect: 'Wat mag je verwachten?',
  tips: 'praktische tips voor online consultaties met je cliënten',
  webinars: 'uitnodigingen voor onze gratis webinars',
  news: 'nieuws over de functies van myPlugin',
  button: 'Ontdek myPlugin',
  outro: 'Onderaan elke mail vind je een link om je uit te schrijven of je voorkeuren aan te passen.',
  preferences: 'Kies je nieuwsbrieven, taal en meetvoorkeur in je persoonlijke voorkeurencentrum:',
  preferencesButton: 'Mijn voorkeuren',
}

/** The first newsletter mail, right after the subscription is confirmed. Marketing: it carries the unsubscribe link. */
export const welcome = defineMailTemplate({
  id: 'welcome',
  category: 'marketing',
  description: 'Newsletter: welcome after the subscription is confirmed',
  /** preferencesUrl: the person's signed preference-center link (60 days). */
  props: z.object({ siteUrl: httpUrl, preferencesUrl: httpUrl.optional() }),
  sample: ({ locale }) => ({ siteUrl: `https://www.myplugin.app/${locale}/`, preferencesUrl: `https://www.myplugin.app/${locale}/preferences?token=sample` }),
  copy: {
    nl,
    fr: {
      subject: 'Bienvenue dans la newsletter de myPlugin',
      preheader: 'Voici ce qui vous attend.',
      intro: "Merci d'avoir confirmé votre inscription. Vous recevrez désormais notre newsletter.",
      expect: 'À quoi vous attendre ?',
      tips: 'des conseils pratiques pour vos consultations en ligne avec vos clients',
      webinars: 'des invitations à nos webinaires gratuits',
      news: 'les nouveautés des fonctionnalités de myPlugin',
      button: 'Découvrir myPlugin',
      outro: 'Au bas de chaque e-mail, un lien vous permet de vous désinscrire ou de modifier vos préférences.',
      preferences: 'Choisissez vos newsletters, votre langue et la mesure des ouvertures dans votre centre de préférences personnel :',
      preferencesButton: 'Mes préférences',
    } satisfies typeof nl,
    en: {
      subject: 'Welcome to the myPlugin newsletter',
      preheader: 'Here is what to expect.',
      intro: 'Thank you for confirming your subscription. From now on you will receive our newsletter.',
      expect: 'What to expect',
      tips: 'practical tips for online consultations with your clients',
      webinars: 'invitations to our free webinars',
      news: "news about myPlugin's features",
      button: 'Discover myPlugin',
      outro: 'At the bottom of every mail you find a link to unsubscribe or change your preferences.',
      preferences: 'Choose your newsletters, language and measurement preference in your personal preference center:',
      preferencesButton: 'My preferences',
    } satisfies typeof nl,
  },
  compose: ({ props, copy }) =>
    composeLetter({
      copy,
      blocks: [
        { kind: 'heading', text: copy.expect },
        { kind: 'list', items: [copy.tips, copy.webinars, copy.news] },
        { kind: 'button', label: copy.button, url: props.siteUrl },
        ...(props.preferencesUrl
          ? [
              { kind: 'paragraph' as const, text: copy.preferences },
              { kind: 'button' as const, label: copy.preferencesButton, url: props.preferencesUrl },
            ]
          : []),
        { kind: 'note', text: copy.outro },
      ],
    }),
})
