import { createClient, type Client, type InStatement, type Transaction } from '@libsql/client'

type Release = () => void

/** A FIFO async lock: one writer at a time inside this process. */
const createMutex = () => {
  let tail: Promise<void> = Promise.resolve()
  return {
    acquire: (): Promise<Release> => {
      let release!: Release
      const held = new Promise<void>((resolve) => (release = resolve))
      const ready = tail.then(() => {
        let released = false
        return () => {
          if (released) return
          released = true
          release()
        }
      })
      tail = tail.then(() => held)
      return ready
    },
  }
}

const readOnly = /^\s*(select|pragma|explain)\b/i
const sqlOf = (stmt: InStatement): string => (typeof stmt === 'string' ? stmt : stmt.sql)

/**
 * A libSQL client that several server processes can share one SQLite file with.
 *
 * Why it exists:
 * - SQLite's busy timeout is per connection, and @libsql/client gives its connection to each transaction and lazily
 *   opens a new one for the next statement, without the timeout Payload set at start-up: a second process then got
 *   "database is locked" at once. Here every new connection gets the pragmas before its first statement (libSQL's
 *   local client runs statements synchronously inside each call, so nothing can slip in between).
 * - Because those calls are synchronous, a write on a second connection of the same process would block the event
 *   loop while the first connection's transaction waits for it — a deadlock. Writes (transactions, batches,
 *   non-SELECT statements) therefore take turns through an in-process lock; reads run freely beside them (WAL).
 *   Across processes SQLite's own lock and the busy timeout do the queueing.
 */
export const createSqliteClient = ({ url, busyTimeoutMs }: { url: string; busyTimeoutMs: number }): Client => {
  const client = createClient({ url })
  const writes = createMutex()
  let fresh = true
  let walChecked = false
  const prepare = () => {
    if (!fresh) return
    fresh = false
    const ignore = () => undefined
    client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`).catch(ignore)
    client.execute('PRAGMA synchronous = NORMAL').catch(ignore)
    if (!walChecked) {
      walChecked = true
      // WAL lets readers run beside the writer; the mode is stored in the file, so once is enough.
      client.execute('PRAGMA journal_mode = WAL').catch(ignore)
      client.execute(`PRAGMA journal_size_limit = ${64 * 1024 * 1024}`).catch(ignore)
    }
  }
  const exclusive = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await writes.acquire()
    try {
      prepare()
      return await run()
    } finally {
      release()
    }
  }

  const transaction = async (...args: Parameters<Client['transaction']>): Promise<Transaction> => {
    const release = await writes.acquire()
    try {
      prepare()
      const tx = await client.transaction(...args)
      // The transaction took the connection; the next statement opens a new one.
      fresh = true
      const end = <K extends 'commit' | 'rollback'>(method: K) => async () => {
        try {
          return await tx[method]()
        } finally {
          release()
        }
      }
      return new Proxy(tx, {
        get(target, prop) {
          if (prop === 'commit') return end('commit')
          if (prop === 'rollback') return end('rollback')
          if (prop === 'close') {
            return () => {
              try {
                target.close()
              } finally {
                release()
              }
            }
          }
          const value = Reflect.get(target, prop, target) as unknown
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
        },
      })
    } catch (error) {
      release()
      throw error
    }
  }

  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'transaction') return transaction
      if (prop === 'execute') {
        return (stmt: InStatement) => {
          if (readOnly.test(sqlOf(stmt))) {
            prepare()
            return target.execute(stmt)
          }
          return exclusive(() => target.execute(stmt))
        }
      }
      if (prop === 'batch') return (...args: Parameters<Client['batch']>) => exclusive(() => target.batch(...args))
      if (prop === 'executeMultiple') return (sql: string) => exclusive(() => target.executeMultiple(sql))
      if (prop === 'migrate') return (stmts: InStatement[]) => exclusive(() => target.migrate(stmts))
      const value = Reflect.get(target, prop, target) as unknown
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    },
  })
}
