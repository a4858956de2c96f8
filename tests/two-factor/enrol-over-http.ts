import { totpCode } from './totp-code'

export type Enrolled = { token: string; secret: string; recoveryCodes: string[] }

const post = async ({ url, path, token, body }: { url: string; path: string; token?: string; body: unknown }) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })

/** Signs in with a password over REST and returns the session token. */
export const signInOverHttp = async ({ url, email, password }: { url: string; email: string; password: string }): Promise<string> => {
  const res = await post({ url, path: '/api/users/login', body: { email, password } })
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { token: string }).token
}

/**
 * Signs in and turns on two-factor sign-in through the same doors the admin page uses. The enrolling code is the
 * previous step's (still inside the window), so the current and next steps stay free for the sign-ins that follow.
 * The returned token's session is verified.
 */
export const enrolOverHttp = async ({ url, email, password }: { url: string; email: string; password: string }): Promise<Enrolled> => {
  const token = await signInOverHttp({ url, email, password })
  const started = await post({ url, path: '/api/users/two-factor/enrol/start', token, body: {} })
  if (!started.ok) throw new Error(`enrolment start failed: ${started.status} ${await started.text()}`)
  const { secret } = (await started.json()) as { secret: string }
  const finished = await post({ url, path: '/api/users/two-factor/enrol/finish', token, body: { code: totpCode({ secret, stepOffset: -1 }) } })
  if (!finished.ok) throw new Error(`enrolment finish failed: ${finished.status} ${await finished.text()}`)
  const { recoveryCodes } = (await finished.json()) as { recoveryCodes: string[] }
  return { token, secret, recoveryCodes }
}
