import type { Payload } from 'payload'

/**
 * An id from outside (a token, a tag, a job input) as the database stores ids (SQLite: integers, MongoDB: ObjectId
 * hex), or undefined for anything else (the "test" id of test mails, garbage), so no query runs with NaN or junk.
 */
export const toDocumentId = ({ payload, raw }: { payload: Payload; raw: string | number | undefined }): number | string | undefined => {
  if (raw === undefined) return undefined
  if (payload.db.defaultIDType === 'number') {
    const n = Number(raw)
    return Number.isSafeInteger(n) && n > 0 ? n : undefined
  }
  return /^[a-f0-9]{24}$/.test(String(raw)) ? String(raw) : undefined
}
