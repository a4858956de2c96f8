import { randomUUID } from 'node:crypto'

/** A sending domain as Resend keeps it (GET /domains item), with its open and click tracking settings. */
export type StandInDomain = { id: string; name: string; status: 'verified' | 'not_started'; region: string; created_at: string; open_tracking: boolean; click_tracking: boolean }

type Answer = { status: number; body: unknown }

const error = (status: number, name: string, message: string): Answer => ({ status, body: { statusCode: status, message, name } })

/**
 * Resend's domain endpoints, as far as the project uses them (resend-openapi.yaml: domains/list, domains/get,
 * domains/update): list with `{ object: 'list', has_more, data }`, update of `open_tracking` / `click_tracking`
 * answering `{ object: 'domain', id }`. A sending-only API key may not read or change domains: 401
 * restricted_api_key, as Resend answers.
 */
export const createDomainStore = ({ domains = [] }: { domains?: Array<{ name: string; openTracking?: boolean; clickTracking?: boolean }> }) => {
  const store: StandInDomain[] = domains.map((d) => ({
    id: randomUUID(),
    name: d.name,
    status: 'verified',
    region: 'eu-west-1',
    created_at: new Date().toISOString().replace('T', ' ').replace('Z', '+00'),
    open_tracking: d.openTracking ?? false,
    click_tracking: d.clickTracking ?? false,
  }))
  return {
    domains: store,
    /** Undefined when the path is not a domain path. */
    handle: ({ method, path, raw, sendingOnly }: { method: string; path: string; raw: string; sendingOnly: boolean }): Answer | undefined => {
      const match = /^\/domains(?:\/([^/]+))?$/.exec(path)
      if (!match) return undefined
      if (sendingOnly) return error(401, 'restricted_api_key', 'This API key is restricted to only send emails')
      const id = match[1]
      if (!id) {
        if (method !== 'GET') return error(405, 'method_not_allowed', 'Method is not allowed for the requested path.')
        return { status: 200, body: { object: 'list', has_more: false, data: store.map((d) => ({ ...d })) } }
      }
      const domain = store.find((d) => d.id === id)
      if (!domain) return error(404, 'not_found', 'Domain not found')
      if (method === 'GET') return { status: 200, body: { object: 'domain', ...domain, records: [] } }
      if (method !== 'PATCH') return error(405, 'method_not_allowed', 'Method is not allowed for the requested path.')
      let body: { open_tracking?: unknown; click_tracking?: unknown }
      try {
        body = JSON.parse(raw) as typeof body
      } catch {
        return error(422, 'validation_error', 'The request body is not valid JSON.')
      }
      for (const field of ['open_tracking', 'click_tracking'] as const) {
        if (body[field] === undefined) continue
        if (typeof body[field] !== 'boolean') return error(422, 'validation_error', `The \`${field}\` field must be a boolean.`)
        domain[field] = body[field]
      }
      return { status: 200, body: { object: 'domain', id: domain.id } }
    },
  }
}
