/**
 * Personalised campaign mails rendered per second (target ≥ 5,000/s). Run: node --import tsx tests/bench/mail-render.ts
 *
 * Like the batch job: the campaign is compiled once per language, then personalised per recipient (greeting with an
 * escaped name, a freshly signed unsubscribe token in the footer link and headers). The whole-template render per
 * mail is measured too, for comparison.
 */
import { performance } from 'node:perf_hooks'

import { createUnsubscribeToken } from '../../cms/links/unsubscribe-token'
import { compileMail } from '../../emails/compile-mail'
import { locales } from '../../config/locales'
import { renderMail } from '../../emails/render-mail'
import { getMailTemplate } from '../../emails/template-registry'

const target = 5_000
const recipients = Number(process.env.MAIL_BENCH_RECIPIENTS ?? 60_000)
const secret = 'bench-secret-0123456789-0123456789-abcdef'
const names = ['An', 'Benoît', 'Chris', 'Zoë <script>', 'Dr. "Eva" O’Neill', '', 'Jean-François & Co', 'Ἀλέξανδρος']
const props = Object.fromEntries(locales.map((l) => [l, getMailTemplate('campaign').sample({ locale: l })])) as Record<(typeof locales)[number], never>

const personalise = (count: number) => {
  const compiled = Object.fromEntries(locales.map((locale) => [locale, compileMail({ template: 'campaign', locale, props: props[locale] })]))
  let bytes = 0
  let sample = ''
  for (let i = 0; i < count; i++) {
    const locale = locales[i % 3] as (typeof locales)[number]
    const token = createUnsubscribeToken({ secret, contactRef: `r${100_000 + i}` })
    const url = `https://www.myplugin.app/api/mail/unsubscribe?token=${token}`
    const mail = compiled[locale]!.personalise({ name: names[i % names.length], unsubscribeUrl: url })
    const headers = { 'List-Unsubscribe': `<${url}>, <mailto:unsubscribe@myplugin.app?subject=unsubscribe%20${token}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
    bytes += mail.html.length + mail.text.length + headers['List-Unsubscribe'].length
    if (i === 3) sample = mail.html
  }
  return { bytes, sample }
}

const fullRenders = (count: number) => {
  for (let i = 0; i < count; i++) {
    const locale = locales[i % 3] as (typeof locales)[number]
    renderMail({ template: 'campaign', locale, props: props[locale], recipient: { name: names[i % names.length], unsubscribeUrl: 'https://www.myplugin.app/u' } })
  }
}

personalise(2_000) // warm-up
const started = performance.now()
const { bytes, sample } = personalise(recipients)
const seconds = (performance.now() - started) / 1000
const rate = Math.round(recipients / seconds)

fullRenders(500)
const fullStarted = performance.now()
fullRenders(10_000)
const fullRate = Math.round(10_000 / ((performance.now() - fullStarted) / 1000))

if (!sample.includes('Dag Zoë &lt;script&gt;,') && !sample.includes('Zoë &lt;script&gt;')) throw new Error('personalisation is not escaped')
console.log(`mail render: ${recipients} personalised campaign mails (3 languages, signed unsubscribe links) in ${(seconds * 1000).toFixed(0)} ms`)
console.log(`mail render: ${rate.toLocaleString('en')} mails/s personalised (target ≥ ${target.toLocaleString('en')}/s), ${Math.round(bytes / recipients / 1024)} KB per mail`)
console.log(`mail render: ${fullRate.toLocaleString('en')} mails/s when every mail renders the whole template`)
if (rate < target) {
  console.error(`mail render: below target (${rate} < ${target})`)
  process.exitCode = 1
}
