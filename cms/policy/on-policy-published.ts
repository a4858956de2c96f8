import type { PayloadRequest } from 'payload'

import { defaultLocale } from '../../config/locales'
import { cookieCategories } from '../../config/processors/purposes'

type Published = { id: string | number; versionLabel: string; materiality?: string; affectedPurposes?: string[] | null }

/**
 * A major version (a) raises the cookie banner's revision for the cookie categories it affects, and (b) queues the
 * notice mail to every confirmed subscriber. Both happen in the publishing transaction: a publication that fails
 * leaves neither behind. A minor version is published silently.
 */
export const onPolicyPublished = async ({ req, version }: { req: PayloadRequest; version: Published }): Promise<void> => {
  if (version.materiality !== 'major') return
  // One language, never 'all': the first save of the global writes its localised banner texts (their defaults) too,
  // and only a write in one language turns them into { nl, fr, en }; in 'all' MongoDB gets plain strings and refuses.
  const locale = req.locale && req.locale !== 'all' ? req.locale : defaultLocale
  const settings = (await req.payload.findGlobal({ slug: 'consent-settings', locale, depth: 0, overrideAccess: true, req })) as { revision?: number }
  const categories = (version.affectedPurposes ?? []).filter((p): p is (typeof cookieCategories)[number] => (cookieCategories as readonly string[]).includes(p))
  await req.payload.updateGlobal({
    slug: 'consent-settings',
    locale,
    data: { revision: (settings.revision ?? 1) + 1, revisionCategories: categories },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await req.payload.create({
    collection: 'policy-notices',
    data: { title: `Notice of version ${version.versionLabel}`, version: version.id as number, state: 'queued', total: 0, sent: 0 },
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({ task: 'sendPolicyNotices', input: { versionId: String(version.id) }, req })
}
