import { handleEndpoints, type Payload } from 'payload'

/** Staff of every role with a session token, for the webinar admin tests. */
export const staffPassword = 'webinar-admin-Horse-Battery-42'

export type Staff = Record<'admin' | 'marketer' | 'editor', string>

export const createStaff = async ({ payload, prefix }: { payload: Payload; prefix: string }): Promise<Staff> => {
  const tokens: Partial<Staff> = {}
  for (const role of ['admin', 'marketer', 'editor'] as const) {
    const email = `${prefix}-${role}@example.com`
    await payload.create({ collection: 'users', data: { email, password: staffPassword, roles: [role] }, overrideAccess: true })
    const { token } = await payload.login({ collection: 'users', data: { email, password: staffPassword } })
    if (!token) throw new Error(`no token for ${role}`)
    tokens[role] = token
  }
  return tokens as Staff
}

/**
 * A request to Payload's REST router in-process (the same routing, authentication and endpoint handlers Next
 * calls), signed in with `Authorization: JWT`. The server's own guards (origin, write budgets, body caps) are not in
 * this path: the process tests cover those.
 */
export const callApi = async ({
  payload,
  path,
  method = 'GET',
  token,
  body,
  contentType,
}: {
  payload: Payload
  path: string
  method?: 'GET' | 'POST'
  token?: string
  body?: BodyInit
  contentType?: string
}): Promise<Response> => {
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `JWT ${token}`
  if (contentType) headers['content-type'] = contentType
  return handleEndpoints({ config: payload.config, request: new Request(`http://localhost:3000${path}`, { method, headers, body }) })
}
