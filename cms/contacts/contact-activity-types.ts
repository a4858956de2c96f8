/**
 * What can happen on a contact's timeline. Contacts' own operations append the first ones; webinars, trials and
 * forms append theirs when they land (the list is the contract between them and the timeline).
 */
export const contactActivityTypes = [
  'signed-up',
  'confirmed',
  'unsubscribed',
  'preferences-changed',
  'opened',
  'clicked',
  'webinar-registered',
  'webinar-attended',
  'trial-started',
  'trial-converted',
  'trial-ended',
  'form-submitted',
  'contest-won',
  'consent-given',
  'consent-withdrawn',
] as const
export type ContactActivityType = (typeof contactActivityTypes)[number]
