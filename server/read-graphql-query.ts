/**
 * The GraphQL document a POST body carries, in the forms Payload's handler (graphql-http) reads: JSON
 * (`{ "query": … }`), `application/graphql`, or a form (multipart or urlencoded) with a `query` part. Undefined when
 * there is none; Payload answers such a request with an error.
 */
export const readGraphqlQuery = async ({ contentType, body }: { contentType: string; body: Buffer }): Promise<string | undefined> => {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  if (type === 'application/graphql') return body.toString('utf8')
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
    try {
      const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData()
      const query = form.get('query')
      return typeof query === 'string' ? query : undefined
    } catch {
      return undefined
    }
  }
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'))
    const query = parsed !== null && typeof parsed === 'object' && 'query' in parsed ? parsed.query : undefined
    return typeof query === 'string' ? query : undefined
  } catch {
    return undefined
  }
}
