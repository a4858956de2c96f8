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
  /** Small print under the main content. */
  | { kind: 'note'; text: string }
