/**
 * The one wiring file: it reads the runtime configuration, picks the database, builds the adapters of the outside
 * world and hands them to the collections and jobs that use them. Nothing else constructs an adapter.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Payload } from 'payload'
import sharp from 'sharp'

import { createLogger } from '../config/create-logger'
import { getRuntime } from '../config/runtime'
import { defaultLocale, locales } from '../emails/locales'
import { createOutboxMailAdapter } from '../integrations/mail/create-outbox-mail-adapter'
import type { MailPort } from '../integrations/mail/mail-port'
import { OutboxMessages } from './collections/outbox-messages'
import { Pages } from './collections/pages'
import { Users } from './collections/users'
import { databaseAdapter } from './database-adapter'
import { jobsCollectionOverrides } from './jobs/jobs-collection'
import { sendMailTask } from './jobs/send-mail-task'
import { isAdmin } from './access/is-admin'

const cmsDir = path.dirname(fileURLToPath(import.meta.url))
const rootDir = path.resolve(cmsDir, '..')
const runtime = getRuntime()

const mailFor = (payload: Payload): MailPort =>
  createOutboxMailAdapter({
    store: {
      findByKey: async (idempotencyKey) => {
        const found = await payload.find({
          collection: 'outbox-messages',
          where: { idempotencyKey: { equals: idempotencyKey } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
        const doc = found.docs[0]
        return doc ? { id: String(doc.id) } : undefined
      },
      insert: async (message) => {
        const doc = await payload.create({ collection: 'outbox-messages', data: message, overrideAccess: true })
        return { id: String(doc.id) }
      },
    },
  })

export default buildConfig({
  secret: runtime.PAYLOAD_SECRET,
  serverURL: runtime.publicUrl,
  // Cookie-authenticated requests must come from our own origin.
  csrf: [runtime.publicUrl],
  cors: [runtime.publicUrl],
  telemetry: false,
  logger: createLogger({ level: runtime.LOG_LEVEL }),
  db: databaseAdapter({ database: runtime.database, rootDir }),
  editor: lexicalEditor(),
  sharp,
  admin: {
    user: Users.slug,
    // Payload's default avatar is Gravatar: it would send a hash of each admin's address to a third party.
    avatar: 'default',
    meta: { titleSuffix: ' · myPlugin CMS' },
    importMap: { baseDir: rootDir, importMapFile: path.resolve(cmsDir, 'app/(payload)/admin/importMap.js') },
  },
  localization: {
    locales: locales.map((code) => ({ code, label: { nl: 'Nederlands', fr: 'Français', en: 'English' }[code] })),
    defaultLocale,
    fallback: true,
  },
  collections: [Pages, Users, OutboxMessages],
  jobs: {
    tasks: [sendMailTask({ mailFor })],
    jobsCollectionOverrides,
    enableConcurrencyControl: true,
    // Keep finished jobs: they are the delivery history marketers read (a retention job prunes them later).
    deleteJobOnComplete: false,
    // Our runner (server/job-runner.ts) drives the queue; Payload's cron autorun stays off.
    access: { run: ({ req }) => Boolean(isAdmin({ req })), queue: ({ req }) => Boolean(isAdmin({ req })), cancel: ({ req }) => Boolean(isAdmin({ req })) },
  },
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(cmsDir, 'payload-types.ts') },
})
