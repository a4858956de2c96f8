/**
 * True when an id can name a row: the SQL adapter's ids are integers, and anything else (`abc`, `%00`) reaches it as
 * NaN, which libSQL refuses with an error (a 500). MongoDB's ids are strings: anything non-empty may be tried.
 */
export const isValidDocumentId = ({ id, idType }: { id: unknown; idType: 'number' | 'text' }): boolean => {
  if (idType === 'text') return (typeof id === 'string' && id.length > 0) || typeof id === 'number'
  if (typeof id === 'number') return Number.isSafeInteger(id) && id >= 0
  return typeof id === 'string' && /^\d{1,15}$/.test(id)
}
