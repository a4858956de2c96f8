import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestCms, type TestCms } from '../support/create-test-cms'
import { tinyPng } from '../support/tiny-png'

let cms: TestCms
const members: Partial<Record<'admin' | 'marketer' | 'editor', Record<string, unknown> & { collection: 'users' }>> = {}
const member = async (role: 'admin' | 'marketer' | 'editor') => {
  members[role] ??= {
    ...((await cms.payload.create({ collection: 'users', data: { email: `${role}-redirects@example.com`, password: 'correct-horse-battery', roles: [role] } })) as unknown as Record<string, unknown>),
    collection: 'users',
  }
  return members[role]
}

beforeAll(async () => {
  cms = await createTestCms({ seed: true })
})
afterAll(async () => {
  await cms?.close()
})

describe('bad content input gets a clear message and changes nothing', () => {
  it('a slug already used in the same language', async () => {
    const before = (await cms.payload.count({ collection: 'pages' })).totalDocs
    await expect(cms.payload.create({ collection: 'pages', locale: 'nl', data: { title: 'Dubbel', slug: 'prijzen' } })).rejects.toThrow(/Slug/)
    expect((await cms.payload.count({ collection: 'pages' })).totalDocs).toBe(before)
  })

  it('the same slug in another language is fine', async () => {
    const page = await cms.payload.create({ collection: 'pages', locale: 'fr', data: { title: 'Prix', slug: 'prijzen' } })
    expect(page.slug).toBe('prijzen')
  })

  it('a malformed slug', async () => {
    await expect(cms.payload.create({ collection: 'pages', data: { title: 'X', slug: 'Met Spaties' } })).rejects.toThrow(/Slug/)
  })

  it('a redirect loop, with the chain spelled out', async () => {
    await cms.payload.create({ collection: 'redirects', data: { from: '/nl/a', to: { type: 'custom', url: '/nl/b' }, type: '301' } })
    await cms.payload.create({ collection: 'redirects', data: { from: '/nl/b', to: { type: 'custom', url: '/nl/c' }, type: '301' } })
    await expect(cms.payload.create({ collection: 'redirects', data: { from: '/nl/c', to: { type: 'custom', url: '/nl/a' }, type: '301' } })).rejects.toThrow(
      'This redirect would loop: /nl/c → /nl/a → /nl/b → /nl/c. Point it somewhere else.',
    )
    expect((await cms.payload.count({ collection: 'redirects', where: { from: { equals: '/nl/c' } } })).totalDocs).toBe(0)
  })

  it('a redirect source that is a full URL', async () => {
    await expect(cms.payload.create({ collection: 'redirects', data: { from: 'https://evil.example/x', to: { type: 'custom', url: '/nl/' }, type: '302' } })).rejects.toThrow(/path on this site/)
  })

  it('a redirect from a system path, with or without a language, for every role', async () => {
    for (const from of ['/nl/preferences', '/fr/newsletter/confirm', '/en/unsubscribe', '/privacy', '/nl/cookies', '/api/users', '/admin', '/_astro/x.js', '/healthz', '/sitemap.xml', '/robots.txt']) {
      for (const user of [undefined, await member('admin')]) {
        await expect(cms.payload.create({ collection: 'redirects', data: { from, to: { type: 'custom', url: '/nl' }, type: '302' }, user, overrideAccess: !user })).rejects.toThrow(
          /is a system path and cannot be redirected/,
        )
      }
    }
    // Moving an existing redirect onto a system path is refused too.
    const moved = await cms.payload.create({ collection: 'redirects', data: { from: '/nl/verplaatst', to: { type: 'custom', url: '/nl' }, type: '301' } })
    await expect(cms.payload.update({ collection: 'redirects', id: moved.id, data: { from: '/nl/preferences/' } })).rejects.toThrow(/system path/)
    expect((await cms.payload.count({ collection: 'redirects', where: { from: { like: 'preferences' } } })).totalDocs).toBe(0)
  })

  it('a redirect to another site, unless an admin makes it', async () => {
    const offSite = { to: { type: 'custom' as const, url: 'https://partner.example/actie' }, type: '302' as const }
    for (const role of ['editor', 'marketer'] as const) {
      const user = await member(role)
      await expect(cms.payload.create({ collection: 'redirects', data: { from: `/nl/actie-${role}`, ...offSite }, user, overrideAccess: false })).rejects.toThrow(
        'Only admins may redirect to another site.',
      )
      await expect(
        cms.payload.create({ collection: 'redirects', data: { from: `/nl/actie2-${role}`, to: { type: 'custom', url: '//partner.example/x' }, type: '302' }, user, overrideAccess: false }),
      ).rejects.toThrow(/Only admins may redirect to another site/)
    }
    const made = await cms.payload.create({ collection: 'redirects', data: { from: '/nl/actie', ...offSite }, user: await member('admin'), overrideAccess: false })
    // An editor may neither point an internal redirect off-site nor change one an admin pointed there.
    const editor = await member('editor')
    await expect(cms.payload.update({ collection: 'redirects', id: made.id, data: { from: '/nl/actie-nieuw' }, user: editor, overrideAccess: false })).rejects.toThrow(/Only admins/)
    const internal = await cms.payload.create({ collection: 'redirects', data: { from: '/nl/intern', to: { type: 'custom', url: '/nl/nieuw' }, type: '301' }, user: editor, overrideAccess: false })
    await expect(cms.payload.update({ collection: 'redirects', id: internal.id, data: { to: offSite.to }, user: editor, overrideAccess: false })).rejects.toThrow(/Only admins/)
    expect((await cms.payload.findByID({ collection: 'redirects', id: internal.id })).to?.url).toBe('/nl/nieuw')
    expect((await cms.payload.findByID({ collection: 'redirects', id: made.id })).from).toBe('/nl/actie')
  })

  it('deleting a page the navigation links to', async () => {
    const nav = await cms.payload.findGlobal({ slug: 'navigation', depth: 0 })
    const linked = nav.items?.[0]?.link.page as number
    await expect(cms.payload.delete({ collection: 'pages', id: linked })).rejects.toThrow('This page is linked from the navigation. Remove those links first, then delete it.')
    expect(await cms.payload.findByID({ collection: 'pages', id: linked, depth: 0 })).toBeDefined()
  })

  it('an upload that is not an image or video', async () => {
    const before = (await cms.payload.count({ collection: 'media' })).totalDocs
    const data = Buffer.from('#!/bin/sh\necho pwned\n')
    await expect(cms.payload.create({ collection: 'media', data: { alt: 'x' }, file: { data, mimetype: 'application/x-sh', name: 'x.sh', size: data.length } })).rejects.toThrow()
    expect((await cms.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('an image without alt text', async () => {
    const png = await tinyPng()
    await expect(cms.payload.create({ collection: 'media', data: {} as never, file: { data: png, mimetype: 'image/png', name: 'a.png', size: png.length } })).rejects.toThrow(/Alt/i)
  })
})
