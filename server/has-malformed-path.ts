/**
 * True when a path's percent-encoding does not decode: a lone `%`, `%zz`, `%u0041`, or bytes that are no UTF-8 (the
 * overlong `%C0%AF`, an encoded surrogate `%ED%A0%80`). Next's router throws on them and answers 500
 * (`/api/pages/%C3`), so the server refuses them first; no real link contains one.
 */
export const hasMalformedPath = ({ pathname }: { pathname: string }): boolean => {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}
