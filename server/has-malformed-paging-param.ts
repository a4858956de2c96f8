// Payload hands these to the SQL adapter as they come: repeated (`?limit=1&limit=2`, an array), bracketed
// (`?limit[a]=1`, an object) or a number past what SQLite's integers hold (`?limit=99999999999999999999`,
// `?page=Infinity`) they make the query fail with a 500. Text that is no number at all Payload ignores.
const pagingParams = ['limit', 'page', 'depth']

const isOutOfRange = (value: string): boolean => {
  const n = Number(value)
  return value.trim() !== '' && !Number.isNaN(n) && !Number.isSafeInteger(Math.trunc(n))
}

// A negative limit with any page past the first makes a negative OFFSET, which SQLite refuses (`?limit=-1&page=2`:
// a 500, found by the fuzzer, seed 1011079910); a fractional limit is no row count either.
const isBadLimit = (value: string): boolean => {
  const n = Number(value)
  return value.trim() !== '' && !Number.isNaN(n) && (n < 0 || !Number.isInteger(n))
}

/** True when an /api query string repeats `limit`, `page` or `depth`, gives one keys, a number out of range, or a negative or fractional limit. */
export const hasMalformedPagingParam = ({ search }: { search: URLSearchParams }): boolean =>
  pagingParams.some((name) => {
    const values = search.getAll(name)
    return values.length > 1 || values.some(isOutOfRange) || (name === 'limit' && values.some(isBadLimit)) || [...search.keys()].some((key) => key.startsWith(`${name}[`))
  })
