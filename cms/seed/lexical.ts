type TextNode = { type: 'text'; text: string; format: number; detail: 0; mode: 'normal'; style: ''; version: 1 }
type Block = { type: 'paragraph' | 'heading'; tag?: 'h2' | 'h3'; text: string }

const text = (value: string, bold = false): TextNode => ({ type: 'text', text: value, format: bold ? 1 : 0, detail: 0, mode: 'normal', style: '', version: 1 })

/** Lexical editor state for seeded rich text: headings and paragraphs are all demo content needs. */
export const lexical = (blocks: Block[]) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: blocks.map((b) =>
      b.type === 'heading'
        ? { type: 'heading', tag: b.tag ?? 'h2', format: '', indent: 0, version: 1, direction: 'ltr', children: [text(b.text)] }
        : { type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [text(b.text)] },
    ),
  },
})
