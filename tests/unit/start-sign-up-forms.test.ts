import { describe, expect, it } from 'vitest'

import { startSignUpForms } from '../../site/scripts/start-sign-up-forms'

const fakeDocument = ({ widget }: { widget: boolean }) => {
  const listeners: ((e: Event) => void)[] = []
  const form = { querySelector: () => (widget ? {} : null) }
  const document = {
    querySelector: () => (widget ? {} : null),
    addEventListener: (_t: string, l: (e: Event) => void) => listeners.push(l),
    removeEventListener: (_t: string, l: (e: Event) => void) => listeners.splice(listeners.indexOf(l), 1),
  } as unknown as Document
  const focusIn = (inForm: boolean) => {
    const target = Object.assign(Object.create(Element.prototype ?? Object.prototype), { closest: () => (inForm ? form : null) })
    for (const l of [...listeners]) l({ target } as unknown as Event)
  }
  return { document, focusIn, listeners }
}

describe('the proof-of-work widget loads on demand', () => {
  it('only once a person focuses a sign-up form, and only once', () => {
    if (typeof Element === 'undefined') (globalThis as { Element?: unknown }).Element = class {}
    let loads = 0
    const page = fakeDocument({ widget: true })
    startSignUpForms({ document: page.document, load: async () => loads++ })
    page.focusIn(false)
    expect(loads).toBe(0)
    page.focusIn(true)
    page.focusIn(true)
    expect(loads).toBe(1)
  })

  it('not at all on a page without a sign-up form', () => {
    const page = fakeDocument({ widget: false })
    startSignUpForms({ document: page.document, load: async () => undefined })
    expect(page.listeners).toHaveLength(0)
  })
})
