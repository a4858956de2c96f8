import type { Page } from '@playwright/test'

/**
 * The next whole minute at least `leadMs` away (Payload's schedule picker takes whole minutes), and how to type it in
 * the picker's own format ("MMM d, yyyy h:mm a"), in the browser's time zone.
 */
export const pickScheduleTime = async ({ page, leadMs = 10_000 }: { page: Page; leadMs?: number }): Promise<{ at: Date; typed: string }> => {
  const at = new Date(Math.ceil((Date.now() + leadMs) / 60_000) * 60_000)
  const typed = await page.evaluate((ms) => {
    const d = new Date(ms)
    const month = d.toLocaleString('en-US', { month: 'short' })
    const hour = d.getHours() % 12 || 12
    return `${month} ${d.getDate()}, ${d.getFullYear()} ${hour}:${String(d.getMinutes()).padStart(2, '0')} ${d.getHours() < 12 ? 'AM' : 'PM'}`
  }, at.getTime())
  return { at, typed }
}
