import { randomUUID } from 'node:crypto'

/** One detail under `errors` of HubSpot's error body (the client's ErrorDetail model). */
export type HubSpotErrorDetail = { message: string; code?: string; subCategory?: string; in?: string; context?: Record<string, string[]> }

/**
 * HubSpot's error body for a whole request (the client's `Error` model: status, message, correlationId, category,
 * and optionally subCategory, context, links, errors). Every answer gets a fresh correlation id, as HubSpot's do, so a
 * log line can be matched to the answer that caused it.
 */
export const hubSpotErrorBody = ({
  message,
  category,
  correlationId = randomUUID(),
  subCategory,
  context,
  errors,
}: {
  message: string
  category: string
  correlationId?: string
  subCategory?: string
  context?: Record<string, string[]>
  errors?: HubSpotErrorDetail[]
}): Record<string, unknown> => ({
  status: 'error',
  message,
  correlationId,
  category,
  ...(subCategory === undefined ? {} : { subCategory }),
  ...(context === undefined ? {} : { context }),
  ...(errors === undefined ? {} : { errors }),
})
