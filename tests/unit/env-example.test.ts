import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { envSchema } from '../../config/env'

describe('.env.example', () => {
  it('documents every variable the schema reads, and nothing else', () => {
    const example = fs.readFileSync(new URL('../../.env.example', import.meta.url), 'utf8')
    const documented = [...example.matchAll(/^([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).sort()
    expect(documented).toEqual(Object.keys(envSchema.shape).sort())
  })

  it('is itself a valid configuration', async () => {
    const { loadEnv } = await import('../../config/load-env')
    const example = fs.readFileSync(new URL('../../.env.example', import.meta.url), 'utf8')
    const source = Object.fromEntries([...example.matchAll(/^([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]))
    expect(() => loadEnv({ source })).not.toThrow()
  })
})
