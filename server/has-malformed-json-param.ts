// Payload's REST handlers JSON.parse these when they come as one string (`?where={…}`) and answer a parse error with
// a 500; the bracket form (`?where[title][equals]=x`) is parsed by qs and never reaches JSON.parse.
const jsonParams = ['where', 'data']

/** True when an /api query string carries a `where` or `data` that is meant to be JSON and is not. */
export const hasMalformedJsonParam = ({ search }: { search: URLSearchParams }): boolean =>
  jsonParams.some((name) => {
    const value = search.get(name)
    if (value === null || value === '') return false
    try {
      JSON.parse(value)
      return false
    } catch {
      return true
    }
  })
