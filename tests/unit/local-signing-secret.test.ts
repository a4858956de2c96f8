import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { EnvError } from '../../config/env-error'
import { ensureLocalSigningSecret } from '../../config/local-signing-secret'
import { tempDir } from '../support/temp-dir'

describe('a signing secret generated into the data folder (the local trial app stand-in)', () => {
  it('is created once, private to its owner, and read back unchanged on the next start', () => {
    const dataDir = tempDir({ prefix: 'signing-secret' })
    const first = ensureLocalSigningSecret({ dataDir, name: 'trial-webhook-secret' })
    expect(first).toMatchObject({ created: true, file: path.join(dataDir, '.trial-webhook-secret') })
    expect(first.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(fs.statSync(first.file).mode & 0o777).toBe(0o600)
    expect(ensureLocalSigningSecret({ dataDir, name: 'trial-webhook-secret' })).toEqual({ ...first, created: false })
    expect(ensureLocalSigningSecret({ dataDir, name: 'trial-provisioning-secret' }).secret).not.toBe(first.secret)
  })

  it('refuses a file that holds something else, rather than signing with it', () => {
    const dataDir = tempDir({ prefix: 'signing-secret-bad' })
    fs.writeFileSync(path.join(dataDir, '.trial-webhook-secret'), 'hunter2\n')
    expect(() => ensureLocalSigningSecret({ dataDir, name: 'trial-webhook-secret' })).toThrow(EnvError)
  })
})
