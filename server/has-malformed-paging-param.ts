// Payload hands these to the SQL adapter as they come: repeated (`?limit=1&limit=2`, an array) or bracketed
// (`?limit[a]=1`, an object) they make the query fail with a 500; a single value it coerces or ignores.
const pagingParams = ['limit', 'page', 'depth']

/** True when an /api query string repeats `limit`, `page` or `depth`, or gives one of them keys (`limit[a]=1`). */
export const hasMalformedPagingParam = ({ search }: { search: URLSearchParams }): boolean =>
  pagingParams.some((name) => search.getAll(name).length > 1 || [...search.keys()].some((key) => key.startsWith(`${name}[`)))
