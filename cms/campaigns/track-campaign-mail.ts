import { escapeHtml } from '../../config/escape-html'
import type { RenderedMail } from '../../emails/rendered-mail'

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Measurement is first-party and bound to consent. The content links of one recipient's campaign mail (the
 * buttons a marketer placed; never the footer's unsubscribe, preference or organisation links) are replaced by our
 * own signed redirect, and — only for a person who agreed to per-person measurement — an open pixel is added. The
 * layout renders a button as `href="<escaped url>"` and, in the text part, as the URL on its own line: exactly those
 * are replaced, so nothing else in the mail can be touched.
 */
export const trackCampaignMail = ({ mail, urls, wrap, pixelUrl }: { mail: RenderedMail; urls: string[]; wrap: (url: string) => string; pixelUrl?: string }): RenderedMail => {
  let { html, text } = mail
  for (const url of new Set(urls)) {
    const tracked = wrap(url)
    html = html.split(`href="${escapeHtml(url)}"`).join(`href="${escapeHtml(tracked)}"`)
    text = text.replace(new RegExp(`(^|\\n)${escapeRegExp(url)}(?=\\r?\\n|$)`, 'g'), (_match, start: string) => `${start}${tracked}`)
  }
  if (pixelUrl) {
    const pixel = `<img src="${escapeHtml(pixelUrl)}" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0;">`
    html = html.includes('</body>') ? html.replace('</body>', `${pixel}</body>`) : `${html}${pixel}`
  }
  return { ...mail, html, text }
}
