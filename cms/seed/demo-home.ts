import type { Locale } from '../../emails/locales'

/** The demo start page: myPlugin's offer, as the seed privacy policy describes the product. */
export const demoHome: Record<Locale, { title: string; description: string; layout: Record<string, unknown>[] }> = {
  nl: {
    title: 'Online consultaties voor hulpverleners',
    description:
      'myPlugin is de webapplicatie waarmee therapeuten, coaches en psychologen veilig video- en chatconsultaties houden met hun cliënten.',
    layout: [
      {
        blockType: 'hero',
        heading: 'Veilige video- en chatconsultaties voor therapeuten, coaches en psychologen',
        lead: 'Met myPlugin begeleid je cliënten ook op afstand: een videogesprek en chat in één eenvoudige webapplicatie, zonder installatie.',
        cta: { label: 'Start je gratis proefperiode', href: '/nl/' },
      },
      {
        blockType: 'featureGrid',
        heading: 'Waarom hulpverleners voor myPlugin kiezen',
        features: [
          { title: 'Video en chat samen', text: 'Een digitale consultatie omvat een videogesprek én een chat, in de browser van jou en je cliënt.' },
          { title: 'Privacy voorop', text: 'Gebouwd volgens de AVG: we verwerken alleen wat nodig is en jij houdt de controle.' },
          { title: 'Gratis webinars', text: 'Leer in onze regelmatige gratis webinars hoe je online consultaties succesvol aanpakt.' },
        ],
      },
      {
        blockType: 'callToAction',
        heading: 'Klaar om online te starten?',
        text: 'Probeer myPlugin gratis en ontdek hoe eenvoudig online begeleiding kan zijn.',
        label: 'Neem contact op',
        href: 'mailto:info@myplugin.app',
      },
    ],
  },
  fr: {
    title: 'Consultations en ligne pour les professionnels de l’accompagnement',
    description:
      'myPlugin est l’application web qui permet aux thérapeutes, coachs et psychologues de mener des consultations vidéo et chat sécurisées avec leurs clients.',
    layout: [
      {
        blockType: 'hero',
        heading: 'Des consultations vidéo et chat sécurisées pour thérapeutes, coachs et psychologues',
        lead: 'Avec myPlugin, accompagnez vos clients à distance : appel vidéo et chat dans une seule application web, sans installation.',
        cta: { label: 'Commencer l’essai gratuit', href: '/fr/' },
      },
      {
        blockType: 'featureGrid',
        heading: 'Pourquoi les professionnels choisissent myPlugin',
        features: [
          { title: 'Vidéo et chat réunis', text: 'Une consultation numérique comprend un appel vidéo et un chat, dans le navigateur de chacun.' },
          { title: 'La vie privée d’abord', text: 'Conçu selon le RGPD : nous ne traitons que le nécessaire et vous gardez le contrôle.' },
          { title: 'Webinaires gratuits', text: 'Apprenez lors de nos webinaires gratuits réguliers à réussir vos consultations en ligne.' },
        ],
      },
      {
        blockType: 'callToAction',
        heading: 'Prêt à passer en ligne ?',
        text: 'Essayez myPlugin gratuitement et découvrez la simplicité de l’accompagnement en ligne.',
        label: 'Nous contacter',
        href: 'mailto:info@myplugin.app',
      },
    ],
  },
  en: {
    title: 'Online consultations for care professionals',
    description:
      'myPlugin is the web application in which therapists, coaches and psychologists hold secure video and chat consultations with their clients.',
    layout: [
      {
        blockType: 'hero',
        heading: 'Secure video and chat consultations for therapists, coaches and psychologists',
        lead: 'With myPlugin you support clients at a distance too: a video call and chat in one simple web application, nothing to install.',
        cta: { label: 'Start your free trial', href: '/en/' },
      },
      {
        blockType: 'featureGrid',
        heading: 'Why professionals choose myPlugin',
        features: [
          { title: 'Video and chat together', text: 'A digital consultation includes a video call and a chat, right in your and your client’s browser.' },
          { title: 'Privacy first', text: 'Built to the GDPR: we process only what is needed, and you stay in control.' },
          { title: 'Free webinars', text: 'Learn in our regular free webinars how to run online consultations well.' },
        ],
      },
      {
        blockType: 'callToAction',
        heading: 'Ready to go online?',
        text: 'Try myPlugin for free and see how simple online care can be.',
        label: 'Contact us',
        href: 'mailto:info@myplugin.app',
      },
    ],
  },
}
