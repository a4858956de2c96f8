import { fillCopy } from './fill-copy'
import type { MailBlock } from './mail-block'
import type { ComposedMail } from './mail-template'

/**
 * The shape of our personal mails: subject and preheader from the copy (the subject filled in, where it names
 * something), "Dear {name}," and the intro paragraph, then the template's own blocks.
 */
export const composeLetter = ({
  copy,
  subject = copy.subject,
  blocks,
}: {
  copy: { subject: string; preheader: string; intro: string }
  subject?: string
  blocks: MailBlock[]
}): ComposedMail => ({
  subject,
  preheader: copy.preheader,
  blocks: [{ kind: 'greeting' }, { kind: 'paragraph', text: copy.intro }, ...blocks],
})

/** The small print of a mail whose link expires: how many days it stays valid, then what to do if nobody asked. */
export const validityNote = ({ copy, days }: { copy: { validity: string; ignore: string }; days: number }): MailBlock => ({
  kind: 'note',
  text: `${fillCopy(copy.validity, { days })} ${copy.ignore}`,
})
