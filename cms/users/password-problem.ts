import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'

/** Long enough that a sentence of words is the easy way to meet it (NIST SP 800-63B asks for at least 8; admins get more). */
export const minPasswordLength = 12

// zxcvbn's score 3 means "safely unguessable: moderate protection from an offline slow-hash attack" (about 10^8 guesses
// or more); common passwords, dictionary words, keyboard walks, dates and repeats score lower.
const minScore = 3

let zxcvbn: ZxcvbnFactory | undefined
// Built on first use: the dictionaries are large and most processes never set a password.
const estimator = () =>
  (zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }))

export type PasswordProblem = { code: 'user.password-too-short'; params: { min: number } } | { code: 'user.password-weak'; params: Record<string, never> }

/**
 * What is wrong with a new password, or undefined when it is acceptable. `userInputs` (the address, the name, the
 * product's name) count as known words: "jane.doe-myplugin-2026" guesses quickly for anyone who knows Jane.
 */
export const passwordProblem = ({ password, userInputs = [] }: { password: string; userInputs?: string[] }): PasswordProblem | undefined => {
  if (password.length < minPasswordLength) return { code: 'user.password-too-short', params: { min: minPasswordLength } }
  // zxcvbn's cost grows with length; past 100 characters the estimate no longer changes the answer.
  const known = ['myplugin', ...userInputs, ...userInputs.flatMap((input) => input.split(/[@.\s_-]+/)).filter((part) => part.length > 2)]
  const { score } = estimator().check(password.slice(0, 100), known)
  if (score < minScore) return { code: 'user.password-weak', params: {} }
  return undefined
}
