import type { Payload } from 'payload'

import { locales } from '../../config/locales'
import { defaultHealthTerms } from './default-health-terms'

/** Every term of the three lists (a person may write in any language, whatever the page's), defaults when unset. */
export const loadHealthTerms = async ({ payload }: { payload: Payload }): Promise<string[]> => {
  const settings = (await payload.findGlobal({ slug: 'form-settings', depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
  return locales.flatMap((locale) => {
    const written = settings[`healthTerms_${locale}`]
    return typeof written === 'string' && written.trim() !== '' ? written.split('\n') : defaultHealthTerms[locale]
  })
}
