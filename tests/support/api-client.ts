/**
 * A small client for the running server's Payload API: REST and GraphQL over real HTTP, signed in with
 * `Authorization: JWT <token>` (no cookies, so no CSRF origin rules apply).
 */
export type ApiAnswer = { status: number; body: unknown }
export type GraphqlError = { message: string; extensions?: { statusCode?: number; name?: string } }
export type GraphqlAnswer = { status: number; data: Record<string, unknown> | null; errors: GraphqlError[] }

export type ApiClient = {
  login: (args: { email: string; password: string }) => Promise<string>
  rest: (args: { method?: string; path: string; token?: string; json?: unknown; form?: FormData }) => Promise<ApiAnswer>
  graphql: (args: { query: string; variables?: Record<string, unknown>; token?: string }) => Promise<GraphqlAnswer>
}

const parse = async (res: Response): Promise<unknown> => {
  const text = await res.text()
  try {
    return text === '' ? null : JSON.parse(text)
  } catch {
    return text
  }
}

export const createApiClient = ({ baseUrl }: { baseUrl: string }): ApiClient => {
  const rest: ApiClient['rest'] = async ({ method = 'GET', path, token, json, form }) => {
    const headers: Record<string, string> = {}
    if (token) headers.authorization = `JWT ${token}`
    if (json !== undefined) headers['content-type'] = 'application/json'
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body: form ?? (json === undefined ? undefined : JSON.stringify(json)) })
    return { status: res.status, body: await parse(res) }
  }
  return {
    rest,
    login: async ({ email, password }) => {
      const { status, body } = await rest({ method: 'POST', path: '/api/users/login', json: { email, password } })
      const token = (body as { token?: string } | null)?.token
      if (status !== 200 || !token) throw new Error(`login as ${email} failed (${status}): ${JSON.stringify(body)}`)
      return token
    },
    graphql: async ({ query, variables, token }) => {
      const { status, body } = await rest({ method: 'POST', path: '/api/graphql', token, json: { query, variables } })
      const answer = (body ?? {}) as { data?: Record<string, unknown> | null; errors?: GraphqlError[] }
      return { status, data: answer.data ?? null, errors: answer.errors ?? [] }
    },
  }
}
