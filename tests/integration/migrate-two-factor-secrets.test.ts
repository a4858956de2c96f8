import { sql } from '@payloadcms/db-sqlite'
import { afterAll, describe, expect, it } from 'vitest'

import { decryptValue } from '../../cms/encryption/decrypt-value'
import { keyringOf } from '../../cms/encryption/keyring-of'
import { payloadForMigrations } from '../support/payload-for-migrations'

let close: (() => Promise<void>) | undefined

afterAll(async () => close?.())

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
const pending = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA'

describe('upgrading a database whose two-factor secrets were stored in clear', () => {
  it('encrypts them (20261203_093554_two_factor_secret_encryption), reads them back in clear, and gives them back on down', async () => {
    const cms = await payloadForMigrations({ prefix: 'migrate-two-factor' })
    close = cms.close
    const { payload, all, db } = cms
    const index = all.findIndex((m) => m.name === '20261203_093554_two_factor_secret_encryption')
    expect(index).toBeGreaterThan(0)
    await payload.db.migrate({ migrations: all.slice(0, index) })

    // A user as the release before wrote them: the secrets as plain base32 text.
    const user = await payload.create({ collection: 'users', data: { email: 'enrolled@example.com', password: 'a-long-enrolled-password-4821', roles: ['admin'] }, overrideAccess: true })
    await db.run(sql`UPDATE users SET two_factor_enabled = 1, totp_secret = ${secret}, totp_pending_secret = ${pending} WHERE id = ${user.id}`)
    // Readable before the migration too: a value not in the encrypted form is read as it is.
    const readBack = async () =>
      (await payload.findByID({ collection: 'users', id: user.id, depth: 0, overrideAccess: true, showHiddenFields: true })) as unknown as { totpSecret: string; totpPendingSecret: string }
    expect(await readBack()).toMatchObject({ totpSecret: secret, totpPendingSecret: pending })

    await payload.db.migrate({ migrations: all })
    const stored = async () => (await db.all<{ totp_secret: string; totp_pending_secret: string }>(sql`SELECT totp_secret, totp_pending_secret FROM users WHERE id = ${user.id}`))[0]!
    const row = await stored()
    expect(row.totp_secret).toMatch(/^enc1\.[0-9a-f]{8}\./)
    expect(row.totp_pending_secret).toMatch(/^enc1\.[0-9a-f]{8}\./)
    const keyring = keyringOf(payload)
    expect(decryptValue({ keyring, stored: row.totp_secret, context: 'users.totpSecret' })).toBe(secret)
    expect(decryptValue({ keyring, stored: row.totp_pending_secret, context: 'users.totpPendingSecret' })).toBe(pending)
    expect(await readBack()).toMatchObject({ totpSecret: secret, totpPendingSecret: pending })

    // Down gives the release before what it reads (clear text); up again encrypts once more (not twice).
    const args = { db, payload, req: {} } as never
    await all[index]!.down(args)
    expect(await stored()).toEqual({ totp_secret: secret, totp_pending_secret: pending })
    await all[index]!.up(args)
    await all[index]!.up(args)
    expect(decryptValue({ keyring, stored: (await stored()).totp_secret, context: 'users.totpSecret' })).toBe(secret)
  })
})
