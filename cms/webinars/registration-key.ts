/**
 * A registration's name: the webinar and the person's random reference (never their reusable row id). One per
 * person and webinar (the unique `key`), and what cancel links carry.
 */
export const registrationKey = ({ webinarId, contactRef }: { webinarId: string | number; contactRef: string }) => `w${webinarId}:c${contactRef}`
