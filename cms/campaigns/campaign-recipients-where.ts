import type { Where } from 'payload'

import type { CampaignSnapshot } from './campaign-snapshot'
import { reachableWhere } from '../contacts'

/** A campaign's audience: active people confirmed on one of its lists who read one of its languages. */
export const campaignRecipientsWhere = ({ snapshot, after }: { snapshot: Pick<CampaignSnapshot, 'listIds' | 'languages'>; after?: string | number }): Where => ({
  and: [
    reachableWhere({ listIds: snapshot.listIds }),
    { locale: { in: snapshot.languages } },
    ...(after === undefined ? [] : [{ id: { greater_than: after } }]),
  ],
})
