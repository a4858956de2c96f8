import { afterEach, describe, expect, it, vi } from 'vitest'

import { campaignActionsForStatus } from '../../cms/campaigns/admin/campaign-actions-for-status'
import { campaignRequest } from '../../cms/campaigns/admin/campaign-request'
import { dailySeries } from '../../cms/campaigns/admin/daily-series'
import { formatCount, formatRate } from '../../cms/campaigns/admin/format-count'
import { progressLabel, progressPercent } from '../../cms/campaigns/admin/progress-label'
import { parseScheduleInput, toLocalInputValue } from '../../cms/campaigns/admin/schedule-time'

describe('campaign admin helpers', () => {
  it('labels progress the way the bar shows it', () => {
    expect(progressLabel({ total: 5000, sent: 1234, skipped: 3, failed: 0 })).toBe('1,234 of 5,000 sent · 3 skipped · 0 failed')
    expect(progressPercent({ total: 5000, sent: 1234, skipped: 3, failed: 0 })).toBe(24)
    // Skipped and failed recipients are handled too: the bar reaches 100 % when nobody is left.
    expect(progressPercent({ total: 10, sent: 8, skipped: 1, failed: 1 })).toBe(100)
    expect(progressPercent({ total: 0, sent: 0, skipped: 0, failed: 0 })).toBe(0)
  })

  it('formats counts and rates, with a dash when nothing was sent', () => {
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatRate({ part: 1, whole: 8 })).toBe('12.5 %')
    expect(formatRate({ part: 0, whole: 3 })).toBe('0.0 %')
    expect(formatRate({ part: 5, whole: 0 })).toBe('—')
  })

  it('offers the actions that fit each state, none once finished', () => {
    expect(campaignActionsForStatus({ status: 'draft' })).toEqual(['test-send', 'schedule', 'send'])
    expect(campaignActionsForStatus({ status: 'scheduled' })).toEqual(['unschedule', 'send'])
    expect(campaignActionsForStatus({ status: 'sending' })).toEqual(['pause', 'cancel'])
    expect(campaignActionsForStatus({ status: 'paused' })).toEqual(['resume', 'cancel'])
    expect(campaignActionsForStatus({ status: 'sent' })).toEqual([])
    expect(campaignActionsForStatus({ status: 'cancelled' })).toEqual([])
  })

  it('refuses a scheduled time in the past or missing, and reads the input as local time', () => {
    const now = new Date(2026, 11, 2, 10, 0)
    expect(parseScheduleInput({ value: '', now })).toEqual({ ok: false, error: expect.stringMatching(/choose a date/i) })
    expect(parseScheduleInput({ value: '2026-12-02T09:59', now })).toEqual({ ok: false, error: expect.stringMatching(/passed/) })
    expect(parseScheduleInput({ value: '2026-12-02T10:00', now }).ok).toBe(false)
    expect(parseScheduleInput({ value: '2026-12-02T10:00', now: new Date(2026, 11, 2, 9, 59, 30) })).toEqual({ ok: false, error: expect.stringMatching(/less than a minute/) })
    expect(parseScheduleInput({ value: '2026-12-02T10:30', now })).toEqual({ ok: true, at: new Date(2026, 11, 2, 10, 30).toISOString() })
    expect(toLocalInputValue(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05T07:03')
  })

  it('pivots the stats series per day, quiet days filled in, unknown types ignored', () => {
    const days = dailySeries({
      series: [
        { day: '2026-12-03', type: 'opened', count: 2 },
        { day: '2026-12-01', type: 'delivered', count: 5 },
        { day: '2026-12-01', type: 'opened', count: 1 },
        { day: '2026-12-01', type: 'sparkled', count: 9 },
      ],
    })
    expect(days.map((d) => d.day)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03'])
    expect(days[0]?.counts).toMatchObject({ delivered: 5, opened: 1, clicked: 0 })
    expect(days[1]?.counts.opened).toBe(0)
    expect(days[2]?.counts.opened).toBe(2)
    expect(dailySeries({ series: [] })).toEqual([])
    expect(dailySeries({ series: [{ day: '2026-01-01', type: 'sent', count: 1 }, { day: '2026-12-31', type: 'sent', count: 1 }], maxDays: 7 })).toEqual([])
    expect(dailySeries({ series: [{ day: '2026-01-01', type: 'opened', count: 1 }, { day: '2026-12-31', type: 'opened', count: 1 }], maxDays: 7 })).toHaveLength(7)
  })
})

describe('campaignRequest', () => {
  afterEach(() => vi.unstubAllGlobals())

  const answer = (status: number, body: unknown) => vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status })))

  it('posts JSON to the action and returns its body', async () => {
    const fetch = vi.fn(async () => Response.json({ status: 'sending' }))
    vi.stubGlobal('fetch', fetch)
    expect(await campaignRequest({ id: 7, action: 'send' })).toEqual({ ok: true, data: { status: 'sending' } })
    expect(fetch).toHaveBeenCalledWith('/api/campaigns/7/send', expect.objectContaining({ method: 'POST', body: '{}', credentials: 'include' }))
  })

  it("shows the server's { error }, Payload's { errors }, or a plain message", async () => {
    answer(409, { error: 'This campaign is already being sent.' })
    expect(await campaignRequest({ id: 1, action: 'send' })).toEqual({ ok: false, status: 409, error: 'This campaign is already being sent.' })
    answer(404, { errors: [{ message: 'Not Found' }] })
    expect(await campaignRequest({ id: 1, action: 'send' })).toMatchObject({ ok: false, error: 'Not Found' })
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>oops</html>', { status: 500 })))
    expect(await campaignRequest({ id: 1, action: 'send' })).toMatchObject({ ok: false, error: expect.stringContaining('HTTP 500') })
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))))
    expect(await campaignRequest({ id: 1, action: 'progress', method: 'GET' })).toMatchObject({ ok: false, status: 0, error: expect.stringMatching(/could not be reached/) })
  })
})
