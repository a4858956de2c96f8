import type { Payload } from 'payload'

import type { Contact } from '../payload-types'
import { toDocumentId } from '../database/to-document-id'

/** The contact a signed link names, or undefined (erased, or an id that cannot exist). */
export const findContact = async ({ payload, id }: { payload: Payload; id: string }): Promise<Contact | undefined> => {
  const docId = toDocumentId({ payload, raw: id })
  if (docId === undefined) return undefined
  return (await payload.find({ collection: 'contacts', where: { id: { equals: docId } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
}
