import { z } from 'zod'

import { locales } from '../../config/locales'

/**
 * The person a trial account is made for, as the web application takes it (see tests/stand-ins/specs/trial-app.md).
 * Only what the application needs to open an account: nothing about clients or health, no free text but names.
 * Profession and country are the contract's own lists (the same values as the contact's, which a test keeps equal):
 * an integration may not import the CMS.
 */
export const trialProfessions = ['psychologist', 'therapist', 'coach', 'other'] as const
export const trialCountries = ['BE', 'NL', 'other'] as const

const name = z.string().trim().min(1).max(100)

export const trialAccountSchema = z.strictObject({
  email: z.email().max(254),
  firstName: name,
  lastName: name,
  profession: z.enum(trialProfessions),
  practiceName: z.string().trim().min(1).max(200).optional(),
  country: z.enum(trialCountries),
  locale: z.enum(locales),
})

export type TrialAccount = z.input<typeof trialAccountSchema>
