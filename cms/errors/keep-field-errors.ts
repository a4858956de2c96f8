import type { CollectionAfterErrorHook } from 'payload'

type FieldErrors = { errors: { path: string; message: string }[] }

const fieldErrorsOf = (error: unknown): FieldErrors | undefined => {
  const { name, data } = (error ?? {}) as { name?: unknown; data?: Partial<FieldErrors> }
  return name === 'ValidationError' && Array.isArray(data?.errors) ? (data as FieldErrors) : undefined
}

/**
 * Puts the field errors of a ValidationError thrown by our own hooks back into the REST answer. Payload's error
 * formatter recognises a ValidationError with `instanceof`; the production server loads our hooks with its own copy of
 * `payload` while Next's build bundles another, so the check fails and the answer keeps only "The following field is
 * invalid: password", without the reason the admin shows under the field.
 */
export const keepFieldErrors: CollectionAfterErrorHook = ({ error, result }) => {
  const fieldErrors = fieldErrorsOf(error)
  const first = (result as { errors?: { data?: unknown }[] } | undefined)?.errors?.[0]
  if (!fieldErrors || first?.data) return
  return { response: { errors: [{ name: 'ValidationError', data: fieldErrors, message: error.message }] }, status: 400 }
}
