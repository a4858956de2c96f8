import { ValidationError, type CollectionAfterReadHook, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type SanitizedConfig, type Where } from 'payload'

import { keyringOf } from './keyring-of'
import { lookupHash, lookupHashes, normaliseLookup } from './lookup-hashes'
import { personalFieldsOf } from './personal-fields-of'
import { rewritePersonalWhere } from './rewrite-personal-where'

const queryOperations = new Set(['read', 'update', 'delete', 'count'])

/**
 * Completes personalField on every collection that has one: the lookup hash is written with the value (current key)
 * and kept unique across every configured key (so a rotation half-way never lets a second row in for one address),
 * and queries through any door (REST, GraphQL, Local API, the admin's search) are answered through the hashes. The
 * built config is amended because the hooks must wrap whatever else the collection does.
 */
export const encryptPersonalData = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    const fields = personalFieldsOf({ fields: collection.flattenedFields })
    if (fields.length === 0) continue
    const lookups = fields.filter((f) => f.lookup)

    const rewrite: CollectionBeforeOperationHook = ({ args, operation, req }) => {
      const where = (args as { where?: Where }).where
      if (!queryOperations.has(operation) || !where || typeof where !== 'object') return args
      return { ...args, where: rewritePersonalWhere({ where, fields, keyring: keyringOf(req.payload) }) }
    }

    const hashes: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection: config }) => {
      const keyring = keyringOf(req.payload)
      for (const field of lookups) {
        const lookup = field.lookup as NonNullable<typeof field.lookup>
        const value = data[field.name]
        if (value === null || value === '') data[lookup.hashField] = null
        if (typeof value !== 'string' || value === '') continue
        const hash = lookupHash({ key: keyring.current, value, namespace: lookup.namespace })
        data[lookup.hashField] = hash
        // An unchanged address (originalDoc is read in clear) needs no new check: one query saved per save.
        const before = (originalDoc as Record<string, unknown> | undefined)?.[field.name]
        if (!lookup.unique || (typeof before === 'string' && normaliseLookup(before) === normaliseLookup(value))) continue
        const id = (originalDoc as { id?: string | number } | undefined)?.id
        const where: Where = { [lookup.hashField]: { in: lookupHashes({ keyring, value, namespace: lookup.namespace }) } }
        const clash = await req.payload.db.findOne({ collection: config.slug, where: id === undefined ? where : { and: [where, { id: { not_equals: id } }] }, req })
        if (clash) throw new ValidationError({ collection: config.slug, errors: [{ path: field.name, message: req.t('error:valueMustBeUnique') }] }, req.t)
      }
      return data
    }

    // The hash says nothing without the key, but it is ours: no reader needs it, so no reader gets it.
    const dropHashes: CollectionAfterReadHook = ({ doc }) => {
      for (const field of lookups) delete (doc as Record<string, unknown>)[(field.lookup as NonNullable<typeof field.lookup>).hashField]
      return doc
    }

    collection.hooks.beforeOperation = [...(collection.hooks.beforeOperation ?? []), rewrite]
    collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), hashes]
    collection.hooks.afterRead = [...(collection.hooks.afterRead ?? []), dropHashes]
  }
  return config
}
