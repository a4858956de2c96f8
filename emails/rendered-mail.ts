/** What every template renders to: one subject, an HTML part and a plain-text part. */
export type RenderedMail = { subject: string; html: string; text: string }
