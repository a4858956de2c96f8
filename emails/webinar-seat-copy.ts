import type { Locale } from '../config/locales'
import { webinarDetailsCopy } from './webinar-details-copy'

/**
 * The wording around a seat (join link, calendar, giving the seat back), shared by every mail that carries the
 * join link so they all say it the same way; each template spreads it into its own copy.
 */
export const webinarSeatCopy = {
  nl: {
    ...webinarDetailsCopy.nl,
    detailLink: 'Programma en praktische info op de pagina van het webinar',
    joinIntro:
      'Op het moment zelf neem je deel met de knop hieronder. Deze link is alleen voor jou: deel hem niet met anderen. Wil een collega ook meedoen? Die schrijft zich zelf in via de pagina van het webinar.',
    joinButton: 'Deelnemen aan het webinar',
    calendarIntro: 'Zet het webinar in je agenda:',
    googleCalendar: 'Google Agenda',
    outlookCalendar: 'Outlook',
    cancelIntro: 'Kun je toch niet? Annuleer dan je inschrijving, zodat je plaats vrijkomt voor iemand anders.',
    cancelLink: 'Inschrijving annuleren',
  },
  fr: {
    ...webinarDetailsCopy.fr,
    detailLink: 'Programme et infos pratiques sur la page du webinaire',
    joinIntro:
      'Le moment venu, rejoignez le webinaire avec le bouton ci-dessous. Ce lien est strictement personnel : ne le partagez pas. Un collègue souhaite participer ? Il peut s’inscrire lui-même sur la page du webinaire.',
    joinButton: 'Rejoindre le webinaire',
    calendarIntro: 'Ajoutez le webinaire à votre agenda :',
    googleCalendar: 'Google Agenda',
    outlookCalendar: 'Outlook',
    cancelIntro: 'Vous ne pouvez finalement pas y assister ? Annulez votre inscription pour libérer votre place pour quelqu’un d’autre.',
    cancelLink: 'Annuler mon inscription',
  },
  en: {
    ...webinarDetailsCopy.en,
    detailLink: 'Programme and practical details on the webinar page',
    joinIntro:
      'When it is time, join with the button below. This link is yours alone: please do not share it. Would a colleague like to join too? They can register themselves on the webinar page.',
    joinButton: 'Join the webinar',
    calendarIntro: 'Add the webinar to your calendar:',
    googleCalendar: 'Google Calendar',
    outlookCalendar: 'Outlook',
    cancelIntro: 'Can’t make it after all? Cancel your registration so that someone else can have your seat.',
    cancelLink: 'Cancel my registration',
  },
} satisfies Record<Locale, Record<string, string>>
