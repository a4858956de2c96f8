import { describe, expect, it } from 'vitest'

import { negotiateLocale } from '../../site/lib/negotiate-locale'

describe('negotiateLocale', () => {
  it('defaults to Dutch', () => {
    expect(negotiateLocale({ header: null })).toBe('nl')
    expect(negotiateLocale({ header: 'de-DE,de;q=0.9' })).toBe('nl')
    expect(negotiateLocale({ header: '' })).toBe('nl')
  })

  it('honours order and q-values', () => {
    expect(negotiateLocale({ header: 'fr-BE,fr;q=0.9,nl;q=0.8' })).toBe('fr')
    expect(negotiateLocale({ header: 'de;q=1, en;q=0.5, fr;q=0.7' })).toBe('fr')
    expect(negotiateLocale({ header: 'en-GB' })).toBe('en')
    expect(negotiateLocale({ header: 'fr;q=0, en' })).toBe('en')
  })

  it('survives garbage', () => {
    expect(negotiateLocale({ header: ';;;,q=abc,,,' })).toBe('nl')
  })
})
