import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { isUniqueViolation } from '../database/is-unique-violation'
import type { Contact } from '../payload-types'
import type { ContactProfession } from './contact-profile'
import { contactSources } from './subscription-statuses'

/**
 * The contact for an address, created when there is none (DESIGN.md: one record per person). An existing person's
 * name, language and profession are not changed from a public form (anyone can type anyone's address); they change
 * them in the preference center. Two requests creating the same address at once both end with the one row the
 * unique lookup hash let through.
 */
export const ensureContact = async ({
  payload,
  email,
  name,
  locale,
  profession,
  source,
}: {
  payload: Payload
  email: string
  name?: string
  locale: Locale
  profession?: ContactProfession
  source: (typeof contactSources)[number]
}): Promise<{ contact: Contact; created: boolean }> => {
  const find = async () => (await payload.find({ collection: 'contacts', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  const existing = await find()
  if (existing) return { contact: existing, created: false }
  try {
    const contact = await payload.create({
      collection: 'contacts',
      overrideAccess: true,
      depth: 0,
      data: { email, name: name || undefined, locale, profession, status: 'active', source, tracking: false },
    })
    return { contact, created: true }
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    const raced = await find()
    if (!raced) throw error
    return { contact: raced, created: false }
  }
}
