import { z } from 'zod'

import { composeLetter, validityNote } from '../compose-letter'
import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'

const nl = {
  subject: 'Bevestig je inschrijving op de nieuwsbrief van myPlugin',
  preheader: 'Nog één klik: bevestig je inschrijving.',
  intro: 'Je vroeg om de nieuwsbrief van myPlugin te ontvangen: tips voor online consultaties, uitnodigingen voor webinars en nieuws over myPlugin.',
  action: 'Bevestig je inschrijving met de knop hieronder.',
  button: 'Inschrijving bevestigen',
  validity: 'De link blijft {days} dagen geldig.',
  ignore: 'Heb je dit niet aangevraagd? Negeer deze mail dan: zonder bevestiging ontvang je niets van ons.',
}

/** Double opt-in: the link that turns a newsletter sign-up into a subscription. */
export const newsletterOptIn = defineMailTemplate({
  id: 'newsletter-opt-in',
  category: 'transactional',
  description: 'Newsletter sign-up: the confirmation link (double opt-in)',
  props: z.object({ confirmUrl: httpUrl, validDays: z.number().int().min(1).max(60) }),
  sample: ({ locale }) => ({ confirmUrl: `https://www.myplugin.app/${locale}/newsletter/confirm?token=sample`, validDays: 7 }),
  copy: {
    nl,
    fr: {
      subject: 'Confirmez votre inscription à la newsletter de myPlugin',
      preheader: 'Encore un clic : confirmez votre inscription.',
      intro: 'Vous avez demandé à recevoir la newsletter de myPlugin : des conseils pour vos consultations en ligne, des invitations à nos webinaires et les nouveautés de myPlugin.',
      action: 'Confirmez votre inscription avec le bouton ci-dessous.',
      button: 'Confirmer mon inscription',
      validity: 'Le lien reste valable {days} jours.',
      ignore: "Vous n'avez rien demandé ? Ignorez cet e-mail : sans confirmation, vous ne recevrez rien de notre part.",
    } satisfies typeof nl,
    en: {
      subject: 'Confirm your subscription to the myPlugin newsletter',
      preheader: 'One more click: confirm your subscription.',
      intro: 'You asked to receive the myPlugin newsletter: tips for online consultations, invitations to our webinars and news about myPlugin.',
      action: 'Confirm your subscription with the button below.',
      button: 'Confirm my subscription',
      validity: 'The link stays valid for {days} days.',
      ignore: "Didn't ask for this? Ignore this mail: without confirmation you won't hear from us.",
    } satisfies typeof nl,
  },
  compose: ({ props, copy }) =>
    composeLetter({
      copy,
      blocks: [
        { kind: 'paragraph', text: copy.action },
        { kind: 'button', label: copy.button, url: props.confirmUrl },
        validityNote({ copy, days: props.validDays }),
      ],
    }),
})
