import { z } from 'zod'

import { composeLetter } from '../compose-letter'
import { fillCopy } from '../fill-copy'
import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'

const nl = {
  subject: 'Je bent een winnaar van "{form}"',
  preheader: 'Proficiat! We nemen contact met je op.',
  intro: 'Proficiat! Bij de trekking van "{form}" werd jouw deelname gekozen.',
  next: 'We nemen binnenkort contact met je op over je prijs. Je hoeft hiervoor niets te doen.',
  terms: 'Lees de voorwaarden van de wedstrijd',
  why: 'Je krijgt deze mail omdat je deelnam aan deze wedstrijd op onze website. De trekking was willekeurig en is achteraf na te rekenen.',
}

/** To each winner of a contest's draw, in the language they entered in: that they won and what happens next. */
export const contestWinner = defineMailTemplate({
  id: 'contest-winner',
  category: 'transactional',
  description: 'Contests: to a winner of the draw',
  props: z.object({ form: z.string().min(1).max(150), termsUrl: httpUrl }),
  sample: () => ({ form: 'Win een jaar myPlugin', termsUrl: 'https://www.myplugin.be/nl/contest-terms/1' }),
  copy: {
    nl,
    fr: {
      subject: 'Vous faites partie des gagnants de « {form} »',
      preheader: 'Félicitations ! Nous vous contacterons.',
      intro: 'Félicitations ! Votre participation a été tirée au sort pour « {form} ».',
      next: 'Nous vous contacterons bientôt au sujet de votre prix. Vous n’avez rien à faire.',
      terms: 'Lire le règlement du concours',
      why: 'Vous recevez cet e-mail parce que vous avez participé à ce concours sur notre site. Le tirage était aléatoire et peut être recalculé.',
    } satisfies typeof nl,
    en: {
      subject: 'You are a winner of "{form}"',
      preheader: 'Congratulations! We will be in touch.',
      intro: 'Congratulations! Your entry was drawn for "{form}".',
      next: 'We will contact you soon about your prize. You need not do anything.',
      terms: 'Read the contest terms',
      why: 'You receive this mail because you entered this contest on our website. The draw was random and can be recomputed.',
    } satisfies typeof nl,
  },
  compose: ({ props, copy }) =>
    composeLetter({
      copy: { subject: fillCopy(copy.subject, { form: props.form }), preheader: copy.preheader, intro: fillCopy(copy.intro, { form: props.form }) },
      subject: fillCopy(copy.subject, { form: props.form }),
      blocks: [{ kind: 'paragraph', text: copy.next }, { kind: 'button', label: copy.terms, url: props.termsUrl }, { kind: 'note', text: copy.why }],
    }),
})
