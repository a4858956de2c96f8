import type { z } from 'zod'

/**
 * These operations are called by code, not by visitors: bad input is a bug in the caller, so it fails loudly with the
 * operation's name and every field that was wrong, rather than as a DomainError with a status.
 */
export const parseArgs = <S extends z.ZodType>({ operation, schema, args }: { operation: string; schema: S; args: unknown }): z.output<S> => {
  const parsed = schema.safeParse(args)
  if (parsed.success) return parsed.data
  const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; ')
  throw new Error(`${operation}: invalid arguments (${detail})`)
}
