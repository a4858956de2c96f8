import { NotFound, QueryError, type CollectionBeforeOperationHook, type SanitizedConfig, type Sort, type Where } from 'payload'

import { crossesRelation } from './crosses-relation'
import { isValidDocumentId } from './is-valid-document-id'
import { queryPaths } from './query-paths'

// Payload names findVersions and findVersionByID 'read' in hooks: those are caught by the readVersions access below.
const versionOperations = new Set(['restoreVersion', 'countVersions'])

/**
 * Payload passes some inputs straight to the database adapter, which fails on them with a 500 anyone can trigger:
 * an id that is no id (`/api/pages/abc`), the versions of a collection that keeps none (`/api/media/versions`: there
 * is no table), a query or sort through a relation (`meta.image.alt`: a broken join). Each is answered as what it is
 * (404, 400) before the operation runs, through every door (REST, GraphQL, Local API). The built config is amended
 * because these hooks belong on every collection, Payload's own included.
 */
export const guardQueryInput = (config: SanitizedConfig): SanitizedConfig => {
  const locales = config.localization ? config.localization.localeCodes : []
  for (const collection of config.collections) {
    // A collection with its own id field decides what its ids look like.
    const customId = collection.flattenedFields.some((f) => f.name === 'id')
    const guard: CollectionBeforeOperationHook = ({ args, operation, req }) => {
      if (versionOperations.has(operation) && !collection.versions) throw new NotFound(req.t)
      const { id, where, sort } = args as { id?: unknown; where?: Where; sort?: Sort }
      if (id !== undefined && !customId && !isValidDocumentId({ id, idType: req.payload.db.defaultIDType })) throw new NotFound(req.t)
      const crossing = queryPaths({ where, sort }).filter((path) => crossesRelation({ fields: collection.flattenedFields, path, locales }))
      if (crossing.length > 0) throw new QueryError(crossing.map((path) => ({ path: path.join('.') })))
      return args
    }
    collection.hooks.beforeOperation = [guard, ...(collection.hooks.beforeOperation ?? [])]
    // Asked only by the version operations (Payload's permission summary skips it for collections without versions).
    if (!collection.versions)
      collection.access.readVersions = ({ req }) => {
        throw new NotFound(req.t)
      }
  }
  return config
}
