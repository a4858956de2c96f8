/** Relationship values come back as ids or populated docs, numbers (SQLite) or strings (MongoDB): compare as text. */
export const sameId = (a: unknown, b: unknown): boolean => {
  const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v)
  return String(idOf(a)) === String(idOf(b))
}
