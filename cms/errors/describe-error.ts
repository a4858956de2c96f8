import type { Locale } from '../../config/locales'
import { errorTable, type ErrorCode, type ErrorStatus } from './error-table'

/** The status and the message in one language for an error code (the one place that reads the table). */
export const describeError = ({ code, params = {}, locale }: { code: ErrorCode; params?: Record<string, string | number>; locale: Locale }): { status: ErrorStatus; message: string } => {
  const entry = errorTable[code]
  const text = entry.message[locale] as string | ((p: Record<string, string | number>) => string)
  return { status: entry.status, message: typeof text === 'function' ? text(params) : text }
}
