import { z } from 'zod'

import { defineMailTemplate } from '../mail-template'

const nl = { subject: 'Testbericht van myPlugin', preheader: 'De mailverzending werkt.', body: 'Dit is een testbericht: de mailverzending werkt.' }

/** Proves the queue → port → provider path end to end. */
export const testMail = defineMailTemplate({
  id: 'test-mail',
  category: 'transactional',
  description: 'Test message: proves that mail delivery works',
  props: z.object({}),
  sample: () => ({}),
  copy: {
    nl,
    fr: { subject: 'Message de test de myPlugin', preheader: "L'envoi d'e-mails fonctionne.", body: "Ceci est un message de test : l'envoi d'e-mails fonctionne." } satisfies typeof nl,
    en: { subject: 'Test message from myPlugin', preheader: 'Mail delivery works.', body: 'This is a test message: mail delivery works.' } satisfies typeof nl,
  },
  compose: ({ copy }) => ({ subject: copy.subject, preheader: copy.preheader, blocks: [{ kind: 'paragraph', text: copy.body }] }),
})
