import { escapeHtml } from '../../config/escape-html'
import { imageSources, isMediaDoc, isVideo, sitePath } from './media-sources'
import { safeHref } from './safe-href'

/**
 * Overrides for Payload's Lexical → HTML converters (content.ts runs the conversion; only it may import Payload).
 * Payload's defaults write inline `style=` attributes (underline, strike-through, list items, tables), which the
 * hash-based CSP blocks, link internal documents to "#" and render unknown blocks as "unknown node". These emit
 * semantic, style-free HTML instead; anything unknown renders nothing.
 */

type LexicalNode = { type: string; version: number; children?: LexicalNode[]; [key: string]: unknown }
type ConverterArgs<N> = {
  node: N
  nodesToHTML: (args: { nodes: LexicalNode[] }) => string[]
  parent: LexicalNode
}
type Converter<N = LexicalNode> = (args: ConverterArgs<N>) => string

type TextNode = LexicalNode & { text: string; format: number }
type LinkNode = LexicalNode & {
  fields?: { linkType?: 'custom' | 'internal'; url?: string | null; newTab?: boolean; doc?: { value?: unknown } | null }
}
type ListNode = LexicalNode & { tag?: string; listType?: string }
type ListItemNode = LexicalNode & { checked?: boolean }
type HeadingNode = LexicalNode & { tag?: string }
type TableCellNode = LexicalNode & { headerState?: number; colSpan?: number; rowSpan?: number }
type UploadNode = LexicalNode & { value?: unknown; fields?: { alt?: string | null } | null }

// Lexical's text format bit flags.
const format = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 }

const children = ({ node, nodesToHTML }: ConverterArgs<LexicalNode>) => nodesToHTML({ nodes: node.children ?? [] }).join('')

const text: Converter<TextNode> = ({ node }) => {
  let html = escapeHtml(node.text)
  if (node.format & format.bold) html = `<strong>${html}</strong>`
  if (node.format & format.italic) html = `<em>${html}</em>`
  if (node.format & format.strikethrough) html = `<s>${html}</s>`
  if (node.format & format.underline) html = `<u>${html}</u>`
  if (node.format & format.code) html = `<code>${html}</code>`
  if (node.format & format.subscript) html = `<sub>${html}</sub>`
  if (node.format & format.superscript) html = `<sup>${html}</sup>`
  return html
}

// The page title is the page's only h1: a heading typed as h1 in rich text becomes an h2.
const heading: Converter<HeadingNode> = (args) => {
  const tag = /^h[2-6]$/.test(args.node.tag ?? '') ? args.node.tag : 'h2'
  return `<${tag}>${children(args)}</${tag}>`
}

const list: Converter<ListNode> = (args) => {
  const tag = args.node.tag === 'ol' ? 'ol' : 'ul'
  const kind = ['bullet', 'number', 'check'].includes(args.node.listType ?? '') ? args.node.listType : 'bullet'
  return `<${tag} class="list-${kind}">${children(args)}</${tag}>`
}

const listitem: Converter<ListItemNode> = (args) => {
  const nested = (args.node.children ?? []).some((c) => c.type === 'list')
  const parent = args.parent as ListNode
  if (parent.listType === 'check' && !nested) {
    // A read-only checklist: state in words for screen readers, the tick drawn by CSS.
    return `<li class="${args.node.checked ? 'checked' : 'unchecked'}"><span class="visually-hidden">${args.node.checked ? '✓ ' : ''}</span>${children(args)}</li>`
  }
  return `<li${nested ? ' class="nested"' : ''}>${children(args)}</li>`
}

const table: Converter = (args) => `<div class="table-scroll"><table><tbody>${children(args)}</tbody></table></div>`
const tablerow: Converter = (args) => `<tr>${children(args)}</tr>`
const tablecell: Converter<TableCellNode> = (args) => {
  const tag = (args.node.headerState ?? 0) > 0 ? 'th' : 'td'
  const span = `${(args.node.colSpan ?? 1) > 1 ? ` colspan="${Number(args.node.colSpan)}"` : ''}${(args.node.rowSpan ?? 1) > 1 ? ` rowspan="${Number(args.node.rowSpan)}"` : ''}`
  return `<${tag}${span}>${children(args)}</${tag}>`
}

const upload: Converter<UploadNode> = ({ node }) => {
  const media = node.value
  if (!isMediaDoc(media) || !media.url) return ''
  const url = escapeHtml(sitePath({ url: media.url }))
  if (isVideo(media)) {
    return `<video controls preload="none"${media.width ? ` width="${media.width}"` : ''}${media.height ? ` height="${media.height}"` : ''}><source src="${url}" type="${escapeHtml(media.mimeType ?? '')}"></video>`
  }
  const image = imageSources({ media })
  if (!image) return `<a href="${url}">${escapeHtml(media.filename ?? media.alt ?? url)}</a>`
  const alt = escapeHtml(node.fields?.alt || image.alt)
  const dims = `${image.width ? ` width="${image.width}"` : ''}${image.height ? ` height="${image.height}"` : ''}`
  const srcset = image.srcset ? ` srcset="${escapeHtml(image.srcset)}" sizes="(min-width: 48rem) 46rem, 100vw"` : ''
  return `<img src="${escapeHtml(image.src)}"${srcset} alt="${alt}"${dims} loading="lazy" decoding="async">`
}

/** `pageHref` turns a linked page's slug into its path in the page's locale. */
export const lexicalHtmlConverters = ({ pageHref }: { pageHref: (args: { slug: string }) => string }) => {
  const link: Converter<LinkNode> = (args) => {
    const fields = args.node.fields ?? {}
    const doc = fields.doc?.value
    const href =
      fields.linkType === 'internal'
        ? typeof doc === 'object' && doc !== null && typeof (doc as { slug?: unknown }).slug === 'string'
          ? pageHref({ slug: (doc as { slug: string }).slug })
          : undefined
        : safeHref(fields.url)
    // A link to a page that is missing or unpublished (not populated for the public) stays plain text.
    if (!href) return children(args)
    const newTab = fields.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
    return `<a href="${escapeHtml(href)}"${newTab}>${children(args)}</a>`
  }
  return {
    text,
    heading,
    list,
    listitem,
    table,
    tablerow,
    tablecell,
    upload,
    link,
    autolink: link,
    // Blocks inside rich text are not part of the site's content model: render nothing rather than a placeholder.
    unknown: () => '',
  }
}
