/** Payload's GraphQL endpoint: guarded on every GET and POST (reads can be as costly as writes), not only on writes. */
export const isGraphqlPath = (pathname: string) => /^\/api\/graphql\/?$/.test(pathname)
