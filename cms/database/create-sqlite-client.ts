import { createClient, type Client, type InStatement, type Transaction, type TransactionMode } from '@libsql/client'

import { createWriteLock } from './create-write-lock'

const readOnly = /^\s*(select|pragma|explain)\b/i
const sqlOf = (stmt: InStatement): string => (typeof stmt === 'string' ? stmt : stmt.sql)

/** How long a write waits for the in-process lock before it fails (instead of hanging every later write). */
export const defaultWriteWaitMs = 10_000

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
 * - A transaction begins (takes the lock and runs BEGIN IMMEDIATE) only at its first statement, not when Payload
 *   opens it. Payload's forgot-password opens a transaction and then writes outside it (its rate-limit reservation)
 *   before using it: with an eager BEGIN that write waited for the transaction and the transaction for the write, and
 *   every later write queued behind them forever. Opened-but-unused, a transaction holds nothing, so such writes pass.
 * - No writer waits more than `writeWaitMs` for the lock: it fails with a clear error, and the queue moves on.
 */
export const createSqliteClient = ({
  url,
  busyTimeoutMs,
  writeWaitMs = defaultWriteWaitMs,
}: {
  url: string
  busyTimeoutMs: number
  writeWaitMs?: number
}): Client => {
  const client = createClient({ url })
  const writes = createWriteLock()
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
    const release = await writes.acquire({ timeoutMs: writeWaitMs })
    try {
      prepare()
      return await run()
    } finally {
      release()
    }
  }

  const transaction = (mode?: TransactionMode): Promise<Transaction> => {
    let begun: Promise<{ tx: Transaction; release: () => void }> | undefined
    let closed = false
    const begin = () => {
      if (closed) throw new Error('database transaction: already committed or rolled back')
      begun ??= (async () => {
        const release = await writes.acquire({ timeoutMs: writeWaitMs })
        try {
          prepare()
          const tx = await client.transaction(mode)
          // The transaction took the connection; the next statement opens a new one.
          fresh = true
          return { tx, release }
        } catch (error) {
          release()
          throw error
        }
      })()
      return begun
    }
    const end = async (method: 'commit' | 'rollback') => {
      if (closed) return
      closed = true
      if (!begun) return
      let started: Awaited<NonNullable<typeof begun>>
      try {
        started = await begun
      } catch {
        return // it never began: nothing to end, and begin() released the lock
      }
      try {
        await started.tx[method]()
      } finally {
        started.release()
      }
    }
    const lazy: Transaction = {
      execute: async (stmt) => (await begin()).tx.execute(stmt),
      batch: async (stmts) => (await begin()).tx.batch(stmts),
      executeMultiple: async (sql) => (await begin()).tx.executeMultiple(sql),
      commit: () => end('commit'),
      rollback: () => end('rollback'),
      close: () => {
        if (closed) return
        closed = true
        void begun?.then(
          ({ tx, release }) => {
            try {
              tx.close()
            } finally {
              release()
            }
          },
          () => undefined,
        )
      },
      get closed() {
        return closed
      },
    }
    return Promise.resolve(lazy)
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
