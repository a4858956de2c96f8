import net from 'node:net'

/** Keeps only the network part of an address: /24 for IPv4, /48 for IPv6 (as the consent ledger promises). */
export const truncateIp = ({ ip }: { ip: string | undefined }): string => {
  if (!ip) return ''
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip
  if (net.isIPv4(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`
  if (!net.isIPv6(ip)) return ''
  const [head = '', tail = ''] = ip.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups.slice(0, 3).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/48`
}
