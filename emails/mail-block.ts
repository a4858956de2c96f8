/**
 * The building blocks of a mail body. Templates compose blocks; the layout turns them into HTML and plain text,
 * so both parts always say the same thing and no template writes markup (or forgets to escape) by hand.
 */
export type MailBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** "Dear {name}," — filled per recipient (see compile-mail.ts). */
  | { kind: 'greeting' }
  | { kind: 'button'; label: string; url: string }
  | { kind: 'list'; items: string[] }
  /** Facts as label/value rows ("When: Thursday …"): what, when, where of an event. */
  | { kind: 'details'; rows: { label: string; value: string }[] }
  /** Secondary links as plain text links, not buttons: one button is the main action, these are the others. */
  | { kind: 'links'; items: { label: string; url: string }[] }
  /** Small print under the main content. */
  | { kind: 'note'; text: string }
