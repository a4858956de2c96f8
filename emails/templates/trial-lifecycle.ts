import { z } from 'zod'

import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'
import { messageParagraphs, webinarMessageFields } from '../webinar-message-fields'

const nl = {
  preheader: 'Over je gratis try-out van myPlugin.',
  button: 'Naar myPlugin',
  why: 'Je krijgt deze mail omdat je een gratis try-out van myPlugin bent gestart. Ze gaat alleen over je try-out.',
  stop: 'Geen mails meer over je try-out',
}

const samples = {
  nl: { subject: 'Hoe gaat het met je try-out?', body: 'Je werkt nu een week met myPlugin. Loopt alles zoals je wilt?\n\nAntwoord gerust op deze mail met je vragen.' },
  fr: { subject: 'Comment se passe votre essai ?', body: 'Vous utilisez myPlugin depuis une semaine. Tout se passe comme vous le souhaitez ?\n\nRépondez simplement à cet e-mail avec vos questions.' },
  en: { subject: 'How is your trial going?', body: 'You have been using myPlugin for a week. Is everything working the way you want?\n\nSimply reply to this mail with your questions.' },
}

/**
 * A running trial's service mail (day 1, day 7, two days before the end, expired): the subject and paragraphs a
 * marketer wrote in Trial mails (filled in already), the sign-in link when we have one, why it arrives and a link
 * that stops these mails. Under the trial's contract, not consent: it must stay about the trial (the CMS says so).
 */
export const trialLifecycle = defineMailTemplate({
  id: 'trial-lifecycle',
  category: 'transactional',
  description: 'Free trial: the lifecycle mails (tips, check-in, ending, ended) with the texts from Trial mails',
  props: z.object({
    subject: webinarMessageFields.subject,
    body: webinarMessageFields.body,
    loginUrl: httpUrl.optional(),
    stopUrl: httpUrl,
  }),
  sample: ({ locale }) => ({ ...samples[locale], loginUrl: 'https://app.myplugin.app/login/sample', stopUrl: 'https://www.myplugin.be/nl/trial/mails?token=sample' }),
  copy: {
    nl,
    fr: {
      preheader: 'À propos de votre essai gratuit de myPlugin.',
      button: 'Aller sur myPlugin',
      why: 'Vous recevez cet e-mail parce que vous avez commencé un essai gratuit de myPlugin. Il ne concerne que votre essai.',
      stop: 'Ne plus recevoir d’e-mails sur mon essai',
    } satisfies typeof nl,
    en: {
      preheader: 'About your free myPlugin trial.',
      button: 'Go to myPlugin',
      why: 'You receive this mail because you started a free myPlugin trial. It is about your trial only.',
      stop: 'No more mails about my trial',
    } satisfies typeof nl,
  },
  compose: ({ props, copy }) => ({
    subject: props.subject,
    preheader: copy.preheader,
    blocks: [
      { kind: 'greeting' },
      ...messageParagraphs(props.body).map((text) => ({ kind: 'paragraph' as const, text })),
      ...(props.loginUrl ? [{ kind: 'button' as const, label: copy.button, url: props.loginUrl }] : []),
      { kind: 'note', text: copy.why },
      { kind: 'links', items: [{ label: copy.stop, url: props.stopUrl }] },
    ],
  }),
})
