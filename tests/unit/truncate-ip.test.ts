import { describe, expect, it } from 'vitest'

import { browserFamily } from '../../cms/consent/browser-family'
import { truncateIp } from '../../cms/consent/truncate-ip'

describe('truncateIp', () => {
  it('keeps /24 of IPv4 (also when mapped into IPv6)', () => {
    expect(truncateIp({ ip: '203.0.113.77' })).toBe('203.0.113.0/24')
    expect(truncateIp({ ip: '::ffff:198.51.100.9' })).toBe('198.51.100.0/24')
  })
  it('keeps /48 of IPv6, compressed or not', () => {
    expect(truncateIp({ ip: '2001:db8:85a3:8d3:1319:8a2e:370:7348' })).toBe('2001:db8:85a3::/48')
    expect(truncateIp({ ip: '2001:db8::1' })).toBe('2001:db8:0::/48')
    expect(truncateIp({ ip: '::1' })).toBe('0:0:0::/48')
  })
  it('returns nothing for what is not an address', () => {
    expect(truncateIp({ ip: undefined })).toBe('')
    expect(truncateIp({ ip: 'not-an-ip' })).toBe('')
  })
})

describe('browserFamily', () => {
  it('names the family only', () => {
    expect(browserFamily({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36' })).toBe('Chrome')
    expect(browserFamily({ userAgent: 'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/120 Safari/537.36 Edg/120' })).toBe('Edge')
    expect(browserFamily({ userAgent: 'Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15' })).toBe('Safari')
    expect(browserFamily({ userAgent: 'Mozilla/5.0 (X11; rv:120.0) Gecko/20100101 Firefox/120.0' })).toBe('Firefox')
    expect(browserFamily({ userAgent: undefined })).toBe('Unknown')
  })
})
