import { z } from 'zod'

import { composeLetter } from '../compose-letter'
import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'

const nl = {
  subject: 'Bevestig je e-mailadres voor je gratis try-out van myPlugin',
  preheader: 'Nog één klik en we openen je try-out.',
  intro: 'Je vroeg een gratis try-out aan van myPlugin, het platform voor online consultaties.',
  action: 'Bevestig je e-mailadres met de knop hieronder: daarna openen we je account en krijg je een mail om aan te melden.',
  button: 'E-mailadres bevestigen',
  validity: 'De link blijft 24 uur geldig. Daarna kun je de try-out gewoon opnieuw aanvragen.',
  ignore: 'Heb je dit niet aangevraagd? Negeer deze mail dan: zonder bevestiging openen we niets.',
}

/** Trial signup: the link that proves the address is the person's (only a verified address is provisioned). */
export const trialVerify = defineMailTemplate({
  id: 'trial-verify',
  category: 'transactional',
  description: 'Free trial: the verification link (24 hours)',
  props: z.object({ verifyUrl: httpUrl }),
  sample: ({ locale }) => ({ verifyUrl: `https://www.myplugin.app/${locale}/trial/verify?token=sample` }),
  copy: {
    nl,
    fr: {
      subject: 'Confirmez votre adresse pour votre essai gratuit de myPlugin',
      preheader: 'Encore un clic et nous ouvrons votre essai.',
      intro: 'Vous avez demandé un essai gratuit de myPlugin, la plateforme de consultations en ligne.',
      action: 'Confirmez votre adresse e-mail avec le bouton ci-dessous : nous ouvrirons ensuite votre compte et vous recevrez un e-mail pour vous connecter.',
      button: 'Confirmer mon adresse',
      validity: 'Le lien reste valable 24 heures. Ensuite, il suffit de redemander l’essai.',
      ignore: "Vous n'avez rien demandé ? Ignorez cet e-mail : sans confirmation, nous n'ouvrons rien.",
    } satisfies typeof nl,
    en: {
      subject: 'Confirm your address for your free myPlugin trial',
      preheader: 'One more click and we open your trial.',
      intro: 'You asked for a free trial of myPlugin, the platform for online consultations.',
      action: 'Confirm your e-mail address with the button below: we then open your account and send you a mail to sign in.',
      button: 'Confirm my address',
      validity: 'The link stays valid for 24 hours. After that, simply ask for the trial again.',
      ignore: "Didn't ask for this? Ignore this mail: without confirmation we open nothing.",
    } satisfies typeof nl,
  },
  compose: ({ props, copy }) =>
    composeLetter({
      copy,
      blocks: [
        { kind: 'paragraph', text: copy.action },
        { kind: 'button', label: copy.button, url: props.verifyUrl },
        { kind: 'note', text: `${copy.validity} ${copy.ignore}` },
      ],
    }),
})
