import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createSqliteClient } from '../../cms/database/create-sqlite-client'
import { probeWrite } from '../../cms/database/probe-write'
import { createReadinessCheck } from '../../server/create-readiness-check'
import { tempDir } from '../support/temp-dir'

/**
 * The in-process write lock of cms/database/create-sqlite-client.ts, on a real SQLite file: Payload's pattern of
 * opening a transaction and then writing outside it (forgot-password) must pass, a writer stuck behind a held
 * transaction must fail in bounded time with a clear error, and the readiness probe must see the hang.
 */
const file = path.join(tempDir({ prefix: 'lock' }), 'lock.db')
const client = createSqliteClient({ url: `file:${file}`, busyTimeoutMs: 2_000, writeWaitMs: 500 })
const count = async () => Number((await client.execute('SELECT count(*) AS n FROM notes')).rows[0]?.n)
const asPayload = { db: { name: 'sqlite', client }, find: async () => ({ docs: [{ name: 'm1' }] }) } as unknown as Payload

beforeAll(async () => {
  await client.execute('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)')
})
afterAll(() => client.close())

describe('the SQLite write lock', () => {
  it('lets a write outside a just-opened transaction pass (forgot-password), then the transaction runs', async () => {
    const tx = await client.transaction()
    const outside = client.execute({ sql: 'INSERT INTO notes (body) VALUES (?)', args: ['reservation'] })
    await expect(Promise.race([outside.then(() => 'done'), new Promise((r) => setTimeout(() => r('hung'), 2_000))])).resolves.toBe('done')
    await tx.execute({ sql: 'INSERT INTO notes (body) VALUES (?)', args: ['token'] })
    await tx.commit()
    expect(await count()).toBe(2)
  })

  it('makes a writer behind a held transaction fail within its wait limit, with a clear error; the queue moves on', async () => {
    const tx = await client.transaction()
    await tx.execute({ sql: 'INSERT INTO notes (body) VALUES (?)', args: ['held'] })
    const started = Date.now()
    await expect(client.execute({ sql: 'INSERT INTO notes (body) VALUES (?)', args: ['late'] })).rejects.toThrow(/write lock: still busy after 500 ms/)
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(await probeWrite({ payload: asPayload, timeoutMs: 300 })).toBe(false)
    await tx.rollback()
    await client.execute({ sql: 'INSERT INTO notes (body) VALUES (?)', args: ['after'] })
    expect(await probeWrite({ payload: asPayload, timeoutMs: 1_000 })).toBe(true)
    expect((await client.execute("SELECT body FROM notes WHERE body IN ('held', 'late', 'after')")).rows.map((r) => r.body)).toEqual(['after'])
  })

  it('ends a transaction that never ran a statement without taking the lock', async () => {
    const tx = await client.transaction()
    await tx.rollback()
    expect(tx.closed).toBe(true)
    await expect(tx.execute('SELECT 1')).rejects.toThrow(/already committed or rolled back/)
    expect(await probeWrite({ payload: asPayload, timeoutMs: 1_000 })).toBe(true)
  })

  it('makes /readyz answer not ready while writes hang, even though reads still answer', async () => {
    const readiness = createReadinessCheck({ payload: asPayload, expectedMigrations: ['m1'], writeProbeMs: 300 })
    expect(await readiness()).toEqual({ ready: true, checks: { database: 'ok', writes: 'ok', migrations: 'ok', jobs: 'disabled' } })
    const tx = await client.transaction()
    await tx.execute({ sql: 'INSERT INTO notes (body) VALUES (?)', args: ['stuck'] })
    expect(await readiness()).toEqual({ ready: false, checks: { database: 'ok', writes: 'down', migrations: 'ok', jobs: 'disabled' } })
    await tx.rollback()
    expect((await readiness()).ready).toBe(true)
  })

  it('runs every transaction on one kept connection: none is opened per transaction, none is left open', async () => {
    // Open descriptors of this process on the database file itself: one per SQLite connection.
    const connections = () => fs.readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`) === file
      } catch {
        return false
      }
    }).length
    await client.execute('SELECT 1')
    const before = connections()
    for (let i = 0; i < 40; i++) {
      const tx = await client.transaction()
      await tx.execute({ sql: 'INSERT INTO notes (body) VALUES (?)', args: [`tx ${i}`] })
      await (i % 2 === 0 ? tx.commit() : tx.rollback())
      await client.execute('SELECT count(*) FROM notes')
    }
    expect(connections()).toBe(before)
    expect(before).toBeLessThanOrEqual(2)
    expect((await client.execute("SELECT count(*) AS n FROM notes WHERE body LIKE 'tx %'")).rows[0]?.n).toBe(20)
  })

  it("keeps a transaction's writes out of reads beside it until it commits", async () => {
    const tx = await client.transaction()
    await tx.execute({ sql: 'INSERT INTO notes (body) VALUES (?)', args: ['uncommitted'] })
    const seen = async () => Number((await client.execute("SELECT count(*) AS n FROM notes WHERE body = 'uncommitted'")).rows[0]?.n)
    expect(await seen()).toBe(0)
    expect(Number((await tx.execute("SELECT count(*) AS n FROM notes WHERE body = 'uncommitted'")).rows[0]?.n)).toBe(1)
    await tx.commit()
    expect(await seen()).toBe(1)
  })
})
