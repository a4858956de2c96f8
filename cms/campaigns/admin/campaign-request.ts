import { adminRequest, type AdminResponse } from '../../admin/admin-request'

/** The answer of a campaign action or read: its JSON body, or a message fit to show a marketer. */
export type CampaignResponse<T> = AdminResponse<T>

/** Calls `/api/campaigns/:id/:action` with the session cookie; never throws. */
export const campaignRequest = <T>({ id, action, method = 'POST', body }: { id: string | number; action: string; method?: 'GET' | 'POST'; body?: Record<string, unknown> }): Promise<CampaignResponse<T>> =>
  adminRequest<T>({ path: `campaigns/${encodeURIComponent(String(id))}/${action}`, method, json: body })
