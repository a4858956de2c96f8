import { z } from 'zod'

import { totpFor } from './totp-for'

const codeShape = z.string().regex(/^\d{6}$/)

/**
 * The time-step a code belongs to, if it is valid now (±1 step of clock drift) and newer than the last accepted
 * step; otherwise undefined. Refusing a step already used is what makes a code single-use.
 */
export const acceptedTotpStep = ({ secret, code, lastStep, now = Date.now() }: { secret: string; code: unknown; lastStep?: number | null; now?: number }): number | undefined => {
  const parsed = codeShape.safeParse(typeof code === 'string' ? code.replace(/\s/g, '') : code)
  if (!parsed.success) return undefined
  const totp = totpFor({ secret })
  const delta = totp.validate({ token: parsed.data, timestamp: now, window: 1 })
  if (delta === null) return undefined
  const step = totp.counter({ timestamp: now }) + delta
  if (typeof lastStep === 'number' && step <= lastStep) return undefined
  return step
}
