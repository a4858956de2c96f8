import { copyPlaceholders } from './fill-copy'
import { locales } from '../config/locales'
import type { MailCopy } from './mail-template'

/**
 * What is wrong with a template's wording: a language missing, a string missing or empty, or a translation using
 * other {placeholders} than the Dutch original. Empty when every language is complete.
 */
export const findCopyProblems = ({ id, copy }: { id: string; copy: Partial<Record<string, MailCopy>> }): string[] => {
  const problems: string[] = []
  const reference = copy.nl ?? {}
  for (const locale of locales) {
    const wording = copy[locale]
    if (!wording) {
      problems.push(`${id}: no ${locale} translation`)
      continue
    }
    for (const [key, original] of Object.entries(reference)) {
      const text = wording[key]
      if (typeof text !== 'string' || text.trim() === '') problems.push(`${id}: ${locale}.${key} is missing`)
      else if (copyPlaceholders(text).join() !== copyPlaceholders(original).join()) problems.push(`${id}: ${locale}.${key} uses other placeholders than nl`)
    }
  }
  return problems
}
