import { randomBytes } from 'node:crypto'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { demoHome } from './demo-home'

export type SeedResult = { seededContent: boolean; admin?: { email: string; generatedPassword?: string } }

/**
 * Fills an empty database with demo content and a first admin. Idempotent: it only writes into an empty database,
 * and everything it writes is in one transaction, so an interrupted seed leaves nothing half-made.
 */
export const seedDemo = async ({
  payload,
  adminEmail,
  adminPassword,
}: {
  payload: Payload
  adminEmail?: string
  adminPassword?: string
}): Promise<SeedResult> => {
  const result: SeedResult = { seededContent: false }
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const users = await payload.count({ collection: 'users', req, overrideAccess: true })
    if (users.totalDocs === 0) {
      const email = adminEmail ?? 'admin@example.com'
      const generatedPassword = adminPassword ? undefined : randomBytes(12).toString('base64url')
      await payload.create({
        collection: 'users',
        data: { email, password: adminPassword ?? generatedPassword, name: 'Demo admin', roles: ['admin'] },
        req,
        overrideAccess: true,
      })
      result.admin = { email, generatedPassword }
    }
    const pages = await payload.count({ collection: 'pages', req, overrideAccess: true })
    if (pages.totalDocs === 0) {
      const home = await payload.create({
        collection: 'pages',
        locale: 'nl',
        data: { ...demoHome.nl, slug: 'home', _status: 'published' } as never,
        req,
        overrideAccess: true,
      })
      for (const locale of ['fr', 'en'] as const) {
        await payload.update({
          collection: 'pages',
          id: home.id,
          locale,
          data: { ...demoHome[locale], slug: 'home', _status: 'published' } as never,
          req,
          overrideAccess: true,
        })
      }
      result.seededContent = true
    }
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
