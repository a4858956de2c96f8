/**
 * The health screen of the free-text guard: does a submission's free text name a health condition, a medication, or
 * a client? A hit flags the submission for review (the admin can purge the text); it never refuses it, so a few false
 * positives cost a glance and a missed term costs nothing more than no flag.
 *
 * Matching rules, chosen for words typed by therapists in nl/fr/en:
 * - case- and accent-insensitive ("cliënt" = "client", "DÉPRESSION" = "depression"), ligatures too ("œdème");
 * - a term matches at the start of a word and may run on ("depressie" finds "depressief", "zelfmoord" finds
 *   "zelfmoordgedachten"), but never inside a word, so "therapie" is not found in "fysiotherapie";
 * - a term between double quotes ("\"mijn cliënt\"") must end where the word ends, for short or ambiguous words whose
 *   continuations are harmless ("mijn cliënten kunnen online boeken" is about the software, not a client);
 * - in a term, a space matches any run of spaces or hyphens, and a hyphen also matches nothing at all, so "burn-out"
 *   finds "burnout", "burn out" and "burn-out".
 */

export type HealthTermsScreen = { flagged: boolean; matches: string[] }

/** A compiled list: `screen` checks texts, `terms` are the entries it kept (trimmed, deduplicated, quotes removed). */
export type HealthTermsMatcher = { screen: (args: { texts: string[] }) => HealthTermsScreen; terms: string[] }

const wordChar = '[\\p{L}\\p{N}]'
const opening = /^["“„«]/
const closing = /["”“»]$/

// The same folding for terms and texts: compatibility forms (ﬁ, full-width letters) and accents decomposed and
// dropped, the ligatures NFKD leaves alone spelled out, typographic apostrophes made plain.
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[’‘ʼ`´]/g, "'")

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const pattern = (folded: string, wholeWord: boolean) => {
  const body = folded
    .split(/([\s-]+)/)
    .map((part) => (/^[\s-]+$/.test(part) ? (/\s/.test(part) ? '[\\s-]+' : '[\\s-]*') : escape(part)))
    .join('')
  return new RegExp(`(?<!${wordChar})${body}${wholeWord ? `(?!${wordChar})` : ''}`, 'u')
}

/**
 * Compiles a term list once (the lists live in the CMS and change rarely; submissions are screened often). Entries
 * are trimmed; empty ones, and ones with no letter or digit, are ignored; a term listed twice (in any spelling that
 * folds to the same thing) counts once, under its first spelling.
 */
export const compileHealthTerms = (terms: string[]): HealthTermsMatcher => {
  const compiled: { term: string; regex: RegExp }[] = []
  const seen = new Set<string>()
  for (const entry of terms) {
    if (typeof entry !== 'string') continue
    let term = entry.trim().replace(/\s+/g, ' ')
    const wholeWord = term.length >= 2 && opening.test(term) && closing.test(term)
    if (wholeWord) term = term.slice(1, -1).trim()
    const folded = fold(term)
    if (!/[\p{L}\p{N}]/u.test(folded)) continue
    const key = `${wholeWord ? '=' : '~'}${folded}`
    if (seen.has(key)) continue
    seen.add(key)
    compiled.push({ term, regex: pattern(folded, wholeWord) })
  }
  // One alternation of all terms answers the common case (nothing to report) in a single pass; only text that hits
  // something is searched term by term, so terms found inside a longer term's match are still named.
  const any = compiled.length > 0 ? new RegExp(compiled.map((c) => `(?:${c.regex.source})`).join('|'), 'u') : undefined

  const screen = ({ texts }: { texts: string[] }): HealthTermsScreen => {
    const folded = (Array.isArray(texts) ? texts : []).filter((t): t is string => typeof t === 'string' && t !== '').map(fold)
    const hits = any ? folded.filter((t) => any.test(t)) : []
    // Each text on its own: a term never spans two fields.
    const matches = hits.length === 0 ? [] : compiled.filter((c) => hits.some((t) => c.regex.test(t))).map((c) => c.term)
    return { flagged: matches.length > 0, matches }
  }
  return { screen, terms: compiled.map((c) => c.term) }
}

/**
 * Screens free-text answers against a term list. It returns the terms found (as the list spells them, each once),
 * never the text around them: the flag and its reasons are shown and logged, the text itself stays encrypted.
 * For many submissions against one list, compile it once with `compileHealthTerms`.
 */
export const screenHealthTerms = ({ texts, terms }: { texts: string[]; terms: string[] }): HealthTermsScreen => compileHealthTerms(terms).screen({ texts })
