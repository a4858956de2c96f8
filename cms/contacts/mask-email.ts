/** "ann@example.com" → "a••@example.com": enough for a person to recognise their address, too little to learn it. */
export const maskEmail = ({ email }: { email: string }): string => {
  const at = email.lastIndexOf('@')
  return at <= 0 ? '•••' : `${email[0]}${'•'.repeat(Math.min(6, Math.max(1, at - 1)))}${email.slice(at)}`
}
