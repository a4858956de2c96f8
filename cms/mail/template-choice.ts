import { z } from 'zod'

import { locales } from '../../config/locales'
import { getMailTemplate, isMailTemplateId, type MailTemplateId } from '../../emails/template-registry'

/** The admin's choice of template and language, as both admin endpoints read it. */
export const templateChoice = z.object({
  template: z.string().refine(isMailTemplateId, 'unknown template'),
  locale: z.enum(locales),
})

/** A template's sample props (typed loosely: the template's own schema checks them when it compiles). */
export const sampleProps = (template: MailTemplateId, locale: (typeof locales)[number]) => getMailTemplate(template).sample({ locale }) as never
