import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { canonicalText } from '../../cms/policy/canonical-text'
import { currentPolicyVersion } from '../../cms/policy/current-policy-version'
import { sha256 } from '../../config/sha256'
import { textToLexical } from '../../cms/policy/text-to-lexical'
import { createTestCms, type TestCms } from '../support/create-test-cms'

let cms: TestCms
let admin: Record<string, unknown> & { collection: 'users' }
const seedText = fs.readFileSync(new URL('../../cms/seed/privacy-policy-2021-06-01.nl.txt', import.meta.url), 'utf8')

const findSeed = async () => {
  const found = await cms.payload.find({ collection: 'policy-versions', where: { versionLabel: { equals: '01/06/2021' } }, depth: 0 })
  const doc = found.docs[0]
  if (!doc) throw new Error('seed version missing')
  return doc
}
const draft = (data: Record<string, unknown>) =>
  cms.payload.create({
    collection: 'policy-versions',
    locale: 'nl',
    data: { kind: 'privacy', versionLabel: 'draft', effectiveDate: new Date().toISOString(), ...data } as never,
    overrideAccess: true,
  })

beforeAll(async () => {
  cms = await createTestCms({ seed: true })
  const users = await cms.payload.find({ collection: 'users', limit: 1 })
  admin = { ...(users.docs[0] as unknown as Record<string, unknown>), collection: 'users' }
})
afterAll(async () => {
  await cms?.close()
})

describe('the seed policy version', () => {
  it('is published with its label, effective and publication dates', async () => {
    const seed = await findSeed()
    expect(seed.state).toBe('published')
    expect(seed.effectiveDate?.slice(0, 10)).toBe('2021-06-01')
    expect(new Date(String(seed.publishedAt)).getTime()).toBeLessThanOrEqual(Date.now())
  })

  it('keeps every line of the company text, with headings, lists and links', async () => {
    const seed = await cms.payload.findByID({ collection: 'policy-versions', id: (await findSeed()).id, locale: 'nl', depth: 0 })
    const canonical = canonicalText({ content: seed.content })
    const lines = seedText.split('\n').map((l) => l.replace(/\u00a0/g, ' ').replace(/^\s*[•–-]\s+/, '').replace(/\s+/g, ' ').trim()).filter(Boolean)
    expect(lines.filter((l) => !canonical.includes(l))).toEqual([])
    const json = JSON.stringify(seed.content)
    expect(json).toContain('"url":"mailto:info@myplugin.app"')
    expect(json).toContain('"url":"https://policies.google.com/privacy?hl=en-US"')
    const kinds = (seed.content as { root: { children: { type: string }[] } }).root.children.map((c) => c.type)
    expect(kinds.filter((k) => k === 'heading').length).toBeGreaterThanOrEqual(10)
    expect(kinds.filter((k) => k === 'list').length).toBeGreaterThanOrEqual(5)
  })

  it('carries a stable SHA-256 of its canonical Dutch text', async () => {
    const seed = await findSeed()
    const again = sha256({ text: canonicalText({ content: textToLexical({ text: seedText }) }) })
    expect(seed.hashes?.nl).toBe(again)
    expect(seed.hashes?.nl).toMatch(/^[0-9a-f]{64}$/)
    // Whitespace and storage details do not change the hash: the text a reader sees does.
    const reformatted = seedText.replace(/ +/g, '  ').replace(/\n/g, '\r\n')
    expect(sha256({ text: canonicalText({ content: textToLexical({ text: reformatted }) }) })).toBe(again)
    expect(sha256({ text: canonicalText({ content: textToLexical({ text: seedText.replace('AVG', 'GDPR') }) }) })).not.toBe(again)
  })

  it('is what consent records point at', async () => {
    const seed = await findSeed()
    expect(await currentPolicyVersion({ payload: cms.payload })).toEqual({ id: String(seed.id), versionLabel: '01/06/2021', hashes: expect.objectContaining({ nl: seed.hashes?.nl }) })
  })
})

describe('the seeded version 2 draft and cookie policy', () => {
  it('version 2 lists the recipients from the processor registry and names the authority correctly', async () => {
    const v2 = (await cms.payload.find({ collection: 'policy-versions', where: { versionLabel: { equals: '2' } }, locale: 'all', depth: 0 })).docs[0] as unknown as {
      state: string
      materiality: string
      content: Record<string, unknown>
      changeSummary: Record<string, string>
    }
    expect(v2).toMatchObject({ state: 'draft', materiality: 'major' })
    const nl = canonicalText({ content: v2.content.nl })
    expect(nl).toContain('Gegevensbeschermingsautoriteit')
    expect(nl).not.toContain('Commissie voor bescherming van de persoonlijke levenssfeer')
    for (const name of ['Resend', 'HubSpot', 'Google Analytics 4', 'Hotjar', 'Facebook pixel (Meta)', 'Leadfeeder (Dealfront)']) expect(nl).toContain(name)
    expect(canonicalText({ content: v2.content.fr })).toContain('Autorité de protection des données')
    expect(v2.changeSummary.en).toContain('Resend')
  })

  it('the cookie policy is published with every registry cookie', async () => {
    const cookie = (await cms.payload.find({ collection: 'policy-versions', where: { kind: { equals: 'cookie' } }, locale: 'en', depth: 0 })).docs[0]
    expect(cookie?.state).toBe('published')
    const text = canonicalText({ content: cookie?.content })
    for (const name of ['mp_consent', '_ga', '_ga_…', '_hjSessionUser_…', '_fbp', '_fbc', '_lfa']) expect(text).toContain(name)
  })

  it('the recipients section follows the registry it is given', async () => {
    const { recipientsSection } = await import('../../cms/policy/registry-lexical')
    const { processorRegistry } = await import('../../config/processors/processor-registry')
    const render = (registry: typeof processorRegistry) => canonicalText({ content: { root: { children: recipientsSection({ locale: 'nl', registry }) } } })
    const changed = [...processorRegistry.filter((p) => p.id !== 'hotjar'), { ...processorRegistry[0]!, id: 'plausible', name: 'Plausible Analytics' }]
    expect(render(processorRegistry)).toContain('Hotjar')
    expect(render(changed)).not.toContain('Hotjar')
    expect(render(changed)).toContain('Plausible Analytics')
  })
})

describe('immutability', () => {
  it('refuses any change to a published version, even with access overridden', async () => {
    const seed = await findSeed()
    for (const overrideAccess of [false, true]) {
      await expect(
        cms.payload.update({ collection: 'policy-versions', id: seed.id, data: { versionLabel: 'tampered' }, user: admin, overrideAccess }),
      ).rejects.toThrow('A published policy version cannot be changed. Create a new version instead.')
      await expect(cms.payload.update({ collection: 'policy-versions', id: seed.id, locale: 'fr', data: { changeSummary: 'x' }, user: admin, overrideAccess })).rejects.toThrow(
        /cannot be changed/,
      )
      await expect(cms.payload.delete({ collection: 'policy-versions', id: seed.id, user: admin, overrideAccess })).rejects.toThrow(
        'A published policy version cannot be deleted.',
      )
    }
    expect((await findSeed()).versionLabel).toBe('01/06/2021')
  })
})

describe('publishing refuses bad input and changes nothing', () => {
  it('without Dutch text', async () => {
    const doc = await draft({ versionLabel: 'no-dutch' })
    await expect(cms.payload.update({ collection: 'policy-versions', id: doc.id, data: { state: 'published' } })).rejects.toThrow(/Add the Dutch text before publishing/)
    expect((await cms.payload.findByID({ collection: 'policy-versions', id: doc.id })).state).toBe('draft')
  })

  it('a major version without a summary', async () => {
    const doc = await draft({ versionLabel: 'no-summary', materiality: 'major', content: textToLexical({ text: 'Tekst' }) })
    await expect(cms.payload.update({ collection: 'policy-versions', id: doc.id, data: { state: 'published' } })).rejects.toThrow(/major change needs a change summary/)
    expect((await cms.payload.findByID({ collection: 'policy-versions', id: doc.id })).state).toBe('draft')
  })

  it('an effective date before the current version’s', async () => {
    const doc = await draft({ versionLabel: 'too-early', effectiveDate: '2020-01-01T00:00:00.000Z', content: textToLexical({ text: 'Tekst' }) })
    await expect(cms.payload.update({ collection: 'policy-versions', id: doc.id, data: { state: 'published' } })).rejects.toThrow(
      "The effective date must not be before the current version's (2021-06-01).",
    )
    const settings = await cms.payload.findGlobal({ slug: 'consent-settings' })
    expect(settings.revision).toBe(1)
  })
})

// A major version's notice mails, with a server killed mid-run: policy-notice-crash.test.ts.
describe('a minor version', () => {
  it('a minor version is published silently', async () => {
    const before = await cms.payload.findGlobal({ slug: 'consent-settings' })
    const jobsBefore = (await cms.payload.count({ collection: 'payload-jobs' })).totalDocs
    const v3 = await draft({ versionLabel: '3', materiality: 'minor', content: textToLexical({ text: 'Privacybeleid\n\nVersie 3' }) })
    await cms.payload.update({ collection: 'policy-versions', id: v3.id, data: { state: 'published' } })
    expect((await cms.payload.findGlobal({ slug: 'consent-settings' })).revision).toBe(before.revision)
    expect((await cms.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobsBefore)
    expect((await currentPolicyVersion({ payload: cms.payload }))?.versionLabel).toBe('3')
  })
})

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
const marketer = async () => ({
  ...((await cms.payload.create({ collection: 'users', data: { email: `marketer-${Date.now()}@example.com`, password: 'correct-horse-battery', roles: ['marketer'] } })) as unknown as Record<
    string,
    unknown
  >),
  collection: 'users' as const,
})

describe('an effective date far ahead', () => {
  it('is refused at publication, for every role and door: the policy cannot be frozen until 2999', async () => {
    const user = await marketer()
    const doc = await draft({ versionLabel: 'frozen', effectiveDate: '2999-01-01T00:00:00.000Z', content: textToLexical({ text: 'Tekst' }) })
    for (const who of [{ user, overrideAccess: false }, { user: admin, overrideAccess: true }]) {
      await expect(cms.payload.update({ collection: 'policy-versions', id: doc.id, data: { state: 'published' }, ...who })).rejects.toThrow(
        /The effective date may be at most one year after publication \(no later than \d{4}-\d{2}-\d{2}\)\./,
      )
    }
    await expect(
      cms.payload.create({
        collection: 'policy-versions',
        locale: 'nl',
        data: { kind: 'privacy', versionLabel: 'frozen-2', effectiveDate: inDays(367), state: 'published', content: textToLexical({ text: 'Tekst' }) } as never,
        user,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/at most one year after publication/)
    expect((await cms.payload.findByID({ collection: 'policy-versions', id: doc.id })).state).toBe('draft')
    expect((await cms.payload.count({ collection: 'policy-versions', where: { versionLabel: { equals: 'frozen-2' } } })).totalDocs).toBe(0)
  })
})

describe('withdrawing a published version', () => {
  const publishAhead = async (label: string, days: number) => {
    const doc = await draft({ versionLabel: label, effectiveDate: inDays(days), content: textToLexical({ text: `Privacybeleid\n\n${label}` }) })
    return cms.payload.update({ collection: 'policy-versions', id: doc.id, data: { state: 'published' } })
  }

  it('marketers cannot, not even with access overridden', async () => {
    const user = await marketer()
    const future = await publishAhead('future-marketer', 30)
    for (const overrideAccess of [false, true]) {
      await expect(cms.payload.update({ collection: 'policy-versions', id: future.id, data: { state: 'withdrawn' }, user, overrideAccess })).rejects.toThrow(
        'Only admins may withdraw a published policy version.',
      )
    }
    expect((await cms.payload.findByID({ collection: 'policy-versions', id: future.id })).state).toBe('published')
  })

  it('an admin can before it takes effect: only the state changes, it leaves the site, the audit trail says who', async () => {
    const { listPolicyVersions, listPublishedPolicies, findPolicyVersion } = await import('../../cms/policy')
    const future = await publishAhead('future-admin', 60)
    const withdrawn = await cms.payload.update({ collection: 'policy-versions', id: future.id, data: { state: 'withdrawn', versionLabel: 'sneaky' }, user: admin, overrideAccess: false })
    expect(withdrawn).toMatchObject({ state: 'withdrawn', versionLabel: 'future-admin', hashes: future.hashes, publishedAt: future.publishedAt })
    expect(new Date(String(withdrawn.withdrawnAt)).getTime()).toBeLessThanOrEqual(Date.now())

    const entry = (await cms.payload.find({ collection: 'audit-log', where: { and: [{ entity: { equals: 'policy-versions' } }, { entityId: { equals: String(future.id) } }, { action: { equals: 'withdraw' } }] }, depth: 0 })).docs[0]
    expect(entry?.user).toBe(admin.id)

    const id = String(future.id)
    expect((await listPolicyVersions({ payload: cms.payload, kind: 'privacy', locale: 'nl' })).map((v) => v.id)).not.toContain(id)
    expect((await listPublishedPolicies({ payload: cms.payload })).map((v) => v.id)).not.toContain(id)
    expect(await findPolicyVersion({ payload: cms.payload, kind: 'privacy', id, locale: 'nl' })).toBeUndefined()
    // Once its date has come it is still not the version in force.
    expect((await currentPolicyVersion({ payload: cms.payload, now: new Date(inDays(61)) }))?.id).not.toBe(id)

    // It is a record now: never changed, republished or deleted.
    for (const data of [{ state: 'published' }, { versionLabel: 'x' }, { state: 'draft' }]) {
      await expect(cms.payload.update({ collection: 'policy-versions', id: future.id, data: data as never, user: admin, overrideAccess: true })).rejects.toThrow(
        'A withdrawn policy version cannot be changed. Create a new version instead.',
      )
    }
    await expect(cms.payload.delete({ collection: 'policy-versions', id: future.id, user: admin, overrideAccess: true })).rejects.toThrow(/withdrawn policy version cannot be deleted/)

    // It no longer holds back a version that takes effect before its date.
    const sooner = await publishAhead('sooner', 45)
    expect(sooner.state).toBe('published')
  })

  it('never once it has taken effect, and never a draft', async () => {
    const seed = await findSeed()
    await expect(cms.payload.update({ collection: 'policy-versions', id: seed.id, data: { state: 'withdrawn' }, user: admin, overrideAccess: true })).rejects.toThrow(
      'This version took effect on 2021-06-01: a version in force cannot be withdrawn. Publish a new version instead.',
    )
    expect((await findSeed()).state).toBe('published')
    const doc = await draft({ versionLabel: 'draft-withdraw' })
    await expect(cms.payload.update({ collection: 'policy-versions', id: doc.id, data: { state: 'withdrawn' }, user: admin })).rejects.toThrow(/Only a published policy version can be withdrawn/)
  })
})
