export type MailRenderErrorCode = 'invalid_props' | 'missing_translation' | 'header_injection' | 'unsafe_url' | 'missing_unsubscribe_link'

/**
 * A mail that must not be rendered, let alone sent. Messages name the template, the language and the field, never
 * a recipient's data, so they can be logged as they are.
 */
export class MailRenderError extends Error {
  readonly code: MailRenderErrorCode
  constructor(code: MailRenderErrorCode, message: string) {
    super(message)
    this.name = 'MailRenderError'
    this.code = code
  }
}
