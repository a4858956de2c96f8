import { z } from 'zod'

import { composeLetter } from '../compose-letter'
import { fillCopy } from '../fill-copy'
import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'

const nl = {
  subject: 'Nieuw antwoord op het formulier "{form}"',
  preheader: 'Bekijk het in de beheeromgeving.',
  intro: 'Er kwam een nieuw antwoord binnen op het formulier "{form}".',
  button: 'Bekijk het antwoord',
  flagged: 'Let op: de vrije tekst noemt woorden over gezondheid of cliënten. Kijk het na en wis de tekst indien nodig.',
  why: 'De antwoorden staan alleen in de beheeromgeving, versleuteld: deze mail bevat ze bewust niet.',
}

/**
 * To the team address a form names: that an answer arrived, with a link to it in the admin and never its content
 * (free text above all: the health-data guard keeps it out of every mail), and a warning when the screen flagged it.
 */
export const formNotification = defineMailTemplate({
  id: 'form-notification',
  category: 'transactional',
  description: 'Forms: to the team address, a new answer arrived (a link to the admin, never the answers)',
  props: z.object({ form: z.string().min(1).max(150), adminUrl: httpUrl, flagged: z.boolean() }),
  sample: () => ({ form: 'Contact', adminUrl: 'https://www.myplugin.be/admin/collections/form-submissions/1', flagged: false }),
  copy: {
    nl,
    fr: {
      subject: 'Nouvelle réponse au formulaire « {form} »',
      preheader: 'Consultez-la dans l’administration.',
      intro: 'Une nouvelle réponse est arrivée pour le formulaire « {form} ».',
      button: 'Voir la réponse',
      flagged: 'Attention : le texte libre mentionne des termes de santé ou des clients. Vérifiez-le et effacez le texte si nécessaire.',
      why: 'Les réponses se trouvent uniquement dans l’administration, chiffrées : cet e-mail ne les contient volontairement pas.',
    } satisfies typeof nl,
    en: {
      subject: 'New answer to the form "{form}"',
      preheader: 'See it in the admin.',
      intro: 'A new answer arrived for the form "{form}".',
      button: 'See the answer',
      flagged: 'Note: the free text names health or client terms. Review it and purge the text if needed.',
      why: 'The answers are only in the admin, encrypted: this mail deliberately does not hold them.',
    } satisfies typeof nl,
  },
  compose: ({ props, copy }) =>
    composeLetter({
      copy: { subject: fillCopy(copy.subject, { form: props.form }), preheader: copy.preheader, intro: fillCopy(copy.intro, { form: props.form }) },
      subject: fillCopy(copy.subject, { form: props.form }),
      blocks: [{ kind: 'button', label: copy.button, url: props.adminUrl }, ...(props.flagged ? [{ kind: 'paragraph' as const, text: copy.flagged }] : []), { kind: 'note', text: copy.why }],
    }),
})
