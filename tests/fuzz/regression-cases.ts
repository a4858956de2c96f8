import { stampMarker } from './fuzz-targets'
import type { FuzzRequest } from './send-raw-request'

/** An input the fuzzer once found answered with a 500, kept as a fixed case with the answer it gets now. */
export type RegressionCase = { found: string; request: FuzzRequest; status: number }


/** `origin` is the server's own, so the write guard lets each one through to the handler that used to fail. */
export const regressionCases = ({ origin }: { origin: string }): RegressionCase[] => {
  const headers = (type?: string): [string, string][] => [['Origin', origin], ['X-Forwarded-For', '198.51.100.9'], ...(type ? [['Content-Type', type] as [string, string]] : [])]
  const get = (path: string): FuzzRequest => ({ method: 'GET', path, headers: headers() })
  const post = (path: string, type: string, body: string): FuzzRequest => ({ method: 'POST', path, headers: headers(type), body: Buffer.from(body, 'latin1') })
  return [
    { found: 'Next router: malformed percent-encoding in an /api path', request: get('/api/pages/%C3'), status: 400 },
    { found: 'Next router: a lone % in an /api path', request: get('/api/users/%'), status: 400 },
    { found: 'Next router: overlong UTF-8 in an /api path', request: get('/api/media/%C0%AF'), status: 400 },
    { found: 'Next router: an encoded surrogate in an /api path', request: { ...post('/api/payload-preferences/%ED%A0%80', 'application/json', 'null'), method: 'DELETE' }, status: 400 },
    { found: 'Drizzle: a geo operator on a text field', request: get('/api/pages?where[slug][within]=x'), status: 400 },
    { found: 'Drizzle: near on a text field', request: get('/api/pages?where[or][0][slug][near]=1,2'), status: 400 },
    { found: 'Drizzle: all (not implemented for SQL)', request: get('/api/pages?where[slug][all]=x'), status: 400 },
    { found: 'SQL adapter: a date comparison with no date', request: get('/api/media?where[createdAt][greater_than]=not-a-date'), status: 400 },
    { found: 'SQL adapter: a date comparison with no date, inside or', request: get('/api/pages?where[or][0][updatedAt][less_than]=x'), status: 400 },
    { found: 'SQL adapter: limit given twice', request: get('/api/redirects?limit=1&limit=2'), status: 400 },
    { found: 'SQL adapter: limit given twice, not numbers', request: get("/api/newsletter-lists?limit=X%5BxuGX'w&sort=hash&populate=NaN&limit=)-1)"), status: 400 },
    { found: 'SQL adapter: an operator object where one value goes', request: get('/api/policy-versions?where[id][equals][$gt]=0'), status: 400 },
    { found: 'SQL adapter: an array where one value goes', request: get('/api/pages?where[slug][equals][]=a'), status: 400 },
    { found: 'personal-data where rewrite: an address lookup beside an `and` that is no list', request: get('/api/contacts?where[and][x][id][exists]=true&where[email][equals]=a%40example.com'), status: 403 },
    { found: 'SQLite: a limit past its integers', request: get('/api/policy-versions?limit=99999999999999999999'), status: 400 },
    { found: 'SQLite: a negative limit with a page past the first (negative OFFSET)', request: get('/api/media?limit=-1&joins=false&page=1.5'), status: 400 },
    { found: 'SQLite: a negative limit with a page past the first (negative OFFSET)', request: get('/api/pages?limit=-1&page=2'), status: 400 },
    {
      // With a fresh form stamp (the marker), so it reaches the subscription as it did; the contact must not be stored.
      found: 'mail layer: an address the sign-up took and queueMail refused (stored, then 500)',
      request: post('/fr/newsletter', 'application/x-www-form-urlencoded', `email=i%2663j!6__.*e'nsg~.pbll5j%6002%7D.%25d%266_%2F1%40vmjp64d.gz&lists=webinars&locale=nl&consent=yes&stamp=${stampMarker}`),
      status: 400,
    },
    { found: "GraphQL: 'Invalid JSON' escaping Payload's route", request: post('/api/graphql', 'application/json', 'NaN'), status: 400 },
    { found: "GraphQL: 'Invalid JSON' escaping Payload's route", request: post('/api/graphql', 'application/json', '{"a":}'), status: 400 },
    { found: 'GraphQL: a self-spreading fragment overflowing the stack', request: post('/api/graphql', 'application/json', JSON.stringify({ query: 'fragment A on Page { ...A } { Pages { docs { ...A } } }' })), status: 400 },
    { found: 'busboy: a multipart body with no parts (GraphQL)', request: post('/api/graphql', 'multipart/form-data; boundary=x', '{}'), status: 400 },
    { found: 'busboy: a multipart body with no parts (logout)', request: post('/api/users/logout', 'multipart/form-data; boundary=x', '{}'), status: 400 },
    { found: 'busboy: a multipart body with no parts (refresh-token)', request: post('/api/users/refresh-token', 'multipart/form-data; boundary=x', 'false'), status: 400 },
  ]
}
