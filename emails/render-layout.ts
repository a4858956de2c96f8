import { escapeHtml } from '../config/escape-html'
import { fillCopy } from './fill-copy'
import { layoutCopy } from './layout-copy'
import type { Locale } from '../config/locales'
import type { MailBlock } from './mail-block'
import type { MailCategory } from './mail-template'
import type { OrganisationDetails } from './organisation-details'

/** The per-recipient values a compiled mail leaves open (see compile-mail.ts). */
export type SlotName = 'greeting' | 'unsubscribeUrl' | 'preferencesUrl'

type LayoutArgs = {
  locale: Locale
  category: MailCategory
  subject: string
  preheader: string
  blocks: MailBlock[]
  organisation: OrganisationDetails
  /** Returns the marker the compiled mail later replaces with the recipient's (escaped) value. */
  slot: (name: SlotName) => string
}

const font = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;"
const brand = '#0b5c59'
const muted = '#52606d'

const paragraphHtml = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>')

const blockHtml = (block: MailBlock, slot: LayoutArgs['slot']): string => {
  switch (block.kind) {
    case 'heading':
      return `<h2 style="margin:0 0 16px;${font}font-size:22px;line-height:1.3;color:#102a43;">${escapeHtml(block.text)}</h2>`
    case 'paragraph':
      return `<p style="margin:0 0 16px;">${paragraphHtml(block.text)}</p>`
    case 'greeting':
      return `<p style="margin:0 0 16px;">${slot('greeting')}</p>`
    case 'button':
      // A table-cell button: the one shape every mail client (Outlook included) shows as a button.
      return (
        `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;"><tr>` +
        `<td style="border-radius:6px;background-color:${brand};">` +
        `<a href="${escapeHtml(block.url)}" style="display:inline-block;padding:12px 24px;${font}font-size:16px;font-weight:700;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(block.label)}</a>` +
        `</td></tr></table>`
      )
    case 'list':
      return `<ul style="margin:0 0 16px;padding-left:20px;">${block.items.map((item) => `<li style="margin:0 0 4px;">${escapeHtml(item)}</li>`).join('')}</ul>`
    case 'note':
      return `<p style="margin:16px 0 0;font-size:13px;line-height:1.5;color:${muted};">${paragraphHtml(block.text)}</p>`
    case 'details':
      // A two-column table, not a list: labels line up in every client, and the label needs no colon.
      return (
        `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;">` +
        block.rows
          .map((row) => `<tr><td style="padding:0 16px 6px 0;vertical-align:top;font-weight:700;color:#102a43;">${escapeHtml(row.label)}</td><td style="padding:0 0 6px;vertical-align:top;">${paragraphHtml(row.value)}</td></tr>`)
          .join('') +
        `</table>`
      )
    case 'links':
      return `<p style="margin:0 0 16px;">${block.items.map((item) => `<a href="${escapeHtml(item.url)}" style="color:${brand};">${escapeHtml(item.label)}</a>`).join(' · ')}</p>`
  }
}

const blockText = (block: MailBlock, slot: LayoutArgs['slot'], copy: (typeof layoutCopy)[Locale]): string => {
  switch (block.kind) {
    case 'heading':
      return `${block.text}\n${'='.repeat(Math.min(block.text.length, 60))}`
    case 'paragraph':
    case 'note':
      return block.text
    case 'greeting':
      return slot('greeting')
    case 'button':
      return `${block.label}\n${block.url}`
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n')
    case 'details':
      return block.rows.map((row) => `${row.label}${copy.labelSeparator}${row.value}`).join('\n')
    case 'links':
      return block.items.map((item) => `${item.label}\n${item.url}`).join('\n\n')
  }
}

const organisationLine = ({ organisation: o, locale }: { organisation: OrganisationDetails; locale: Locale }) =>
  [`${o.legalName}`, `${o.street}, ${o.postalCode} ${o.city}, ${o.country}`, `${layoutCopy[locale].enterpriseNumber} ${o.enterpriseNumber}`, o.email].join(' · ')

/**
 * The one layout every mail shares: header, body blocks, and a footer with the organisation's details and, for
 * marketing mail, why the person receives it, the preference center and a visible unsubscribe link. Table-based, inline styles, no images
 * and no remote resources (nothing loads, nothing tracks).
 */
export const renderLayout = ({ locale, category, subject, preheader, blocks, organisation, slot }: LayoutArgs): { html: string; text: string } => {
  const copy = layoutCopy[locale]
  const org = organisationLine({ organisation, locale })
  const reason = fillCopy(copy.marketingReason, { organisation: organisation.legalName })
  const marketing = category === 'marketing'

  const footerHtml = [
    `<p style="margin:0 0 8px;">${escapeHtml(org)}<br><a href="${escapeHtml(organisation.website)}" style="color:${muted};">${escapeHtml(organisation.website.replace(/^https?:\/\//, ''))}</a></p>`,
    marketing ? `<p style="margin:0 0 8px;">${escapeHtml(reason)}</p>` : '',
    marketing
      ? `<p style="margin:0;"><a href="${slot('preferencesUrl')}" style="color:${brand};font-weight:700;">${escapeHtml(copy.preferences)}</a> · <a href="${slot('unsubscribeUrl')}" style="color:${brand};font-weight:700;">${escapeHtml(copy.unsubscribe)}</a></p>`
      : '',
  ].join('')

  const html =
    `<!DOCTYPE html>\n<html lang="${locale}" dir="ltr"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    // Apple Mail looks only for the name; HTML requires a content attribute with every named meta.
    `<meta name="x-apple-disable-message-reformatting" content="">` +
    `<meta name="color-scheme" content="light"><meta name="supported-color-schemes" content="light">` +
    `<title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:0;background-color:#f4f6f6;">` +
    `<div style="display:none;max-height:0;overflow:hidden;" aria-hidden="true">${escapeHtml(preheader)}</div>` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f6f6;"><tr><td align="center" style="padding:24px 12px;">` +
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border-radius:8px;">` +
    `<tr><td style="padding:24px 32px 8px;${font}font-size:20px;font-weight:700;color:${brand};">${escapeHtml(organisation.legalName)}</td></tr>` +
    `<tr><td style="padding:8px 32px 24px;${font}font-size:16px;line-height:1.5;color:#1f2933;">${blocks.map((b) => blockHtml(b, slot)).join('')}</td></tr>` +
    `</table>` +
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;">` +
    `<tr><td style="padding:16px 32px;${font}font-size:12px;line-height:1.5;color:${muted};">${footerHtml}</td></tr>` +
    `</table></td></tr></table></body></html>\n`

  const footerText = [org, organisation.website, ...(marketing ? [reason, `${copy.preferences}\n${slot('preferencesUrl')}`, `${copy.unsubscribe}\n${slot('unsubscribeUrl')}`] : [])].join('\n')
  const text = `${blocks.map((b) => blockText(b, slot, copy)).join('\n\n')}\n\n-- \n${footerText}\n`
  return { html, text }
}
