import { index, integer, sqliteTable, text } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

/**
 * Budgets and once-only claims shared by every server process (rate-limiter-flexible's Drizzle store): the key
 * (prefixed, keyed-hashed: never a raw address), the points used, and when the row stops counting. Not a Payload
 * collection: nobody edits it, and it must be written before Payload handles the request.
 */
export const rateLimitsTable = sqliteTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    points: integer('points').notNull().default(0),
    expire: integer('expire', { mode: 'timestamp_ms' }),
  },
  (table) => [index('rate_limits_expire_idx').on(table.expire)],
)
