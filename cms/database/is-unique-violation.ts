/** True when a write failed on a unique index (SQLite or MongoDB): someone else created the same row first. */
export const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { message?: string; data?: { errors?: { message?: string }[] }; cause?: { message?: string } }
  return /unique|duplicate|E11000|already/i.test([e?.message, e?.cause?.message, ...(e?.data?.errors ?? []).map((x) => x.message)].join(' '))
}
