import type { Payload, PopulateType } from 'payload'

import { defaultLocale, type Locale } from '../../config/locales'
import { canonicalText } from './canonical-text'
import { policyLanguages, toPolicySummary, type PolicyKind, type PolicyVersionSummary } from './policy-summary'

/** One published version with its text in one language: the rich text itself (the site renders it) and its canonical form. */
export type PolicyVersionText = PolicyVersionSummary & {
  /** The language of the text: the one asked for, or Dutch (which prevails) when the version has no such translation. */
  textLocale: Locale
  /** The Lexical state of the text, or undefined when it is empty. */
  content?: unknown
  /** The canonical text (what the hash covers), for comparing versions. */
  text: string
}

/** Links inside the text only need what a link needs. */
const linkedPages: PopulateType = { pages: { slug: true, title: true } }

/**
 * One published version of this kind by id, in the asked language when it was published in it, else in Dutch.
 * Undefined for anything else: an unknown, malformed or draft id, or a version of the other kind.
 */
export const findPolicyVersion = async ({ payload, kind, id, locale }: { payload: Payload; kind: PolicyKind; id: string; locale: Locale }): Promise<PolicyVersionText | undefined> => {
  if (!/^[1-9]\d{0,15}$/.test(id)) return undefined
  const read = (l: Locale) =>
    payload.find({
      collection: 'policy-versions',
      where: { and: [{ id: { equals: Number(id) } }, { kind: { equals: kind } }, { state: { equals: 'published' } }] },
      locale: l,
      fallbackLocale: false,
      depth: 1,
      populate: linkedPages,
      limit: 1,
      overrideAccess: false,
    })
  const first = (await read(locale)).docs[0]
  if (!first) return undefined
  const textLocale: Locale = policyLanguages(first.hashes).includes(locale) && first.content ? locale : defaultLocale
  const doc = textLocale === locale ? first : (await read(textLocale)).docs[0]
  if (!doc) return undefined
  return {
    ...toPolicySummary({ ...doc, changeSummary: first.changeSummary ?? doc.changeSummary }),
    textLocale,
    content: doc.content ?? undefined,
    text: doc.content ? canonicalText({ content: doc.content }) : '',
  }
}
