/**
 * Turns the plain-text policy (as the company wrote it) into Lexical rich text, faithfully: every line's text is kept
 * verbatim; headings, bullet lists, "Term:" lines, URLs and e-mail addresses become structure and links.
 */
type Node = Record<string, unknown>

const textNode = (text: string, format = 0): Node => ({ type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 })
const linkNode = (text: string, url: string): Node => ({
  type: 'link',
  fields: { linkType: 'custom', url, newTab: false },
  format: '',
  indent: 0,
  version: 3,
  direction: 'ltr',
  children: [textNode(text)],
})

const linkPattern = /(https?:\/\/[^\s,;]+[^\s,;.)]|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g

/** Text with URLs and e-mail addresses as links; `bold` for defined terms. */
export const inline = (line: string, bold = false): Node[] => {
  const nodes: Node[] = []
  let last = 0
  for (const match of line.matchAll(linkPattern)) {
    const index = match.index ?? 0
    if (index > last) nodes.push(textNode(line.slice(last, index), bold ? 1 : 0))
    const value = match[0]
    nodes.push(linkNode(value, value.includes('@') && !value.startsWith('http') ? `mailto:${value}` : value))
    last = index + value.length
  }
  if (last < line.length) nodes.push(textNode(line.slice(last), bold ? 1 : 0))
  return nodes
}

const block = (type: string, children: Node[], extra: Node = {}): Node => ({ type, format: '', indent: 0, version: 1, direction: 'ltr', children, ...extra })

const bullet = /^\s*[•–-]\s+/
/**
 * Headings in the source are the short lines that stand alone: questions, or a few words without punctuation
 * ("Betaalgegevens", "Hoe myPlugin persoonsgegevens beveiligt"). Everything else is a paragraph.
 */
const isHeading = ({ line, isLast }: { line: string; isLast: boolean }) => {
  const t = line.trim()
  if (isLast || bullet.test(line) || /https?:\/\/|@/.test(t) || /^Versi(e|on) /.test(t)) return false
  if (t.endsWith('?')) return t.length <= 120
  return t.length <= 70 && /^[A-Z]/.test(t) && !/[,:;.]/.test(t)
}

export const textToLexical = ({ text }: { text: string }): { root: Node } => {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const children: Node[] = []
  let list: Node[] = []
  const flushList = () => {
    if (list.length === 0) return
    children.push(block('list', list, { listType: 'bullet', tag: 'ul', start: 1 }))
    list = []
  }
  lines.forEach((raw, i) => {
    const line = raw.replace(/\u00a0/g, ' ').trimEnd()
    if (line.trim() === '') return flushList()
    if (bullet.test(line)) {
      list.push(block('listitem', inline(line.replace(bullet, '').trim()), { value: list.length + 1 }))
      return
    }
    flushList()
    const isLast = !lines.slice(i + 1).some((l) => l.trim() !== '')
    if (i === 0) return children.push(block('heading', inline(line.trim()), { tag: 'h1' }))
    if (isHeading({ line, isLast })) return children.push(block('heading', inline(line.trim()), { tag: 'h2' }))
    const term = /^[^:]{2,80}:$/.test(line.trim())
    children.push(block('paragraph', inline(line.trim(), term), { textFormat: term ? 1 : 0, textStyle: '' }))
  })
  flushList()
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children } }
}
