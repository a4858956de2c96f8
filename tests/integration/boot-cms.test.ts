import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemo } from '../../cms/seed/seed-demo'
import { createTestCms, type TestCms } from '../support/create-test-cms'

let cms: TestCms

beforeAll(async () => {
  cms = await createTestCms({ seed: true })
})
afterAll(async () => {
  await cms?.close()
})

describe('booting the CMS on a fresh SQLite file', () => {
  it('applies every committed migration', async () => {
    const { migrations } = await import('../../cms/migrations')
    const applied = await cms.payload.find({ collection: 'payload-migrations', limit: 0, pagination: false })
    expect(applied.docs.map((d) => d.name).sort()).toEqual(migrations.map((m) => m.name).sort())
  })

  it('seeds the demo home page, published, in Dutch, French and English', async () => {
    const titles: Record<string, string> = {}
    for (const locale of ['nl', 'fr', 'en'] as const) {
      const found = await cms.payload.find({ collection: 'pages', where: { slug: { equals: 'home' } }, locale, fallbackLocale: false, overrideAccess: false })
      expect(found.docs).toHaveLength(1)
      titles[locale] = found.docs[0]?.title ?? ''
      expect(found.docs[0]?._status).toBe('published')
    }
    expect(new Set(Object.values(titles)).size).toBe(3)
    expect(titles.nl).toContain('hulpverleners')
  })

  it('keeps every language of the shared block structure (translations reuse the Dutch rows)', async () => {
    const read = async (locale: 'nl' | 'fr' | 'en') => {
      const found = await cms.payload.find({ collection: 'pages', where: { slug: { equals: 'home' } }, locale, fallbackLocale: false, depth: 1 })
      return found.docs[0]
    }
    const [nl, fr, en] = await Promise.all([read('nl'), read('fr'), read('en')])
    const heroOf = (p: typeof nl) => p?.layout?.find((b) => b.blockType === 'hero') as { heading?: string } | undefined
    expect(heroOf(nl)?.heading).toMatch(/^Veilige video/)
    expect(heroOf(fr)?.heading).toMatch(/^Des consultations/)
    expect(heroOf(en)?.heading).toMatch(/^Secure video/)
    expect(nl?.layout?.map((b) => b.id)).toEqual(fr?.layout?.map((b) => b.id))
    const nav = await cms.payload.findGlobal({ slug: 'navigation', locale: 'fr', depth: 0 })
    expect(nav.items?.map((i) => i.link.label)).toEqual(['Pour les professionnels', 'Tarifs', 'À propos'])
    const media = await cms.payload.find({ collection: 'media', locale: 'en', depth: 0 })
    expect(media.docs[0]?.alt).toBe('A video call with the chat beside it')
    expect(media.docs[0]?.sizes?.card?.mimeType).toBe('image/webp')
  })

  it('creates the admin from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD, who can log in', async () => {
    const result = await cms.payload.login({ collection: 'users', data: { email: 'admin@example.com', password: 'correct-horse-battery' } })
    expect(result.user?.roles).toEqual(['admin'])
    expect(result.token).toBeTruthy()
  })

  it('seeding again changes nothing', async () => {
    const again = await seedDemo({ payload: cms.payload })
    expect(again).toEqual({ seededContent: false })
    expect((await cms.payload.count({ collection: 'pages' })).totalDocs).toBe(6)
    expect((await cms.payload.count({ collection: 'users' })).totalDocs).toBe(1)
  })

  it('never lets the public read CMS users or the mail outbox', async () => {
    await expect(cms.payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow(/not allowed/i)
    await expect(cms.payload.find({ collection: 'outbox-messages', overrideAccess: false })).rejects.toThrow(/not allowed/i)
    await expect(cms.payload.find({ collection: 'payload-jobs', overrideAccess: false })).rejects.toThrow(/not allowed/i)
  })

  it('shows the public published pages only', async () => {
    const draft = await cms.payload.create({ collection: 'pages', data: { title: 'Concept', slug: 'concept', _status: 'draft' }, draft: true })
    const publicView = await cms.payload.find({ collection: 'pages', overrideAccess: false, draft: true })
    expect(publicView.docs.map((d) => d.id)).not.toContain(draft.id)
  })
})
