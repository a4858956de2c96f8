type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const blockTypes = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list'])

/**
 * The text a reader sees, independent of how the rich text is stored: block texts separated by blank lines,
 * whitespace collapsed, Unicode NFC. Its SHA-256 is what consent records point at, so it must be stable.
 */
export const canonicalText = ({ content }: { content: unknown }): string => {
  const out: string[] = []
  const walk = (node: LexicalNode): string => {
    if (typeof node.text === 'string') return node.text
    const inner = (node.children ?? []).map(walk)
    if (node.type === 'list') {
      out.push(...inner.filter((t) => t.trim() !== '').map((t) => `• ${t}`))
      return ''
    }
    if (node.type && blockTypes.has(node.type) && node.type !== 'listitem') {
      out.push(inner.join(''))
      return ''
    }
    return inner.join(node.type === 'listitem' ? '' : '')
  }
  const root = (content as { root?: LexicalNode } | null)?.root
  if (root) (root.children ?? []).forEach((child) => {
    const rest = walk(child)
    if (rest.trim() !== '') out.push(rest)
  })
  return out
    .map((t) => t.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '')
    .join('\n\n')
}
