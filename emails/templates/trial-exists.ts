import { z } from 'zod'

import { composeLetter } from '../compose-letter'
import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'

const nl = {
  subject: 'Je hebt al een try-out van myPlugin',
  preheader: 'Meld je aan met de link in deze mail.',
  intro: 'Iemand vroeg met dit e-mailadres een gratis try-out van myPlugin aan, maar je hebt er al een.',
  action: 'Meld je aan met de knop hieronder.',
  button: 'Aanmelden bij myPlugin',
  pending: 'We zijn je account nog aan het openen: je krijgt een mail zodra je kunt aanmelden.',
  ignore: 'Heb je dit niet zelf aangevraagd? Dan hoef je niets te doen.',
}

/** A second signup with a known address: the person already has a trial; here is how to get in (never a second one). */
export const trialExists = defineMailTemplate({
  id: 'trial-exists',
  category: 'transactional',
  description: 'Free trial: "you already have a trial", with the sign-in link when the account is open',
  props: z.object({ loginUrl: httpUrl.optional() }),
  sample: () => ({ loginUrl: 'https://app.myplugin.app/login/sample' }),
  copy: {
    nl,
    fr: {
      subject: 'Vous avez déjà un essai myPlugin',
      preheader: 'Connectez-vous avec le lien de cet e-mail.',
      intro: 'Quelqu’un a demandé un essai gratuit de myPlugin avec cette adresse, mais vous en avez déjà un.',
      action: 'Connectez-vous avec le bouton ci-dessous.',
      button: 'Me connecter à myPlugin',
      pending: 'Nous ouvrons encore votre compte : vous recevrez un e-mail dès que vous pourrez vous connecter.',
      ignore: "Ce n'est pas vous ? Vous n'avez rien à faire.",
    } satisfies typeof nl,
    en: {
      subject: 'You already have a myPlugin trial',
      preheader: 'Sign in with the link in this mail.',
      intro: 'Someone asked for a free myPlugin trial with this address, but you already have one.',
      action: 'Sign in with the button below.',
      button: 'Sign in to myPlugin',
      pending: 'We are still opening your account: you will get a mail as soon as you can sign in.',
      ignore: "Wasn't this you? Then there is nothing to do.",
    } satisfies typeof nl,
  },
  compose: ({ props, copy }) =>
    composeLetter({
      copy,
      blocks: props.loginUrl
        ? [{ kind: 'paragraph', text: copy.action }, { kind: 'button', label: copy.button, url: props.loginUrl }, { kind: 'note', text: copy.ignore }]
        : [{ kind: 'paragraph', text: copy.pending }, { kind: 'note', text: copy.ignore }],
    }),
})
