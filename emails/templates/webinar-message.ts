import { z } from 'zod'

import { composeLetter } from '../compose-letter'
import { fillCopy } from '../fill-copy'
import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'
import { webinarDetails } from '../webinar-details'
import { webinarDetailsCopy } from '../webinar-details-copy'
import { webinarFields } from '../webinar-fields'
import { messageParagraphs, webinarMessageFields } from '../webinar-message-fields'
import { webinarSample } from '../webinar-sample'

const nl = {
  ...webinarDetailsCopy.nl,
  preheader: 'Een bericht over het webinar {title}.',
  intro: 'Je bent ingeschreven voor het webinar {title}. De organisatoren hebben een bericht voor je:',
  detailLink: 'Het webinar op onze website',
  why: 'Je krijgt dit bericht omdat je voor dit webinar ingeschreven bent. Het gaat alleen over dit webinar.',
}

const samples = {
  nl: { subject: 'Praktisch: zo bereid je je voor', body: 'Fijn dat je erbij bent!\n\nHoud gerust een vraag klaar over je eigen praktijk: we nemen er tijd voor aan het einde.' },
  fr: { subject: 'En pratique : comment vous préparer', body: 'Ravis de vous compter parmi nous !\n\nPréparez une question sur votre propre pratique : nous y consacrerons du temps à la fin.' },
  en: { subject: 'Practical: how to prepare', body: 'Glad you are joining us!\n\nFeel free to bring a question about your own practice: we will take time for it at the end.' },
}

/**
 * A message the organisers write to everyone holding a seat (the webinar admin's "Message to registrants"): their
 * own subject and plain-text paragraphs, framed by who it is for and why it arrives. A service mail about the webinar
 * the person registered for (no unsubscribe footer), so it must never carry promotion: the admin form says so.
 */
export const webinarMessage = defineMailTemplate({
  id: 'webinar-message',
  category: 'transactional',
  description: 'Webinars: a message from the organisers to everyone holding a seat (their own subject and text)',
  props: z.object({
    title: webinarFields.title,
    start: webinarFields.start,
    durationMinutes: webinarFields.durationMinutes,
    detailUrl: httpUrl,
    subject: webinarMessageFields.subject,
    body: webinarMessageFields.body,
  }),
  sample: ({ locale }) => ({ ...webinarSample({ locale }), ...samples[locale] }),
  copy: {
    nl,
    fr: {
      ...webinarDetailsCopy.fr,
      preheader: 'Un message au sujet du webinaire {title}.',
      intro: 'Vous êtes inscrit·e au webinaire {title}. Les organisateurs ont un message pour vous :',
      detailLink: 'Le webinaire sur notre site',
      why: 'Vous recevez ce message parce que vous êtes inscrit·e à ce webinaire. Il ne concerne que ce webinaire.',
    } satisfies typeof nl,
    en: {
      ...webinarDetailsCopy.en,
      preheader: 'A message about the webinar {title}.',
      intro: 'You registered for the webinar {title}. The organisers have a message for you:',
      detailLink: 'The webinar on our website',
      why: 'You receive this message because you registered for this webinar. It is about this webinar only.',
    } satisfies typeof nl,
  },
  compose: ({ locale, props, copy }) =>
    composeLetter({
      copy: { subject: props.subject, preheader: fillCopy(copy.preheader, { title: props.title }), intro: fillCopy(copy.intro, { title: props.title }) },
      blocks: [
        ...messageParagraphs(props.body).map((text) => ({ kind: 'paragraph' as const, text })),
        webinarDetails({ locale, copy, webinar: props }),
        { kind: 'links', items: [{ label: copy.detailLink, url: props.detailUrl }] },
        { kind: 'note', text: copy.why },
      ],
    }),
})
