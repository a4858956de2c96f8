import { relationId } from './relation-id'

/** Relationship values come back as ids or populated docs, numbers (SQLite) or strings (MongoDB): compare as text. */
export const sameId = (a: unknown, b: unknown): boolean => String(relationId(a)) === String(relationId(b))
