import { z } from 'zod'

import { formatEventTime } from '../../config/format-event-time'
import { composeLetter } from '../compose-letter'
import { fillCopy } from '../fill-copy'
import { defineMailTemplate } from '../mail-template'
import { webinarSample } from '../webinar-sample'
import { webinarSeatBlocks } from '../webinar-seat-blocks'
import { webinarSeatCopy } from '../webinar-seat-copy'
import { webinarSeatProps } from '../webinar-seat-props'

const nl = {
  ...webinarSeatCopy.nl,
  subject: 'Gewijzigd: {title}',
  preheader: 'Er is iets veranderd aan het webinar waarvoor je ingeschreven bent.',
  intro: 'Er is iets veranderd aan het webinar waarvoor je ingeschreven bent. Je plaats blijft gewoon behouden.',
  changesIntro: 'Dit is er veranderd:',
  changedTime: 'het tijdstip: het webinar vindt nu plaats op {when}',
  changedLink: 'de link om deel te nemen: gebruik voortaan de knop in deze mail, niet de link uit eerdere mails',
  attached: 'De bijgewerkte uitnodiging voor je agenda zit als bijlage bij deze mail: open ze, dan past je agenda zich aan.',
}

/**
 * The organiser moved the webinar or changed its join link: what changed, then the seat's full details again so
 * this is the one mail to keep. The updated calendar invitation (same UID, higher sequence) is attached by the sender.
 */
export const webinarUpdated = defineMailTemplate({
  id: 'webinar-updated',
  category: 'transactional',
  description: 'Webinars: the time or the join link changed, with the updated calendar invitation attached',
  props: webinarSeatProps.extend({
    /** What changed, so the mail names it; at least one, each once. */
    changes: z
      .array(z.enum(['time', 'link']))
      .min(1)
      .refine((changes) => new Set(changes).size === changes.length, { message: 'each change once' }),
  }),
  sample: ({ locale }) => ({ ...webinarSample({ locale }), changes: ['time' as const, 'link' as const] }),
  copy: {
    nl,
    fr: {
      ...webinarSeatCopy.fr,
      subject: 'Modification : {title}',
      preheader: 'Le webinaire auquel vous êtes inscrit·e a changé.',
      intro: 'Le webinaire auquel vous êtes inscrit·e a changé. Votre place reste bien entendu réservée.',
      changesIntro: 'Voici ce qui change :',
      changedTime: 'l’horaire : le webinaire a désormais lieu le {when}',
      changedLink: 'le lien pour participer : utilisez désormais le bouton de cet e-mail, et non le lien des e-mails précédents',
      attached: 'L’invitation mise à jour pour votre agenda est jointe à cet e-mail : ouvrez-la et votre agenda se mettra à jour.',
    } satisfies typeof nl,
    en: {
      ...webinarSeatCopy.en,
      subject: 'Changed: {title}',
      preheader: 'Something has changed about the webinar you registered for.',
      intro: 'Something has changed about the webinar you registered for. Your seat is still yours.',
      changesIntro: 'This is what changed:',
      changedTime: 'the time: the webinar now takes place on {when}',
      changedLink: 'the link to join: from now on use the button in this mail, not the link from earlier mails',
      attached: 'The updated calendar invitation is attached to this mail: open it and your calendar will update.',
    } satisfies typeof nl,
  },
  compose: ({ locale, props, copy }) => {
    const when = formatEventTime({ start: props.start, durationMinutes: props.durationMinutes, locale })
    const changed = { time: fillCopy(copy.changedTime, { when }), link: copy.changedLink }
    return composeLetter({
      copy,
      subject: fillCopy(copy.subject, { title: props.title }),
      blocks: [
        { kind: 'paragraph', text: copy.changesIntro },
        // Time first, whatever order the caller listed them in: the same change always reads the same.
        { kind: 'list', items: (['time', 'link'] as const).filter((c) => props.changes.includes(c)).map((c) => changed[c]) },
        ...webinarSeatBlocks({ locale, copy, seat: props }),
        { kind: 'note', text: copy.attached },
      ],
    })
  },
})
