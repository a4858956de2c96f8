export type TrialSignatureProblem =
  /** One of webhook-id, webhook-timestamp, webhook-signature is absent or malformed. */
  | 'missing-headers'
  /** The timestamp is more than the tolerance away from the receiver's clock. */
  | 'stale'
  /** No v1 signature matches the secret: forged, altered, or signed with another secret. */
  | 'bad-signature'
  /** The signature is right but this message id was seen before. */
  | 'replayed'

/** A signed message the receiver refuses; `problem` says why (logged; the sender only ever sees a 401). */
export class TrialSignatureError extends Error {
  readonly problem: TrialSignatureProblem

  constructor({ problem }: { problem: TrialSignatureProblem }) {
    super(`signature refused: ${problem}`)
    this.name = 'TrialSignatureError'
    this.problem = problem
  }
}

export const isTrialSignatureError = (error: unknown): error is TrialSignatureError => error instanceof TrialSignatureError
