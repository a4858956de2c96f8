import type { PayloadRequest } from 'payload'

/** An endpoint's JSON body, or undefined when there is none or it is not JSON: the caller's zod schema then refuses it. */
export const readJsonBody = async ({ req }: { req: PayloadRequest }): Promise<unknown> => {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    return undefined
  }
}
