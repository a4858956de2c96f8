import type { CampaignStatus } from '../campaign-statuses'

export type CampaignAction = 'test-send' | 'schedule' | 'unschedule' | 'send' | 'pause' | 'resume' | 'cancel'

/** What a marketer may do next, in the order the buttons appear; sent and cancelled campaigns are finished. */
const actions: Record<CampaignStatus, CampaignAction[]> = {
  draft: ['test-send', 'schedule', 'send'],
  scheduled: ['unschedule', 'send'],
  sending: ['pause', 'cancel'],
  paused: ['resume', 'cancel'],
  sent: [],
  cancelled: [],
}

export const campaignActionsForStatus = ({ status }: { status: CampaignStatus }): CampaignAction[] => actions[status] ?? []
