import { RateLimiterRes } from 'rate-limiter-flexible'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { claimOnce } from '../../cms/database/claim-once'
import { sharedBudget } from '../../cms/database/shared-budget'
import { createTestCms, type TestCms } from '../support/create-test-cms'
import { rateLimitRows } from '../support/rate-limit-rows'

let cms: TestCms
beforeAll(async () => {
  cms = await createTestCms()
})
afterAll(async () => {
  await cms?.close()
})

const total = async () => (await rateLimitRows({ payload: cms.payload })).reduce((sum, row) => sum + Number(row.points), 0)

describe('a budget kept in the database', () => {
  it('refuses past its points with the time to wait, and a flood past it costs no database write', async () => {
    const budget = sharedBudget({ payload: cms.payload, name: 'flood', points: 3, durationSeconds: 60 })
    for (let i = 0; i < 3; i++) await budget.consume('one-client')
    const refused = await budget.consume('one-client').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(RateLimiterRes)
    expect((refused as RateLimiterRes).msBeforeNext).toBeGreaterThan(50_000)
    const stored = await total()
    // 200 more requests from the same client: refused from memory, the stored count does not move.
    for (let i = 0; i < 200; i++) await expect(budget.consume('one-client')).rejects.toBeInstanceOf(RateLimiterRes)
    expect(await total()).toBe(stored)
    // Another client still has its own budget.
    await expect(budget.consume('another-client')).resolves.toBeInstanceOf(RateLimiterRes)
  })

  it('claims a key once, per scope', async () => {
    expect(await claimOnce({ payload: cms.payload, scope: 'a', key: 'k', ttlSeconds: 60 })).toBe(true)
    expect(await claimOnce({ payload: cms.payload, scope: 'a', key: 'k', ttlSeconds: 60 })).toBe(false)
    expect(await claimOnce({ payload: cms.payload, scope: 'b', key: 'k', ttlSeconds: 60 })).toBe(true)
  })
})
