import { z } from 'zod'

import { composeLetter } from '../compose-letter'
import { fillCopy } from '../fill-copy'
import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'

const nl = {
  subject: 'Stel een nieuw wachtwoord in voor het myPlugin-CMS',
  preheader: 'Je vroeg om je wachtwoord opnieuw in te stellen.',
  intro: 'Iemand (hopelijk jij) vroeg om het wachtwoord van je account in het myPlugin-CMS opnieuw in te stellen.',
  button: 'Nieuw wachtwoord instellen',
  validity: 'De link is {minutes} minuten geldig en werkt maar één keer: stuur deze mail niet door.',
  ignore: 'Heb je dit niet gevraagd? Dan hoef je niets te doen: je wachtwoord blijft ongewijzigd.',
}

/** The CMS's own password reset (Payload's forgot-password): the link to the admin's reset screen. */
export const passwordReset = defineMailTemplate({
  id: 'password-reset',
  category: 'transactional',
  description: 'CMS accounts: the link to set a new password (forgot password)',
  props: z.object({ resetUrl: httpUrl, validMinutes: z.number().int().min(1).max(24 * 60) }),
  sample: () => ({ resetUrl: 'https://www.myplugin.app/admin/reset/sample', validMinutes: 60 }),
  copy: {
    nl,
    fr: {
      subject: 'Choisissez un nouveau mot de passe pour le CMS myPlugin',
      preheader: 'Vous avez demandé à réinitialiser votre mot de passe.',
      intro: 'Quelqu’un (vous, espérons-le) a demandé à réinitialiser le mot de passe de votre compte du CMS myPlugin.',
      button: 'Choisir un nouveau mot de passe',
      validity: "Le lien est valable {minutes} minutes et ne fonctionne qu'une fois : ne transférez pas cet e-mail.",
      ignore: "Vous n'avez rien demandé ? Vous n'avez rien à faire : votre mot de passe reste inchangé.",
    } satisfies typeof nl,
    en: {
      subject: 'Set a new password for the myPlugin CMS',
      preheader: 'You asked to reset your password.',
      intro: 'Someone (hopefully you) asked to reset the password of your myPlugin CMS account.',
      button: 'Set a new password',
      validity: 'The link is valid for {minutes} minutes and works once: do not forward this mail.',
      ignore: "Didn't ask for this? Then there is nothing to do: your password stays as it is.",
    } satisfies typeof nl,
  },
  compose: ({ props, copy }) =>
    composeLetter({
      copy,
      blocks: [
        { kind: 'button', label: copy.button, url: props.resetUrl },
        { kind: 'note', text: `${fillCopy(copy.validity, { minutes: props.validMinutes })} ${copy.ignore}` },
      ],
    }),
})
