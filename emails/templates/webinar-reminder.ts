import { z } from 'zod'

import { composeLetter } from '../compose-letter'
import { fillCopy } from '../fill-copy'
import { httpUrl } from '../http-url'
import { defineMailTemplate } from '../mail-template'
import { webinarFields } from '../webinar-fields'
import { webinarSample } from '../webinar-sample'
import { webinarSeatBlocks } from '../webinar-seat-blocks'
import { webinarSeatCopy } from '../webinar-seat-copy'

const nl = {
  ...webinarSeatCopy.nl,
  subject24h: 'Herinnering: {title}',
  preheader24h: 'Het webinar waarvoor je ingeschreven bent, is binnenkort. Hierin vind je je link om deel te nemen.',
  intro24h: 'Een korte herinnering: het webinar waarvoor je ingeschreven bent, vindt binnenkort plaats. We kijken ernaar uit je te zien.',
  subject1h: 'Over een uur: {title}',
  preheader1h: 'Het webinar begint over ongeveer een uur. Hierin vind je je link om deel te nemen.',
  intro1h: 'Nog even en we beginnen: het webinar start over ongeveer een uur.',
  tip1h: 'Tip: open de link een paar minuten vooraf, dan weet je zeker dat je geluid en beeld werken.',
}

const webinar = { title: webinarFields.title, start: webinarFields.start, durationMinutes: webinarFields.durationMinutes, joinUrl: httpUrl, calendar: webinarFields.calendar.optional() }

/**
 * The reminders before a webinar, one template for both moments. A day ahead the person can still give the seat back
 * (cancelUrl required); an hour ahead that is too late to help anyone, so the 1-hour reminder has no cancel link.
 */
export const webinarReminder = defineMailTemplate({
  id: 'webinar-reminder',
  category: 'transactional',
  description: 'Webinars: the reminder 24 hours and 1 hour before, with the join link',
  props: z.discriminatedUnion('when', [z.object({ when: z.literal('24h'), ...webinar, cancelUrl: httpUrl }), z.object({ when: z.literal('1h'), ...webinar })]),
  sample: ({ locale }) => ({ when: '24h' as const, ...webinarSample({ locale }) }),
  copy: {
    nl,
    fr: {
      ...webinarSeatCopy.fr,
      subject24h: 'Rappel : {title}',
      preheader24h: 'Le webinaire auquel vous êtes inscrit·e approche. Voici votre lien pour participer.',
      intro24h: 'Petit rappel : le webinaire auquel vous êtes inscrit·e a lieu très bientôt. Nous nous réjouissons de vous y retrouver.',
      subject1h: 'Dans une heure : {title}',
      preheader1h: 'Le webinaire commence dans une heure environ. Voici votre lien pour participer.',
      intro1h: 'C’est bientôt l’heure : le webinaire commence dans une heure environ.',
      tip1h: 'Conseil : ouvrez le lien quelques minutes à l’avance pour vérifier que le son et l’image fonctionnent.',
    } satisfies typeof nl,
    en: {
      ...webinarSeatCopy.en,
      subject24h: 'Reminder: {title}',
      preheader24h: 'The webinar you registered for is coming up. Here is your link to join.',
      intro24h: 'A quick reminder: the webinar you registered for is coming up soon. We look forward to seeing you there.',
      subject1h: 'In one hour: {title}',
      preheader1h: 'The webinar starts in about an hour. Here is your link to join.',
      intro1h: 'Almost time: the webinar starts in about an hour.',
      tip1h: 'Tip: open the link a few minutes early so you know your sound and picture work.',
    } satisfies typeof nl,
  },
  compose: ({ locale, props, copy }) => {
    const soon = props.when === '1h'
    const letter = soon
      ? { subject: copy.subject1h, preheader: copy.preheader1h, intro: copy.intro1h }
      : { subject: copy.subject24h, preheader: copy.preheader24h, intro: copy.intro24h }
    return composeLetter({
      copy: letter,
      subject: fillCopy(letter.subject, { title: props.title }),
      blocks: [...webinarSeatBlocks({ locale, copy, seat: props }), ...(soon ? [{ kind: 'note' as const, text: copy.tip1h }] : [])],
    })
  },
})
