/**
 * Every subject reference that names the same person as `subjectRef`. Records written before contacts replaced
 * subscribers say `subscriber:ID`, later ones `contact:ID`, for the same id (the migration renamed the table, ids
 * unchanged). The stored references stay as written: the chain hashes a digest of them, so rewriting would break it.
 */
export const sameSubjectRefs = ({ subjectRef }: { subjectRef: string }): string[] => {
  const person = /^(?:contact|subscriber):(.+)$/.exec(subjectRef)
  return person ? [`contact:${person[1]}`, `subscriber:${person[1]}`] : [subjectRef]
}

/**
 * The subject reference of a contact in records written from now on: their random reference, which nobody else can
 * ever get (an integer id is given to the next person after a delete, who would inherit the history).
 */
export const contactSubjectRef = ({ ref }: { ref: string }): string => `contact:${ref}`
