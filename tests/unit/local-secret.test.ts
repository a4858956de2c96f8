import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { EnvError } from '../../config/env-error'
import { ensureLocalSecret } from '../../config/local-secret'
import { tempDir } from '../support/temp-dir'

describe('ensureLocalSecret', () => {
  it('creates a strong secret once and keeps it', () => {
    const dataDir = path.join(tempDir({ prefix: 'secret' }), 'nested')
    const first = ensureLocalSecret({ dataDir })
    expect(first.created).toBe(true)
    expect(first.secret.length).toBeGreaterThanOrEqual(32)
    expect(fs.statSync(first.file).mode & 0o777).toBe(0o600)
    const second = ensureLocalSecret({ dataDir })
    expect(second).toMatchObject({ created: false, secret: first.secret })
  })

  it('says which folder is not writable', () => {
    const parent = tempDir({ prefix: 'ro' })
    const blocker = path.join(parent, 'file')
    fs.writeFileSync(blocker, '')
    // A data "folder" below a regular file can never be created, whoever runs the test (root ignores chmod).
    expect(() => ensureLocalSecret({ dataDir: path.join(blocker, 'data') })).toThrow(EnvError)
    try {
      ensureLocalSecret({ dataDir: path.join(blocker, 'data') })
    } catch (error) {
      expect((error as EnvError).problems[0]).toMatch(/^DATA_DIR: cannot write .* — make the folder writable or set DATA_DIR/)
    }
  })
})
