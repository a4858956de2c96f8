import { z } from 'zod'

import { composeLetter } from '../compose-letter'
import { fillCopy } from '../fill-copy'
import { defineMailTemplate } from '../mail-template'

const nl = {
  subject: 'We ontvingen je antwoord op "{form}"',
  preheader: 'Bedankt: we komen erop terug.',
  intro: 'Bedankt! We ontvingen je antwoord op het formulier "{form}".',
  chosen: 'Wat je koos:',
  why: 'Je krijgt deze mail omdat je dit formulier op onze website invulde. Je vrije tekst herhalen we hier bewust niet.',
}

/**
 * To the person, when the form asks for it: a receipt naming the form and what they chose (choices, dates, numbers;
 * never their free text, which stays only in the admin).
 */
export const formConfirmation = defineMailTemplate({
  id: 'form-confirmation',
  category: 'transactional',
  description: 'Forms: a receipt to the person (their choices, never their free text)',
  props: z.object({ form: z.string().min(1).max(150), choices: z.array(z.object({ label: z.string().min(1).max(200), value: z.string().min(1).max(300) })).max(30) }),
  sample: () => ({ form: 'Interesse in een demo', choices: [{ label: 'Beroep', value: 'Psycholoog' }, { label: 'Ik wil een demo', value: 'Ja' }] }),
  copy: {
    nl,
    fr: {
      subject: 'Nous avons reçu votre réponse à « {form} »',
      preheader: 'Merci : nous revenons vers vous.',
      intro: 'Merci ! Nous avons reçu votre réponse au formulaire « {form} ».',
      chosen: 'Vos choix :',
      why: 'Vous recevez cet e-mail parce que vous avez rempli ce formulaire sur notre site. Nous ne répétons volontairement pas votre texte libre.',
    } satisfies typeof nl,
    en: {
      subject: 'We received your answer to "{form}"',
      preheader: 'Thank you: we will get back to you.',
      intro: 'Thank you! We received your answer to the form "{form}".',
      chosen: 'What you chose:',
      why: 'You receive this mail because you filled in this form on our website. We deliberately do not repeat your free text here.',
    } satisfies typeof nl,
  },
  compose: ({ props, copy }) =>
    composeLetter({
      copy: { subject: fillCopy(copy.subject, { form: props.form }), preheader: copy.preheader, intro: fillCopy(copy.intro, { form: props.form }) },
      subject: fillCopy(copy.subject, { form: props.form }),
      blocks: [...(props.choices.length > 0 ? [{ kind: 'paragraph' as const, text: copy.chosen }, { kind: 'details' as const, rows: props.choices }] : []), { kind: 'note', text: copy.why }],
    }),
})
