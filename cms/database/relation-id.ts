/**
 * The id a relationship value names: Payload gives an id or a populated document, a number (SQLite) or a string
 * (MongoDB). Undefined for an empty value.
 */
export const relationId = (value: unknown): string | number | undefined => {
  const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return (typeof id === 'string' && id !== '') || typeof id === 'number' ? id : undefined
}
