import { z } from 'zod'

/**
 * What a marketer writes to a webinar's registrants: plain text (the layout escapes it; no markup, no links
 * rendered as buttons), a one-line subject (a line break would be a header injection) and paragraphs split on
 * blank lines. Shared by the template and the admin endpoint, so both refuse the same things.
 */
export const webinarMessageFields = {
  subject: z
    .string()
    .trim()
    .min(3, { message: 'the subject needs at least 3 characters' })
    .max(150, { message: 'the subject may have at most 150 characters' })
    .refine((s) => !/[\r\n]/.test(s), { message: 'the subject must be one line' }),
  body: z.string().trim().min(10, { message: 'the message needs at least 10 characters' }).max(5000, { message: 'the message may have at most 5000 characters' }),
}

/** The body's paragraphs: split on blank lines, single line breaks kept as spaces (mail clients rewrap anyway). */
export const messageParagraphs = (body: string): string[] =>
  body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((p) => p !== '')
