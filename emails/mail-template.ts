import type { z } from 'zod'

import type { Locale } from '../config/locales'
import type { MailBlock } from './mail-block'

/** Marketing mail carries an unsubscribe link and List-Unsubscribe headers; transactional mail answers a request. */
export type MailCategory = 'transactional' | 'marketing'

/** One language's wording of a template: plain strings, with {placeholders} filled by the template. */
export type MailCopy = Record<string, string>

export type ComposedMail = { subject: string; preheader: string; blocks: MailBlock[] }

export type MailTemplate<Schema extends z.ZodType = z.ZodType, Copy extends MailCopy = MailCopy> = {
  id: string
  category: MailCategory
  /** One line for the admin's list of templates. */
  description: string
  /** The typed props, checked before anything renders. */
  props: Schema
  /** Realistic props for the admin preview and the "send me a test" button. */
  sample: (args: { locale: Locale }) => z.input<Schema>
  /** Every language's wording. Checked complete (same keys, same placeholders, nothing empty) before rendering. */
  copy: Record<Locale, Copy>
  /** Props + wording → subject, preheader and body blocks. Never markup: the layout renders and escapes. */
  compose: (args: { locale: Locale; props: z.output<Schema>; copy: Copy }) => ComposedMail
}

/** Identity function that lets TypeScript infer a template's props and copy types from its definition. */
export const defineMailTemplate = <Schema extends z.ZodType, Copy extends MailCopy>(template: MailTemplate<Schema, Copy>): MailTemplate<Schema, Copy> => template
