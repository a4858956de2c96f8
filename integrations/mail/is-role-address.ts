/**
 * Mailboxes that belong to a function or a machine, not a person who can consent to marketing (RFC 2142 and the
 * usual no-reply forms). Deliberately short: info@ and contact@ are how many small practices read their mail.
 */
const roleLocalParts = new Set([
  'abuse',
  'bounce',
  'bounces',
  'devnull',
  'donotreply',
  'do-not-reply',
  'ftp',
  'hostmaster',
  'listserv',
  'mailer-daemon',
  'majordomo',
  'news',
  'noc',
  'nobody',
  'noreply',
  'no-reply',
  'postmaster',
  'root',
  'security',
  'usenet',
  'uucp',
  'webmaster',
  'www',
])

export const isRoleAddress = (address: string): boolean => {
  const local = address.slice(0, address.lastIndexOf('@')).toLowerCase().split('+')[0] ?? ''
  return roleLocalParts.has(local)
}
