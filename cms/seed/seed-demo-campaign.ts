import type { Payload, PayloadRequest } from 'payload'

const content = {
  nl: {
    subject: 'Gratis webinar: zo start je online consultaties',
    preheader: 'Donderdag om 12 uur, 30 minuten, met vragenronde.',
    heading: 'Online consultaties zonder gedoe',
    text: 'In dit gratis webinar tonen we hoe je een eerste videoconsultatie plant, wat je cliënt daarvoor nodig heeft en hoe je veilig chat tussen twee sessies.',
    items: ['een consultatie plannen en de link delen', 'chatten voor, tijdens en na het gesprek', 'jouw vragen, live beantwoord'],
    button: 'Schrijf je in voor het webinar',
  },
  fr: {
    subject: 'Webinaire gratuit : bien démarrer vos consultations en ligne',
    preheader: 'Jeudi à midi, 30 minutes, avec questions-réponses.',
    heading: 'Des consultations en ligne sans tracas',
    text: 'Dans ce webinaire gratuit, nous montrons comment planifier une première consultation vidéo, ce dont votre client a besoin et comment échanger en toute sécurité entre deux séances.',
    items: ['planifier une consultation et partager le lien', 'discuter avant, pendant et après la séance', 'vos questions, en direct'],
    button: "S'inscrire au webinaire",
  },
  en: {
    subject: 'Free webinar: getting started with online consultations',
    preheader: 'Thursday at noon, 30 minutes, with Q&A.',
    heading: 'Online consultations without the hassle',
    text: 'In this free webinar we show how to plan a first video consultation, what your client needs for it, and how to chat safely between sessions.',
    items: ['planning a consultation and sharing the link', 'chatting before, during and after the session', 'your questions, answered live'],
    button: 'Register for the webinar',
  },
}

/** A draft campaign in three languages to the newsletter list, so a marketer's first look has something to open. */
export const seedDemoCampaign = async ({ payload, req, siteUrl }: { payload: Payload; req?: PayloadRequest; siteUrl: string }): Promise<void> => {
  if ((await payload.count({ collection: 'campaigns', req, overrideAccess: true })).totalDocs > 0) return
  const list = (await payload.find({ collection: 'newsletter-lists', where: { key: { equals: 'newsletter' } }, limit: 1, depth: 0, req, overrideAccess: true })).docs[0]
  if (!list) return
  const campaign = await payload.create({ collection: 'campaigns', data: { name: 'Webinar invitation (demo)', lists: [list.id], languages: ['nl', 'fr', 'en'] }, req, overrideAccess: true })
  for (const locale of ['nl', 'fr', 'en'] as const) {
    const c = content[locale]
    await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      locale,
      req,
      overrideAccess: true,
      data: {
        subject: c.subject,
        preheader: c.preheader,
        content: [
          { blockType: 'heading', text: c.heading },
          { blockType: 'paragraph', text: c.text },
          { blockType: 'list', items: c.items.map((text) => ({ text })) },
          { blockType: 'button', label: c.button, url: `${siteUrl}/${locale}/` },
        ],
      },
    })
  }
}
