import { DomainError } from '../errors'

/**
 * An uploaded CSV's bytes as text, or a refusal that tells the marketer what to do: Excel's plain "CSV" is
 * Windows-1252 (é in a name would arrive as garbage and the address would not match), its "CSV UTF-8" is what we
 * read. A UTF-8 byte order mark (Excel writes one) is dropped; UTF-16 (NUL bytes) is refused like any other encoding.
 */
export const decodeCsvText = ({ bytes }: { bytes: Uint8Array }): string => {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new DomainError({ code: 'webinar.import-wrong-encoding' })
  }
  if (text.includes('\u0000')) throw new DomainError({ code: 'webinar.import-wrong-encoding' })
  return text
}
