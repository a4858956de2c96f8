import type { Payload } from 'payload'

import { decryptValue } from './decrypt-value'
import { encryptValue } from './encrypt-value'
import { keyIdOf } from './encrypted-value-format'
import { keyringOf } from './keyring-of'
import { hashKeyIdOf, lookupHash } from './lookup-hashes'
import { personalCollections } from './personal-collections'

export type ReencryptProgress = { collection: string; scanned: number; rewritten: number; skipped: number }

/**
 * Rewrites every personal value that is not under the current key (a previous key's, or plaintext from before
 * encryption) under the current one, with its lookup hash, one row at a time in id order, while the site runs.
 * Resumable by construction: a value already under the current key is left alone, so a run cut short (a crash, a
 * deploy) is simply started again; until it finishes, values under the previous key stay readable through
 * DATA_ENCRYPTION_KEY_PREVIOUS. Each row is written only if its stored values are still the ones read (compare and
 * swap): a row the site changed meanwhile is skipped, and it is under the current key already.
 */
export const reencryptPersonalData = async ({
  payload,
  batchSize = 200,
  onBatch,
}: {
  payload: Payload
  batchSize?: number
  onBatch?: (progress: ReencryptProgress) => void
}): Promise<ReencryptProgress[]> => {
  const keyring = keyringOf(payload)
  const current = keyring.current.id
  const report: ReencryptProgress[] = []
  for (const { slug, fields, types } of personalCollections({ payload })) {
    const progress: ReencryptProgress = { collection: slug, scanned: 0, rewritten: 0, skipped: 0 }
    let cursor: string | number | undefined
    for (;;) {
      const page = await payload.db.find<Record<string, unknown> & { id: string | number }>({
        collection: slug,
        where: cursor === undefined ? {} : { id: { greater_than: cursor } },
        sort: 'id',
        limit: batchSize,
        pagination: false,
      })
      if (page.docs.length === 0) break
      for (const doc of page.docs) {
        progress.scanned += 1
        const data: Record<string, unknown> = {}
        const unchanged: Record<string, unknown>[] = []
        for (const field of fields) {
          const stored = doc[field.name]
          const json = types.get(field.name) === 'json'
          if (stored === undefined || stored === null || stored === '') continue
          const context = field.context
          const hashField = json ? undefined : field.lookup?.hashField
          const hashCurrent = hashField === undefined || hashKeyIdOf(doc[hashField]) === current
          if (typeof stored === 'string' && keyIdOf(stored) === current && hashCurrent) continue
          // A value under a previous key, or plaintext from before encryption (a string, or any json value).
          const legacy = typeof stored !== 'string' || keyIdOf(stored) === undefined
          const plaintext = legacy ? (json ? JSON.stringify(stored) : String(stored)) : decryptValue({ keyring, stored, context })
          data[field.name] = encryptValue({ keyring, plaintext, context })
          if (hashField && field.lookup) data[hashField] = lookupHash({ key: keyring.current, value: plaintext, namespace: field.lookup.namespace })
          if (!json) unchanged.push({ [field.name]: { equals: stored } })
        }
        if (Object.keys(data).length === 0) continue
        const written = await payload.db.updateOne({
          collection: slug,
          where: { and: [{ id: { equals: doc.id } }, ...unchanged] },
          data,
          options: { atomic: true },
          returning: false,
        } as Parameters<Payload['db']['updateOne']>[0])
        if (written === null) progress.skipped += 1
        else progress.rewritten += 1
      }
      cursor = page.docs[page.docs.length - 1]?.id
      onBatch?.({ ...progress })
    }
    report.push(progress)
  }
  return report
}
