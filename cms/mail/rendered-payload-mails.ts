import type { RenderedMail } from '../../emails/rendered-mail'

/**
 * Payload hands its email adapter only a subject and HTML. Mails we render for Payload (the password reset) park
 * their full rendering here, keyed by that HTML, so the adapter sends our plain-text part too. Entries are taken
 * once and expire after a minute (a mail Payload renders but never sends must not linger).
 */
const parked = new Map<string, RenderedMail>()

export const parkRenderedMail = ({ rendered }: { rendered: RenderedMail }): void => {
  parked.set(rendered.html, rendered)
  setTimeout(() => parked.delete(rendered.html), 60_000).unref()
}

export const takeRenderedMail = ({ html }: { html: string }): RenderedMail | undefined => {
  const rendered = parked.get(html)
  parked.delete(html)
  return rendered
}
