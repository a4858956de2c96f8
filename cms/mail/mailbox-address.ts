/** "myPlugin <hello@myplugin.app>" → "hello@myplugin.app"; a bare address stays as it is. */
export const mailboxAddress = (mailbox: string | undefined): string | undefined => {
  if (!mailbox) return undefined
  const match = /<([^<>\s]+)>\s*$/.exec(mailbox.trim())
  return match ? match[1] : mailbox.trim()
}
