/**
 * What a text looks like inside base64 (an attachment's content), wherever it sits in the encoded file: base64 turns
 * each 3 bytes into 4 characters, so the text encodes one of three ways depending on its offset. Each needle is the
 * part of one of them that depends on the text alone (whole groups only), so a raw scan finds an attachment's
 * address even though it was never stored as plain text.
 */
export const base64Needles = ({ text }: { text: string }): string[] => {
  const bytes = Buffer.from(text, 'utf8')
  return [0, 1, 2].map((shift) => {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64')
    const start = shift === 0 ? 0 : 4
    const end = Math.floor((shift + bytes.length) / 3) * 4
    return encoded.slice(start, end)
  })
}
