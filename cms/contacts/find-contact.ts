import type { Payload } from 'payload'

import type { Contact } from '../payload-types'

/**
 * The contact a signed link names by its random reference, or undefined (erased, or a reference nobody has). Links
 * never name the integer id: SQLite gives a deleted person's id to the next one.
 */
export const findContact = async ({ payload, ref }: { payload: Payload; ref: string }): Promise<Contact | undefined> => {
  if (!ref || ref.length > 64) return undefined
  return (await payload.find({ collection: 'contacts', where: { ref: { equals: ref } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
}
