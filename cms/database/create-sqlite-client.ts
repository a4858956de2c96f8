import { createClient, type Client, type InStatement, type ResultSet, type Transaction, type TransactionMode } from '@libsql/client'

import { createWriteLock } from './create-write-lock'

const readOnly = /^\s*(select|explain)\b/i
const pragma = /^\s*pragma\b/i
const sqlOf = (stmt: InStatement): string => (typeof stmt === 'string' ? stmt : stmt.sql)
const begins: Record<TransactionMode, string> = { write: 'BEGIN IMMEDIATE', read: 'BEGIN TRANSACTION READONLY', deferred: 'BEGIN DEFERRED' }

/** How long a write waits for the in-process lock before it fails (instead of hanging every later write). */
export const defaultWriteWaitMs = 10_000

/**
 * A libSQL client that several server processes can share one SQLite file with, on two connections kept open for
 * the life of the process: one that reads, one that writes.
 *
 * Why it exists:
 * - @libsql/client gives its connection away to each transaction and opens a new one for the next statement, and
 *   never closes the one it gave away. Each opening costs a connection, parsing the whole schema again at its first
 *   statement, and garbage for the collector: with Payload's one transaction per save, that was about a third of a
 *   sign-up's time. Here transactions run on the one writer connection (BEGIN … COMMIT on it), so nothing reopens.
 * - Only one transaction can be open on a connection, and libSQL's local client runs statements synchronously
 *   inside each call: writes (transactions, batches, non-SELECT statements) therefore take turns through an
 *   in-process lock. Reads run freely beside them on the reader connection, which sees only committed data (WAL).
 *   Across processes SQLite's own lock and the busy timeout, set on both connections, do the queueing.
 * - A transaction begins (takes the lock and runs BEGIN) only at its first statement, not when Payload opens it.
 *   Payload's forgot-password opens a transaction and then writes outside it (its rate-limit reservation) before
 *   using it: with an eager BEGIN that write waited for the transaction and the transaction for the write, and every
 *   later write queued behind them forever. Opened-but-unused, a transaction holds nothing, so such writes pass.
 * - No writer waits more than `writeWaitMs` for the lock: it fails with a clear error, and the queue moves on.
 * - PRAGMAs change a connection's settings, so they run on both (the reader's answer is returned).
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
  const open = ({ wal }: { wal: boolean }) => {
    const connection = createClient({ url })
    const ignore = () => undefined
    // The local client runs each call synchronously: these are set before anything else can run on it.
    connection.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`).catch(ignore)
    connection.execute('PRAGMA synchronous = NORMAL').catch(ignore)
    if (wal) {
      // WAL lets readers run beside the writer; the mode is stored in the file, so once is enough.
      connection.execute('PRAGMA journal_mode = WAL').catch(ignore)
      connection.execute(`PRAGMA journal_size_limit = ${64 * 1024 * 1024}`).catch(ignore)
    }
    return connection
  }
  const reader = open({ wal: true })
  const writer = open({ wal: false })
  const writes = createWriteLock()

  const exclusive = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await writes.acquire({ timeoutMs: writeWaitMs })
    try {
      return await run()
    } finally {
      release()
    }
  }

  const transaction = (mode: TransactionMode = 'write'): Promise<Transaction> => {
    let begun: Promise<() => void> | undefined
    let closed = false
    const begin = () => {
      if (closed) throw new Error('database transaction: already committed or rolled back')
      begun ??= (async () => {
        const release = await writes.acquire({ timeoutMs: writeWaitMs })
        try {
          await writer.execute(begins[mode])
          return release
        } catch (error) {
          release()
          throw error
        }
      })()
      return begun
    }
    const end = async (method: 'COMMIT' | 'ROLLBACK') => {
      if (closed) return
      closed = true
      if (!begun) return
      let release: () => void
      try {
        release = await begun
      } catch {
        return // it never began: nothing to end, and begin() released the lock
      }
      try {
        await writer.execute(method)
      } catch (error) {
        // A COMMIT that failed (busy, full disk) leaves the transaction open: end it, so the next writer starts clean.
        if (method === 'COMMIT') await writer.execute('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        release()
      }
    }
    const lazy: Transaction = {
      execute: async (stmt: InStatement) => {
        await begin()
        return writer.execute(stmt)
      },
      batch: async (stmts: InStatement[]) => {
        await begin()
        const results: ResultSet[] = []
        for (const stmt of stmts) results.push(await writer.execute(stmt))
        return results
      },
      // libSQL's executeMultiple rolls back whatever transaction is open on its connection when it ends.
      executeMultiple: async () => {
        throw new Error('database transaction: executeMultiple cannot run inside a transaction')
      },
      commit: () => end('COMMIT'),
      rollback: () => end('ROLLBACK'),
      close: () => {
        void end('ROLLBACK').catch(() => undefined)
      },
      get closed() {
        return closed
      },
    } as Transaction
    return Promise.resolve(lazy)
  }

  return new Proxy(reader, {
    get(target, prop) {
      if (prop === 'transaction') return transaction
      if (prop === 'execute') {
        return async (stmt: InStatement) => {
          const sql = sqlOf(stmt)
          if (readOnly.test(sql)) return target.execute(stmt)
          if (pragma.test(sql)) {
            await exclusive(() => writer.execute(stmt))
            return target.execute(stmt)
          }
          return exclusive(() => writer.execute(stmt))
        }
      }
      if (prop === 'batch') return (...args: Parameters<Client['batch']>) => exclusive(() => writer.batch(...args))
      if (prop === 'executeMultiple') return (sql: string) => exclusive(() => writer.executeMultiple(sql))
      if (prop === 'migrate') return (stmts: InStatement[]) => exclusive(() => writer.migrate(stmts))
      if (prop === 'close') {
        return () => {
          writer.close()
          target.close()
        }
      }
      const value = Reflect.get(target, prop, target) as unknown
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    },
  })
}
