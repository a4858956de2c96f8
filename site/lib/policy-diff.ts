import { diffWords } from 'diff'

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }

/** What changed between two canonical texts, word by word (whitespace changes alone do not count). */
export const policyDiff = ({ from, to }: { from: string; to: string }): DiffPart[] =>
  diffWords(from, to).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }))
