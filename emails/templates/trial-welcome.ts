import { z } from 'zod'

import { composeLetter } from '../compose-letter'
import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'

const nl = {
  subject: 'Je try-out van myPlugin staat klaar',
  preheader: 'Meld je aan en houd je eerste online consultatie.',
  intro: 'Welkom bij myPlugin! Je gratis try-out is geopend.',
  action: 'Meld je aan met de knop hieronder. Bewaar deze mail: de link brengt je meteen in je account.',
  button: 'Aanmelden bij myPlugin',
  ignore: 'Vragen? Antwoord gewoon op deze mail.',
}

/** The account is open: the sign-in link the web application returned (service mail under the trial's contract). */
export const trialWelcome = defineMailTemplate({
  id: 'trial-welcome',
  category: 'transactional',
  description: 'Free trial: the account is open, with the application’s sign-in link',
  props: z.object({ loginUrl: httpUrl }),
  sample: () => ({ loginUrl: 'https://app.myplugin.app/login/sample' }),
  copy: {
    nl,
    fr: {
      subject: 'Votre essai myPlugin est prêt',
      preheader: 'Connectez-vous et tenez votre première consultation en ligne.',
      intro: 'Bienvenue chez myPlugin ! Votre essai gratuit est ouvert.',
      action: 'Connectez-vous avec le bouton ci-dessous. Gardez cet e-mail : le lien vous mène directement à votre compte.',
      button: 'Me connecter à myPlugin',
      ignore: 'Des questions ? Répondez simplement à cet e-mail.',
    } satisfies typeof nl,
    en: {
      subject: 'Your myPlugin trial is ready',
      preheader: 'Sign in and hold your first online consultation.',
      intro: 'Welcome to myPlugin! Your free trial is open.',
      action: 'Sign in with the button below. Keep this mail: the link takes you straight to your account.',
      button: 'Sign in to myPlugin',
      ignore: 'Questions? Simply reply to this mail.',
    } satisfies typeof nl,
  },
  compose: ({ props, copy }) =>
    composeLetter({
      copy,
      blocks: [{ kind: 'paragraph', text: copy.action }, { kind: 'button', label: copy.button, url: props.loginUrl }, { kind: 'note', text: copy.ignore }],
    }),
})
