import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Each publication of contest terms gets the next number (1, 2, 3…), counted from the published versions kept, so
 * "version 2" means the same text to the entrant, the marketer and a supervisory authority. Draft saves keep the
 * number of the version they will replace.
 */
export const numberTermsVersion: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  const published =
    id === undefined
      ? 0
      : (await req.payload.countVersions({ collection: 'contest-terms', where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] }, overrideAccess: true, req })).totalDocs
  return { ...data, versionNumber: published + 1 }
}
