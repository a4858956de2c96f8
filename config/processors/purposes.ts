/**
 * What personal data is used for, as the privacy policy words it. Policy changes name the purposes they affect; the
 * cookie categories among them decide which banner questions a major change asks again.
 */
export const purposes = ['necessary', 'analytics', 'marketing', 'newsletter', 'webinars', 'trial', 'crm'] as const
export type Purpose = (typeof purposes)[number]
export const cookieCategories = ['analytics', 'marketing'] as const
