import type { Payload, PayloadRequest } from 'payload'

const day = 24 * 3_600_000
/** Noon in Brussels (11:00 UTC in winter) `days` from now: a plausible webinar slot whatever day the demo starts. */
const noonIn = (days: number) => {
  const at = new Date(Date.now() + days * day)
  at.setUTCHours(11, 0, 0, 0)
  return at.toISOString()
}

/**
 * Three demo webinars (two coming, one past with a replay), so the home block, the listing and a registration work
 * on a fresh `npm start`. The join and replay links are placeholders a marketer replaces.
 */
export const seedDemoWebinars = async ({ payload, req }: { payload: Payload; req?: PayloadRequest }): Promise<void> => {
  if ((await payload.count({ collection: 'webinars', req, overrideAccess: true })).totalDocs > 0) return
  const options = { collection: 'webinars', locale: 'nl', req, overrideAccess: true } as const
  const published = { status: 'scheduled', _status: 'published' } as const
  await payload.create({
    ...options,
    data: {
      ...published,
      title: 'Je eerste videoconsultatie in 30 minuten',
      slug: 'eerste-videoconsultatie',
      summary: 'We plannen samen een consultatie, delen de link met een cliënt en tonen hoe je veilig chat tussen twee sessies.',
      start: noonIn(14),
      durationMinutes: 30,
      language: 'nl',
      capacity: 100,
      joinUrl: 'https://meet.example.com/myplugin-demo-1',
      speakers: [{ name: 'An Peeters', role: 'Psycholoog en myPlugin-gebruiker' }],
      questions: [
        {
          key: 'experience',
          label: 'Geef je al online consultaties?',
          required: false,
          choices: [
            { value: 'not-yet', label: 'Nog niet' },
            { value: 'sometimes', label: 'Af en toe' },
            { value: 'often', label: 'Vaak' },
          ],
        },
      ],
    },
  })
  await payload.create({
    ...options,
    data: {
      ...published,
      title: 'Consultations vidéo : les bonnes pratiques',
      slug: 'consultations-video-bonnes-pratiques',
      summary: 'Cadre, confidentialité et organisation : ce qui change quand vous consultez en ligne.',
      start: noonIn(21),
      durationMinutes: 45,
      language: 'fr',
      joinUrl: 'https://meet.example.com/myplugin-demo-2',
    },
  })
  await payload.create({
    ...options,
    data: {
      ...published,
      title: 'Online consulteren: vragen uit de praktijk',
      slug: 'vragen-uit-de-praktijk',
      summary: 'Een vragenronde met therapeuten en coaches die al een jaar online werken.',
      start: noonIn(-10),
      durationMinutes: 45,
      language: 'nl',
      status: 'ended',
      joinUrl: 'https://meet.example.com/myplugin-demo-0',
      replayUrl: 'https://video.example.com/myplugin-demo-replay',
    },
  })
}
