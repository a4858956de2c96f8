import { maxUploadBytes } from '../cms/media'

const kib = 1024
// Multipart framing and the other form fields (alt text in three languages, credit) around an upload.
const uploadOverhead = 256 * kib

/** Caps per route, first match wins; each is generous for what the route legitimately receives. */
const caps: { pattern: RegExp; bytes: number }[] = [
  // A banner choice is a few hundred bytes (the endpoint itself refuses more than 4 KB).
  { pattern: /^\/consent\/?$/, bytes: 8 * kib },
  // RFC 8058 one-click: `List-Unsubscribe=One-Click` plus the signed token.
  { pattern: /^\/api\/mail\/unsubscribe\/?$/, bytes: 16 * kib },
  // Resend's delivery events (the endpoint itself refuses more than 256 KB).
  { pattern: /^\/api\/mail\/webhooks\/resend\/?$/, bytes: 256 * kib },
  // The trial application's reports are a few hundred bytes (the endpoint itself refuses more than 64 KB).
  { pattern: /^\/api\/trials\/webhooks\/app\/?$/, bytes: 64 * kib + kib },
  // A webinar's attendance file: the endpoint refuses more than 2 MB with its own message; a little room for that.
  { pattern: /^\/api\/webinars\/[^/]+\/attendance-import\/?$/, bytes: 2048 * kib + 16 * kib },
  // Uploads: the file itself is limited by Payload (maxUploadBytes); the server stops anything larger earlier.
  { pattern: /^\/api\/media(\/[^/]+)?\/?$/, bytes: maxUploadBytes + uploadOverhead },
]

/** Everything else (the API, GraphQL, the admin's server actions, the site's forms) is JSON or a small form. */
export const defaultBodyCap = 1024 * kib

/** The most bytes a request body to this path may have. */
export const bodyCapFor = ({ pathname }: { pathname: string }): number =>
  caps.find(({ pattern }) => pattern.test(pathname))?.bytes ?? defaultBodyCap
