import { expect, test } from '@playwright/test'

test('/api/users is refused without authentication', async ({ request }) => {
  const res = await request.get('/api/users')
  expect(res.status()).toBe(403)
  expect(await res.text()).not.toContain('e2e-admin@example.com')
})

test('/readyz reports ready', async ({ request }) => {
  const res = await request.get('/readyz')
  expect(res.status()).toBe(200)
  expect(await res.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', jobs: 'ok', writes: 'ok' } })
})
