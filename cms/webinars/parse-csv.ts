const separators = [';', ',', '\t'] as const
export type CsvSeparator = (typeof separators)[number]

/** A parsed CSV file: its records (cells as text, unquoted), and the separator it used. */
export type ParsedCsv = { ok: true; rows: string[][]; separator: CsvSeparator } | { ok: false; reason: string }

/**
 * The separator of the header line: the one that occurs most outside quotes. Excel writes `;` where the list
 * separator is a comma decimal (Belgium, the Netherlands, France), `,` elsewhere; a one-column file has neither.
 */
const detectSeparator = (text: string): CsvSeparator => {
  const counts = new Map<string, number>(separators.map((s) => [s, 0]))
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1)
  }
  let best: CsvSeparator = ','
  for (const s of separators) if ((counts.get(s) ?? 0) > (counts.get(best) ?? 0)) best = s
  return best
}

/**
 * RFC 4180 CSV (no CSV parser is installed, and this is all the attendance import needs): records end at CRLF, LF or
 * CR; a quoted cell may hold separators, line breaks and doubled quotes. A quote inside an unquoted cell is kept as
 * text (Excel writes such cells); a quoted cell that never closes makes the whole file unreadable, since every row
 * after it would be misread. The text must already be decoded (and its BOM dropped).
 */
export const parseCsv = ({ text }: { text: string }): ParsedCsv => {
  const separator = detectSeparator(text)
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let quotedCellStart = 0
  let i = 0
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  const endRow = () => {
    endCell()
    rows.push(row)
    row = []
  }
  while (i < text.length) {
    const char = text[i] as string
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i += 2
          continue
        }
        quoted = false
      } else cell += char
      i++
      continue
    }
    if (char === '"' && cell === '') {
      quoted = true
      quotedCellStart = rows.length + 1
    } else if (char === separator) endCell()
    else if (char === '\r' || char === '\n') {
      endRow()
      if (char === '\r' && text[i + 1] === '\n') i++
    } else cell += char
    i++
  }
  if (quoted) return { ok: false, reason: `a quoted cell in row ${quotedCellStart} is never closed` }
  // The last record needs no line break after it; a final line break adds no empty record.
  if (cell !== '' || row.length > 0) endRow()
  return { ok: true, rows, separator }
}
