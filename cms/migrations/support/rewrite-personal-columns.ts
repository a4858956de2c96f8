import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

import type { DataKeyring } from '../../encryption/data-keyring'
import { decryptValue } from '../../encryption/decrypt-value'
import { encryptValue } from '../../encryption/encrypt-value'
import { keyIdOf } from '../../encryption/encrypted-value-format'
import { lookupHash } from '../../encryption/lookup-hashes'

/** One personal column as a migration sees it: SQL names, the context its values are bound to, its lookup hash. */
export type PersonalColumn = { table: string; column: string; context: string; json?: boolean; hash?: { column: string; namespace: string } }

type Db = MigrateUpArgs['db']

/** What the values look like in the column: SQLite keeps a json field as JSON text, so an encrypted one is a JSON string. */
const readStored = ({ raw, json }: { raw: unknown; json: boolean }): unknown => {
  if (typeof raw !== 'string' || !json) return raw
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return raw
  }
}

/**
 * Rewrites personal columns with raw SQL, in id order and in batches, so a migration works on its own schema (the
 * Payload config may already describe later migrations). `encrypt`: plaintext from before encryption gets encrypted
 * under the current key, with its lookup hash; `decrypt`: the reverse, for `migrate:down`. Values already in the
 * wanted form are left alone, so a migration cut short can run again.
 */
export const rewritePersonalColumns = async ({
  db,
  keyring,
  columns,
  direction,
  batchSize = 500,
}: {
  db: Db
  keyring: DataKeyring
  columns: PersonalColumn[]
  direction: 'encrypt' | 'decrypt'
  batchSize?: number
}): Promise<number> => {
  let rewritten = 0
  for (const { table, column, context, json = false, hash } of columns) {
    let cursor = 0
    for (;;) {
      const rows = await db.all<{ id: number; value: unknown }>(
        sql`SELECT id, ${sql.identifier(column)} AS value FROM ${sql.identifier(table)} WHERE id > ${cursor} AND ${sql.identifier(column)} IS NOT NULL ORDER BY id LIMIT ${batchSize}`,
      )
      if (rows.length === 0) break
      for (const { id, value } of rows) {
        const stored = readStored({ raw: value, json })
        const encrypted = typeof stored === 'string' && keyIdOf(stored) !== undefined
        if (stored === '' || encrypted === (direction === 'encrypt')) continue
        let next: string
        let hashValue: string | undefined
        if (direction === 'encrypt') {
          const plaintext = json ? JSON.stringify(stored) : String(stored)
          const sealed = encryptValue({ keyring, plaintext, context })
          next = json ? JSON.stringify(sealed) : sealed
          if (hash) hashValue = lookupHash({ key: keyring.current, value: plaintext, namespace: hash.namespace })
        } else {
          // A json field's plaintext is its JSON text, which is what the column holds.
          next = decryptValue({ keyring, stored: stored as string, context })
        }
        await db.run(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = ${next} WHERE id = ${id}`)
        if (hash && hashValue) await db.run(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(hash.column)} = ${hashValue} WHERE id = ${id}`)
        rewritten += 1
      }
      cursor = rows[rows.length - 1]!.id
    }
  }
  return rewritten
}
