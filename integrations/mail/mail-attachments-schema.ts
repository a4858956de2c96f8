import { z } from 'zod'

/** Files one message may carry: a confirmation needs one invitation; a handful more is already a mistake. */
export const maxAttachments = 3

/**
 * The most all attachments of one message may weigh, counted as base64 (what is stored and what travels). Resend
 * takes 40 MB, but a calendar invitation is a few KB, and every byte is kept encrypted in the message's row until the
 * provider accepts it (in the outbox for 13 months), sent again by every retry, and counted by spam filters and
 * mailbox quotas: 256 KB leaves room for a long event description and stops a slide deck attached by mistake.
 */
export const maxAttachmentBytes = 256 * 1024

/**
 * The content types a message may carry, each with the file extensions it may be named with: mail clients choose how
 * to open a file by its name, so a name must not disguise its type. Add a type here when a mail needs it.
 */
export const attachmentTypes: Readonly<Record<string, readonly string[]>> = { 'text/calendar': ['ics'] }

// No control characters (a header-injection or display trick), no path separators (a recipient's client must not
// be steered into a folder), none of the characters Windows refuses in names, no leading dot (hidden files, `..`).
// eslint-disable-next-line no-control-regex
const safeFilename = /^(?!\.)[^\u0000-\u001f\u007f-\u009f\u2028\u2029/\\:*?"<>|]+$/
const token = "[A-Za-z0-9!#$&^_.+-]+"
// type/subtype, then `; name=value` parameters (a value is a token or a quoted string without line breaks).
const contentTypePattern = new RegExp(`^(${token}/${token})((?:\\s*;\\s*${token}=(?:${token}|"[^"\\\\\\u0000-\\u001f\\u007f]*"))*)\\s*$`)
// RFC 4648 base64 with padding: what Resend decodes; anything else would arrive as a different file.
const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** The media type of a content type, lowercased, without its parameters (`text/calendar`). */
const mediaTypeOf = (contentType: string): string | undefined => contentTypePattern.exec(contentType)?.[1]?.toLowerCase()

const attachment = z
  .object({
    filename: z
      .string()
      .min(1, 'is empty')
      .max(100, 'is longer than 100 characters')
      .regex(safeFilename, 'is not a safe file name (path separators, control characters, reserved characters or a leading dot)'),
    contentType: z
      .string()
      .max(200, 'is longer than 200 characters')
      .refine((s) => mediaTypeOf(s) !== undefined, 'is not a content type (type/subtype; name=value…)')
      .refine((s) => Object.hasOwn(attachmentTypes, mediaTypeOf(s) ?? ''), `is not an allowed type (${Object.keys(attachmentTypes).join(', ')})`),
    content: z.string().min(1, 'is empty').regex(base64, 'is not base64'),
  })
  .strict()
  .superRefine((a, ctx) => {
    const extensions = attachmentTypes[mediaTypeOf(a.contentType) ?? '']
    const extension = a.filename.includes('.') ? a.filename.split('.').pop()?.toLowerCase() : undefined
    if (extensions && !(extension && extensions.includes(extension))) {
      ctx.addIssue({ code: 'custom', path: ['filename'], message: `does not end in .${extensions.join(' or .')}, as its content type wants` })
    }
  })

/** The attachments of one message, as the port's gate (validateMailMessage) checks them. */
export const mailAttachmentsSchema = z
  .array(attachment)
  .max(maxAttachments, `hold more than ${maxAttachments} files`)
  .refine((list) => list.reduce((sum, a) => sum + a.content.length, 0) <= maxAttachmentBytes, `weigh more than ${maxAttachmentBytes / 1024} KB together (as base64)`)
