import { adminRequest, type AdminResponse } from '../../admin/admin-request'

export type WebinarResponse<T> = AdminResponse<T>

/** Calls `/api/webinars/:id/:action` with the session cookie; a JSON body, or a file sent as it is. Never throws. */
export const webinarRequest = <T>({ id, action, method = 'POST', json, file }: { id: string | number; action: string; method?: 'GET' | 'POST'; json?: Record<string, unknown>; file?: File }): Promise<WebinarResponse<T>> =>
  adminRequest<T>({ path: `webinars/${encodeURIComponent(String(id))}/${action}`, method, json, file })
