import type { Payload } from 'payload'

import type { Locale } from '../../config/locales'
import { queueMail } from '../mail'
import { testContactRef } from '../links/unsubscribe-token'
import { campaignSnapshot } from './campaign-snapshot'

/**
 * Sends every language version to the signed-in CMS user, marked [TEST], through the same mail path as real mail
 * (its links unsubscribe nobody). Each request sends anew: a test is meant to be repeated after edits.
 */
export const sendCampaignTest = async ({ payload, campaignId, to, name }: { payload: Payload; campaignId: string | number; to: string; name?: string | null }) => {
  const snapshot = await campaignSnapshot({ payload, campaignId })
  const stamp = Date.now()
  for (const locale of snapshot.languages) {
    await queueMail({
      payload,
      template: 'campaign',
      locale: locale as Locale,
      props: snapshot.propsByLocale[locale] as never,
      to,
      name: name ?? undefined,
      contactRef: testContactRef,
      idempotencyKey: `campaign-test:${campaignId}:${locale}:${stamp}`,
      subjectPrefix: `[TEST ${locale.toUpperCase()}] `,
    })
  }
  return { sentTo: to, locales: snapshot.languages }
}
