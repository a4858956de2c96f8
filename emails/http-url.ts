import { z } from 'zod'

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** A link a mail may carry: http(s) only, so a prop can never smuggle in javascript: or data: URLs. */
export const httpUrl = z.string().max(2048).refine(isHttpUrl, { message: 'must be an http(s) URL' })
