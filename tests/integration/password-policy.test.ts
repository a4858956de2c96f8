import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestCms, type TestCms } from '../support/create-test-cms'

let cms: TestCms

beforeAll(async () => {
  cms = await createTestCms()
})
afterAll(async () => cms?.close())

const refusal = (message: RegExp) => ({ data: { errors: [{ path: 'password', message: expect.stringMatching(message) }] } })
const tooShort = /at least 12 characters/
const weak = /too easy to guess/

describe('the password policy', () => {
  it('refuses short and common passwords when a user is created, and accepts a strong one', async () => {
    const { payload } = cms
    const create = (email: string, password: string) => payload.create({ collection: 'users', data: { email, password, roles: ['editor'] }, overrideAccess: true })
    await expect(create('short@example.com', 'Tr0ub4dor&3')).rejects.toMatchObject(refusal(tooShort))
    await expect(create('common@example.com', 'password1234')).rejects.toMatchObject(refusal(weak))
    await expect(create('keyboard@example.com', 'qwertyuiop123')).rejects.toMatchObject(refusal(weak))
    // The person's own address is a known word: it does not make a password strong.
    await expect(create('jan.peeters@example.com', 'peeters123456')).rejects.toMatchObject(refusal(weak))
    const found = await payload.find({ collection: 'users', where: { email: { in: ['short@example.com', 'common@example.com', 'keyboard@example.com', 'jan.peeters@example.com'] } }, overrideAccess: true })
    expect(found.totalDocs).toBe(0)
    await expect(create('strong@example.com', 'lantern-orchid-gravel-94')).resolves.toMatchObject({ email: 'strong@example.com' })
  })

  it('refuses a weak password on a change and keeps the old one', async () => {
    const { payload } = cms
    const user = await payload.create({ collection: 'users', data: { email: 'changer@example.com', password: 'maple-harbour-quartz-17', roles: ['editor'] }, overrideAccess: true })
    await expect(payload.update({ collection: 'users', id: user.id, data: { password: 'iloveyou12345' }, overrideAccess: true })).rejects.toMatchObject(refusal(weak))
    await expect(payload.login({ collection: 'users', data: { email: 'changer@example.com', password: 'maple-harbour-quartz-17' } })).resolves.toMatchObject({ token: expect.any(String) })
    // Changing something else does not ask for a new password.
    await expect(payload.update({ collection: 'users', id: user.id, data: { name: 'Changer' }, overrideAccess: true })).resolves.toMatchObject({ name: 'Changer' })
  })

  it('refuses a weak password on reset-password and leaves the reset link usable', async () => {
    const { payload } = cms
    await payload.create({ collection: 'users', data: { email: 'resetter@example.com', password: 'copper-willow-signal-58', roles: ['editor'] }, overrideAccess: true })
    const token = await payload.forgotPassword({ collection: 'users', data: { email: 'resetter@example.com' }, disableEmail: true })
    await expect(payload.resetPassword({ collection: 'users', data: { token, password: 'short' }, overrideAccess: true })).rejects.toMatchObject(refusal(tooShort))
    await expect(payload.resetPassword({ collection: 'users', data: { token, password: 'abc123abc123' }, overrideAccess: true })).rejects.toMatchObject(refusal(weak))
    await expect(payload.resetPassword({ collection: 'users', data: { token, password: 'velvet-canyon-ember-31' }, overrideAccess: true })).resolves.toMatchObject({ token: expect.any(String) })
    await expect(payload.login({ collection: 'users', data: { email: 'resetter@example.com', password: 'velvet-canyon-ember-31' } })).resolves.toMatchObject({ token: expect.any(String) })
  })
})
