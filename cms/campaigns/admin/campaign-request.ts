/** The answer of a campaign action or read: its JSON body, or a message fit to show a marketer. */
export type CampaignResponse<T> = { ok: true; data: T } | { ok: false; status: number; error: string }

type ErrorBody = { error?: unknown; errors?: { message?: unknown }[] }

/**
 * The server's own message where there is one: the campaign endpoints answer `{ error }`, Payload's generic errors
 * (a missing route, an expired session) `{ errors: [{ message }] }`. A marketer must learn why nothing happened.
 */
const messageOf = ({ body, status }: { body: unknown; status: number }): string => {
  const { error, errors } = (body && typeof body === 'object' ? body : {}) as ErrorBody
  if (typeof error === 'string' && error) return error
  const first = errors?.[0]?.message
  if (typeof first === 'string' && first) return first
  if (status === 401 || status === 403) return 'You are not allowed to do this: sign in again as a marketer or admin.'
  return `The server did not accept this (HTTP ${status}). Try again in a moment.`
}

/** Calls `/api/campaigns/:id/:action` with the session cookie; never throws. */
export const campaignRequest = async <T>({
  id,
  action,
  method = 'POST',
  body,
}: {
  id: string | number
  action: string
  method?: 'GET' | 'POST'
  body?: Record<string, unknown>
}): Promise<CampaignResponse<T>> => {
  try {
    const res = await fetch(`/api/campaigns/${encodeURIComponent(String(id))}/${action}`, {
      method,
      credentials: 'include',
      cache: 'no-store',
      headers: method === 'POST' ? { 'Content-Type': 'application/json' } : undefined,
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    })
    const parsed: unknown = await res.json().catch(() => undefined)
    if (!res.ok) return { ok: false, status: res.status, error: messageOf({ body: parsed, status: res.status }) }
    return { ok: true, data: parsed as T }
  } catch {
    return { ok: false, status: 0, error: 'The server could not be reached: check your connection and try again.' }
  }
}
