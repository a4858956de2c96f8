import pino, { type Logger } from 'pino'

const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g
const bearerPattern = /\b(Bearer|JWT)\s+[A-Za-z0-9._~+/=-]+/gi

/** Removes e-mail addresses and bearer tokens from any text that reaches a log line. */
export const scrub = (text: string): string => text.replace(emailPattern, '[email]').replace(bearerPattern, '$1 [redacted]')

const scrubDeep = (value: unknown, depth = 0): unknown => {
  if (typeof value === 'string') return scrub(value)
  if (depth > 4 || value === null || typeof value !== 'object') return value
  if (value instanceof Error) {
    return { type: value.name, message: scrub(value.message), stack: value.stack ? scrub(value.stack) : undefined }
  }
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1))
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, depth + 1)]))
}

/**
 * Structured JSON logs. Personal data never belongs in a log line: known personal/secret keys are removed by path,
 * and every string (messages, error texts, stacks) is scrubbed of addresses and tokens on the way out.
 */
export const createLogger = ({ level, destination }: { level: string; destination?: pino.DestinationStream }): Logger =>
  pino(
    {
      level,
      base: { service: 'myplugin' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          'email', '*.email', 'to', '*.to', 'name', '*.name', 'password', '*.password', 'token', '*.token',
          'secret', '*.secret', 'headers.cookie', 'headers.authorization', '*.headers.cookie', '*.headers.authorization',
          'data', '*.data', 'input', '*.input',
        ],
        remove: true,
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => scrubDeep(a)) as Parameters<typeof method>)
        },
      },
      serializers: { err: (e: unknown) => scrubDeep(e) },
    },
    destination,
  )
