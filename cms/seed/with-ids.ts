/**
 * Blocks and arrays share their structure across languages; only their texts are localised. Writing a translation
 * must therefore reuse the row ids the Dutch version got, or Payload would replace the rows (and lose the Dutch texts).
 */
export const withIds = (stored: unknown, translated: unknown): unknown => {
  if (Array.isArray(translated)) {
    const rows = Array.isArray(stored) ? stored : []
    return translated.map((item, i) => withIds(rows[i], item))
  }
  if (translated && typeof translated === 'object') {
    const source = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>
    const result: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(translated)) result[key] = withIds(source[key], value)
    if (source.id !== undefined && result.id === undefined) result.id = source.id
    return result
  }
  return translated
}
