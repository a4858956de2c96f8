import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * Contest terms are proof: a form that offers them, or an entry that accepted one of their versions, needs them to
 * stay readable. Deleting them is refused with where they are used; unpublishing them closes the forms instead.
 */
export const keepAcceptedTerms: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const forms = await req.payload.count({ collection: 'forms', where: { terms: { equals: id } }, req, overrideAccess: true })
  const versions = (await req.payload.findVersions({ collection: 'contest-terms', where: { parent: { equals: id } }, pagination: false, depth: 0, req, overrideAccess: true, select: {} })).docs.map((v) => String(v.id))
  const entries = versions.length === 0 ? 0 : (await req.payload.count({ collection: 'form-submissions', where: { termsVersion: { in: versions } }, req, overrideAccess: true })).totalDocs
  if (forms.totalDocs > 0 || entries > 0) {
    const where = [forms.totalDocs > 0 ? `${forms.totalDocs} form(s) offer them` : '', entries > 0 ? `${entries} entr${entries === 1 ? 'y' : 'ies'} accepted them` : ''].filter(Boolean).join(' and ')
    throw new APIError(`These terms cannot be deleted: ${where}. Unpublish them to close their forms; they stay as proof of what entrants accepted.`, 400, undefined, true)
  }
}
