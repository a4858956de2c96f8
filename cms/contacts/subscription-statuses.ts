/** Per list: asked but not confirmed yet, confirmed (double opt-in done), or left. */
export const subscriptionStatuses = ['pending', 'confirmed', 'unsubscribed'] as const
export type SubscriptionStatus = (typeof subscriptionStatuses)[number]

/** The person as a whole: reachable, or not any more (their own choice, or the mail provider's verdict). */
export const contactStatuses = ['active', 'unsubscribed', 'bounced', 'complained'] as const
export type ContactStatus = (typeof contactStatuses)[number]

/** Where a contact came from (the first way we got to know them). */
export const contactSources = ['form', 'admin', 'import', 'webinar', 'trial'] as const
