/** What a contact does: the professions myPlugin is made for, and everyone else. */
export const contactProfessions = ['psychologist', 'therapist', 'coach', 'other'] as const
export type ContactProfession = (typeof contactProfessions)[number]

/** Where a contact works: the two markets myPlugin serves, and elsewhere. */
export const contactCountries = ['BE', 'NL', 'other'] as const
export type ContactCountry = (typeof contactCountries)[number]
