/** A posted form as plain values: repeated fields (checkbox groups) as arrays, files ignored, sizes bounded. */
export const formInput = (data: FormData): Record<string, string | string[]> => {
  const out: Record<string, string | string[]> = {}
  for (const [key, value] of data.entries()) {
    if (typeof value !== 'string' || key.length > 40) continue
    const v = value.slice(0, 5_000)
    const prev = out[key]
    out[key] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v].slice(0, 50) : [prev, v]
  }
  return out
}

/** Reads a urlencoded or multipart body (at most `maxBytes`), or undefined when it is not a form or too large. */
export const readForm = async ({ request, maxBytes = 16_384 }: { request: Request; maxBytes?: number }): Promise<Record<string, string | string[]> | undefined> => {
  if (Number(request.headers.get('content-length') ?? '0') > maxBytes) return undefined
  const type = request.headers.get('content-type') ?? ''
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return undefined
  try {
    return formInput(await request.formData())
  } catch {
    return undefined
  }
}
