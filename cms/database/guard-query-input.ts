import { NotFound, QueryError, type CollectionBeforeOperationHook, type SanitizedConfig, type Sort, type Where } from 'payload'

import { crossesRelation } from './crosses-relation'
import { fieldAtPath } from './field-at-path'
import { isValidDocumentId } from './is-valid-document-id'
import { queryOperators } from './query-operators'
import { queryPaths } from './query-paths'

// The operators Payload accepts and hands to the adapter (payload/dist/types/constants.js; not exported). Anything
// else (`$ne`, a nested field name) Payload itself refuses or treats as a path.
const adapterOperators = new Set(['equals', 'contains', 'not_equals', 'in', 'all', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'within', 'intersects', 'near'])

// Payload names findVersions and findVersionByID 'read' in hooks: those are caught by the readVersions access below.
// Comparisons the SQL adapter binds as a date: an operand that is no date binds as nothing and the query fails.
const dateComparisons = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
// Operators the adapter binds as one value: an object or array there is bound as "[object Object]" (or a list where
// one value goes) and the query fails. `contains` takes an array for hasMany fields.
const scalarOperators = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like'])
// A Date is one value, not a structure: Payload's own Local API queries compare with one (the admin's document view
// asks payload-locked-documents for `updatedAt greater_than new Date(…)`), and the adapter binds it as a date.
const isStructured = ({ operator, value }: { operator: string; value: unknown }) =>
  value !== null && typeof value === 'object' && !(value instanceof Date) && (scalarOperators.has(operator) || (operator === 'contains' && !Array.isArray(value)))
const isDate = (value: unknown) =>
  value instanceof Date ? !Number.isNaN(value.getTime()) : (typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime())

const versionOperations = new Set(['restoreVersion', 'countVersions'])

/**
 * Payload passes some inputs straight to the database adapter, which fails on them with a 500 anyone can trigger:
 * an id that is no id (`/api/pages/abc`), the versions of a collection that keeps none (`/api/media/versions`: there
 * is no table), a query or sort through a relation (`meta.image.alt`: a broken join). Each is answered as what it is
 * (404, 400) before the operation runs, and so is an operator Payload accepts but the SQL adapter has no
 * implementation for (`near`, `within`, `intersects`, `all`: Drizzle calls an undefined function; none of our
 * collections has the point field they are for) or a date comparison with something that is no date
 * (`createdAt greater_than not-a-date`: the adapter binds nothing and the query fails), or an object or array
 * where one value goes (`slug[equals][$gt]=0`, `slug[equals][]=a`), through every door (REST,
 * GraphQL, Local API). The built config is amended because these hooks belong on every collection, Payload's own
 * included.
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
      // Drizzle adapters expose the operators they implement; MongoDB's has none to compare against.
      const implemented = (req.payload.db as { operators?: Record<string, unknown> }).operators
      const unsupported = implemented ? queryOperators({ where }).filter(({ operator }) => adapterOperators.has(operator) && !(operator in implemented)) : []
      if (unsupported.length > 0) throw new QueryError(unsupported.map(({ path, operator }) => ({ path: `${path}.${operator}` })))
      const structured = queryOperators({ where }).filter(isStructured)
      if (structured.length > 0) throw new QueryError(structured.map(({ path, operator }) => ({ path: `${path}.${operator}` })))
      const notDates = queryOperators({ where }).filter(
        ({ path, operator, value }) =>
          dateComparisons.has(operator) && value !== null && fieldAtPath({ fields: collection.flattenedFields, path: path.split('.'), locales })?.type === 'date' && !isDate(value),
      )
      if (notDates.length > 0) throw new QueryError(notDates.map(({ path, operator }) => ({ path: `${path}.${operator}` })))
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
