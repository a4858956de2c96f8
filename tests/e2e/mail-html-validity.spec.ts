import fs from 'node:fs'
import path from 'node:path'

import { locales } from '../../config/locales'
import { renderMail } from '../../emails/render-mail'
import { getMailTemplate, mailTemplateIds } from '../../emails/template-registry'
import { tempDir } from '../support/temp-dir'
import { expect, test } from './fixtures'
import { nuCheckerProblem, runNuChecker } from './run-nu-checker'

/**
 * Valid mail HTML: every template in every language, rendered with the sample props its admin preview shows and a
 * recipient with a name and an unsubscribe link (so marketing footers are in), through the W3C Nu HTML Checker, the
 * same checker as the site's pages. Mail clients forgive less than browsers: a stray or unclosed tag shows.
 */
test('every mail template in nl/fr/en is valid HTML (W3C Nu HTML Checker)', () => {
  test.setTimeout(120_000)
  expect(nuCheckerProblem(), 'the HTML checker needs Java').toBeUndefined()

  const dir = tempDir({ prefix: 'vnu-mail' })
  const mailOfFile = new Map<string, string>()
  for (const id of mailTemplateIds) {
    for (const locale of locales) {
      const props = getMailTemplate(id).sample({ locale }) as never
      const mail = renderMail({ template: id, locale, props, recipient: { name: 'Zoë <Test> & Co', unsubscribeUrl: 'https://www.myplugin.app/api/mail/unsubscribe?token=u1.abc.def' } })
      const file = path.join(dir, `${id}.${locale}.html`)
      fs.writeFileSync(file, mail.html)
      mailOfFile.set(file, `${id} (${locale})`)
    }
  }
  // What people type must not break the markup either: the personalisation unit test's hostile input.
  const hostile = renderMail({
    template: 'campaign',
    locale: 'nl',
    props: { subject: 'Nieuws', blocks: [{ kind: 'paragraph', text: '<script>alert(1)</script> & "quotes"' }] },
    recipient: { name: '"><img src=x onerror=alert(1)>\r\nBcc: x\u202e', unsubscribeUrl: 'https://x.test/u?token=a&b=c' },
  })
  const hostileFile = path.join(dir, 'campaign.hostile.html')
  fs.writeFileSync(hostileFile, hostile.html)
  mailOfFile.set(hostileFile, 'campaign (nl, hostile input)')
  expect(mailOfFile.size).toBe(mailTemplateIds.length * locales.length + 1)

  const run = runNuChecker({ dir, labelOf: (file) => mailOfFile.get(file) })
  expect(run.errors, `Nu HTML Checker errors in ${mailOfFile.size} mails`).toEqual([])
  // No errors must also mean the checker ran: it exits 0 only then.
  expect(run.status, run.report).toBe(0)
  fs.rmSync(dir, { recursive: true, force: true })
})
