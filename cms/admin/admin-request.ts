/** The answer of an admin component's request: its JSON body, or a message fit to show a marketer. */
export type AdminResponse<T> = { ok: true; data: T } | { ok: false; status: number; error: string }

type ErrorBody = { error?: unknown; errors?: { message?: unknown }[] }

/** The server's own message where there is one (our endpoints answer `{ error }`, Payload's and the server's guards `{ errors }`). */
const messageOf = ({ body, status }: { body: unknown; status: number }): string => {
  const { error, errors } = (body && typeof body === 'object' ? body : {}) as ErrorBody
  if (typeof error === 'string' && error) return error
  const first = errors?.[0]?.message
  if (typeof first === 'string' && first) return first
  if (status === 401 || status === 403) return 'You are not allowed to do this: sign in again as a marketer or admin.'
  return `The server did not accept this (HTTP ${status}). Try again in a moment.`
}

/**
 * Calls `/api/{path}` from an admin component with the session cookie (the browser sends its origin, which the
 * server's origin check and Payload's CSRF rule want on a POST): a JSON body, or a file sent as it is. Never throws:
 * a marketer always learns why nothing happened.
 */
export const adminRequest = async <T>({ path, method = 'POST', json, file }: { path: string; method?: 'GET' | 'POST'; json?: Record<string, unknown>; file?: File }): Promise<AdminResponse<T>> => {
  try {
    const res = await fetch(`/api/${path}`, {
      method,
      credentials: 'include',
      cache: 'no-store',
      headers: method === 'GET' ? undefined : { 'Content-Type': file ? 'text/csv' : 'application/json' },
      body: method === 'GET' ? undefined : (file ?? JSON.stringify(json ?? {})),
    })
    const parsed: unknown = await res.json().catch(() => undefined)
    if (!res.ok) return { ok: false, status: res.status, error: messageOf({ body: parsed, status: res.status }) }
    return { ok: true, data: parsed as T }
  } catch {
    return { ok: false, status: 0, error: 'The server could not be reached: check your connection and try again.' }
  }
}
