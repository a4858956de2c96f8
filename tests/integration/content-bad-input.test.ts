import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestCms, type TestCms } from '../support/create-test-cms'
import { tinyPng } from '../support/tiny-png'

let cms: TestCms

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
