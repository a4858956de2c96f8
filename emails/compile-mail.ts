import { randomBytes } from 'node:crypto'

import { escapeHtml } from '../config/escape-html'
import { fillCopy } from './fill-copy'
import { findCopyProblems } from './find-copy-problems'
import { layoutCopy } from './layout-copy'
import type { Locale } from '../config/locales'
import type { MailBlock } from './mail-block'
import { MailRenderError } from './mail-render-error'
import type { MailCategory } from './mail-template'
import { defaultOrganisation, type OrganisationDetails } from './organisation-details'
import { renderLayout, type SlotName } from './render-layout'
import type { RenderedMail } from './rendered-mail'
import { getMailTemplate, type MailTemplateId, type MailTemplateProps } from './template-registry'

/** The only per-recipient data a template sees. */
export type MailRecipient = {
  name?: string | null
  /** Required for marketing mail: the signed one-click unsubscribe URL of this recipient. */
  unsubscribeUrl?: string
  /** Marketing mail: the signed link to the recipient's preference center (the unsubscribe URL when absent). */
  preferencesUrl?: string
}

export type CompiledMail = {
  template: MailTemplateId
  locale: Locale
  category: MailCategory
  subject: string
  /** Fills in one recipient: cheap (string joins), so a campaign renders once per language. */
  personalise: (recipient: MailRecipient) => RenderedMail
}

// Markers for the open slots. The random part makes them unguessable, so content can never fake one.
const nonce = randomBytes(9).toString('base64url')
const marker = (name: SlotName) => `\u0000${nonce}:${name}\u0000`
const markerPattern = new RegExp(`\u0000${nonce}:(greeting|unsubscribeUrl|preferencesUrl)\u0000`)

// eslint-disable-next-line no-control-regex
const lineBreakOrControl = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const copyChecked = new Map<string, string[]>()

const checkUrls = ({ blocks, template, locale }: { blocks: MailBlock[]; template: string; locale: Locale }) => {
  const urls = blocks.flatMap((block) => (block.kind === 'button' ? [block.url] : block.kind === 'links' ? block.items.map((item) => item.url) : []))
  for (const url of urls) {
    if (!/^https?:\/\//i.test(url)) throw new MailRenderError('unsafe_url', `${template} (${locale}): links must be http(s) URLs`)
  }
}

/** Names come from forms: no control characters, no line breaks, no bidi tricks, bounded length. */
const cleanName = (name: string | null | undefined): string => (name ?? '').replace(controls, ' ').replace(/\s+/g, ' ').trim().slice(0, 80)

type Part = string | SlotName
const split = (rendered: string): Part[] => rendered.split(markerPattern) as Part[]

const join = (parts: Part[], values: Record<SlotName, string>): string => {
  let out = parts[0] as string
  for (let i = 1; i < parts.length; i += 2) out += values[parts[i] as SlotName] + (parts[i + 1] as string)
  return out
}

/**
 * Renders a template once for one language, leaving the recipient's greeting and unsubscribe URL open. Refuses,
 * with a MailRenderError, a language without complete wording, props that fail the template's schema, a subject
 * that could inject headers, and links that are not http(s).
 */
export const compileMail = <Id extends MailTemplateId>({
  template: id,
  locale,
  props,
  organisation = defaultOrganisation,
}: {
  template: Id
  locale: Locale
  props: MailTemplateProps<Id>
  organisation?: OrganisationDetails
}): CompiledMail => {
  const template = getMailTemplate(id)
  let problems = copyChecked.get(id)
  if (!problems) {
    problems = findCopyProblems({ id, copy: template.copy })
    copyChecked.set(id, problems)
  }
  const mine = problems.filter((p) => p.startsWith(`${id}: ${locale}`) || p.startsWith(`${id}: no ${locale}`))
  if (mine.length > 0 || !template.copy[locale]) throw new MailRenderError('missing_translation', mine.join('; ') || `${id}: no ${locale} translation`)

  const parsed = template.props.safeParse(props)
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'props'}: ${i.message}`).join('; ')
    throw new MailRenderError('invalid_props', `${id} (${locale}): ${detail}`)
  }
  const composed = template.compose({ locale, props: parsed.data, copy: template.copy[locale] })
  const subject = composed.subject.trim()
  if (subject === '' || lineBreakOrControl.test(subject)) throw new MailRenderError('header_injection', `${id} (${locale}): the subject must be one line without control characters`)
  checkUrls({ blocks: composed.blocks, template: id, locale })

  const { html, text } = renderLayout({
    locale,
    category: template.category,
    subject,
    preheader: composed.preheader.replace(controls, ' '),
    blocks: composed.blocks,
    organisation,
    slot: marker,
  })
  const htmlParts = split(html)
  const textParts = split(text)
  const words = layoutCopy[locale]
  const marketing = template.category === 'marketing'

  return {
    template: id,
    locale,
    category: template.category,
    subject,
    personalise: ({ name, unsubscribeUrl, preferencesUrl }) => {
      if (marketing && (!unsubscribeUrl || !/^https?:\/\//i.test(unsubscribeUrl))) {
        throw new MailRenderError('missing_unsubscribe_link', `${id}: marketing mail needs the recipient's unsubscribe URL`)
      }
      const clean = cleanName(name)
      const greeting = clean === '' ? words.greeting : fillCopy(words.greetingNamed, { name: clean })
      const url = unsubscribeUrl ?? ''
      const preferences = preferencesUrl && /^https?:\/\//i.test(preferencesUrl) ? preferencesUrl : url
      return {
        subject,
        html: join(htmlParts, { greeting: escapeHtml(greeting), unsubscribeUrl: escapeHtml(url), preferencesUrl: escapeHtml(preferences) }),
        text: join(textParts, { greeting, unsubscribeUrl: url, preferencesUrl: preferences }),
      }
    },
  }
}
