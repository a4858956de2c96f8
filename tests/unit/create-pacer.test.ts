import { describe, expect, it } from 'vitest'

import { createPacer } from '../../integrations/create-pacer'

describe('the request pacer', () => {
  it('lets a burst up to the limit through, then waits until the oldest answer is a second (and a margin) old', async () => {
    const pacer = createPacer({ perWindow: 3, marginMs: 10 })
    const start = Date.now()
    for (let i = 0; i < 3; i++) (await pacer.wait())()
    expect(Date.now() - start).toBeLessThan(100)
    const done = await pacer.wait()
    done()
    expect(Date.now() - start).toBeGreaterThanOrEqual(1010)
  })

  it('dates a slot by its answer: a slow request holds its slot until a second after it came back', async () => {
    const pacer = createPacer({ perWindow: 1, marginMs: 0 })
    const start = Date.now()
    const slow = await pacer.wait()
    await new Promise((r) => setTimeout(r, 300))
    slow()
    await pacer.wait()
    // Dated by departure the second request could leave at ~1000 ms, and arrive within a second of the first's arrival.
    expect(Date.now() - start).toBeGreaterThanOrEqual(1300)
  })
})
