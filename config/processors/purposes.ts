/**
 * What personal data is used for, as the privacy policy words it. Policy changes name the purposes they affect; the
 * cookie categories among them decide which banner questions a major change asks again.
 */
export const purposes = ['necessary', 'analytics', 'marketing', 'newsletter', 'webinars', 'trial', 'crm', 'contact', 'interest', 'promotion', 'contest'] as const
export type Purpose = (typeof purposes)[number]
export const cookieCategories = ['analytics', 'marketing'] as const

/** The GDPR grounds a purpose rests on (Art. 6(1)): a, consent; b, contract; f, legitimate interest. */
export type LegalBasis = 'consent' | 'contract' | 'legitimate-interest'

/**
 * Each purpose's legal basis, as the policy states it: forms, promotions and contests on consent ("Wettelijke
 * grondslag: Toestemming … bij het invullen van formulieren"), a trial on its contract. Forms read theirs from here;
 * nobody types it.
 */
export const purposeLegalBases: Record<Purpose, LegalBasis> = {
  necessary: 'legitimate-interest',
  analytics: 'consent',
  marketing: 'consent',
  newsletter: 'consent',
  webinars: 'contract',
  trial: 'contract',
  crm: 'consent',
  contact: 'consent',
  interest: 'consent',
  promotion: 'consent',
  contest: 'consent',
}
