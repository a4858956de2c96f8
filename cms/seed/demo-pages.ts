import type { Locale } from '../../config/locales'
import { lexical } from './lexical'

type L = Record<Locale, string>
const url = (label: L, path: L) => (l: Locale) => ({ label: label[l], type: 'url' as const, url: path[l] })

const paths = {
  home: { nl: '/nl/', fr: '/fr/', en: '/en/' },
  pro: { nl: '/nl/voor-hulpverleners', fr: '/fr/pour-les-professionnels', en: '/en/for-professionals' },
  how: { nl: '/nl/hoe-het-werkt', fr: '/fr/comment-ca-marche', en: '/en/how-it-works' },
  pricing: { nl: '/nl/prijzen', fr: '/fr/tarifs', en: '/en/pricing' },
  about: { nl: '/nl/over-ons', fr: '/fr/a-propos', en: '/en/about' },
  contact: { nl: '/nl/contact', fr: '/fr/contact', en: '/en/contact' },
}
const slugOf = (p: L): L => ({ nl: p.nl.replace(/^\/nl\/?/, '') || 'home', fr: p.fr.replace(/^\/fr\/?/, '') || 'home', en: p.en.replace(/^\/en\/?/, '') || 'home' })

// The funnel's goal: every call to action leads to the trial signup (issue #16), which records the page it came from.
const trialCta = url({ nl: 'Start je gratis proefperiode', fr: 'Commencer l’essai gratuit', en: 'Start your free trial' }, { nl: '/nl/trial', fr: '/fr/trial', en: '/en/trial' })

/** Stands for the demo contact form's id in the pages below until the seed has created it. */
export const demoContactForm = 'demo-contact-form'

export type DemoPage = { key: keyof typeof paths; content: (l: Locale) => Record<string, unknown> }

/**
 * The demo site: six pages in three languages that show what myPlugin offers (as the 2021 privacy policy describes
 * the product) and use every block type. Structure is shared; texts are per language.
 */
export const demoPages: DemoPage[] = [
  {
    key: 'home',
    content: (l) => ({
      title: { nl: 'Online consultaties voor hulpverleners', fr: 'Consultations en ligne pour les professionnels de l’accompagnement', en: 'Online consultations for care professionals' }[l],
      slug: slugOf(paths.home)[l],
      meta: {
        description: {
          nl: 'myPlugin is de webapplicatie waarmee therapeuten, coaches en psychologen veilig video- en chatconsultaties houden met hun cliënten.',
          fr: 'myPlugin est l’application web qui permet aux thérapeutes, coachs et psychologues de mener des consultations vidéo et chat sécurisées.',
          en: 'myPlugin is the web application in which therapists, coaches and psychologists hold secure video and chat consultations with their clients.',
        }[l],
      },
      layout: [
        {
          blockType: 'hero',
          heading: {
            nl: 'Veilige video- en chatconsultaties voor therapeuten, coaches en psychologen',
            fr: 'Des consultations vidéo et chat sécurisées pour thérapeutes, coachs et psychologues',
            en: 'Secure video and chat consultations for therapists, coaches and psychologists',
          }[l],
          lead: {
            nl: 'Met myPlugin begeleid je cliënten ook op afstand: een videogesprek en chat in één eenvoudige webapplicatie, zonder installatie.',
            fr: 'Avec myPlugin, accompagnez vos clients à distance : appel vidéo et chat dans une seule application web, sans installation.',
            en: 'With myPlugin you support clients at a distance too: a video call and chat in one simple web application, nothing to install.',
          }[l],
          cta: trialCta(l),
        },
        {
          blockType: 'featureGrid',
          heading: { nl: 'Waarom hulpverleners voor myPlugin kiezen', fr: 'Pourquoi les professionnels choisissent myPlugin', en: 'Why professionals choose myPlugin' }[l],
          features: [
            {
              title: { nl: 'Video en chat samen', fr: 'Vidéo et chat réunis', en: 'Video and chat together' }[l],
              text: {
                nl: 'Een digitale consultatie omvat een videogesprek én een chat, in de browser van jou en je cliënt.',
                fr: 'Une consultation numérique comprend un appel vidéo et un chat, dans le navigateur de chacun.',
                en: 'A digital consultation includes a video call and a chat, right in your and your client’s browser.',
              }[l],
            },
            {
              title: { nl: 'Privacy voorop', fr: 'La vie privée d’abord', en: 'Privacy first' }[l],
              text: {
                nl: 'Gebouwd volgens de AVG: we verwerken alleen wat nodig is en jij houdt de controle.',
                fr: 'Conçu selon le RGPD : nous ne traitons que le nécessaire et vous gardez le contrôle.',
                en: 'Built to the GDPR: we process only what is needed, and you stay in control.',
              }[l],
            },
            {
              title: { nl: 'Gratis webinars', fr: 'Webinaires gratuits', en: 'Free webinars' }[l],
              text: {
                nl: 'Leer in onze regelmatige gratis webinars hoe je online consultaties succesvol aanpakt.',
                fr: 'Apprenez lors de nos webinaires gratuits réguliers à réussir vos consultations en ligne.',
                en: 'Learn in our regular free webinars how to run online consultations well.',
              }[l],
            },
          ],
        },
        {
          blockType: 'media',
          caption: { nl: 'Video en chat in één venster.', fr: 'Vidéo et chat dans une seule fenêtre.', en: 'Video and chat in one window.' }[l],
        },
        {
          blockType: 'testimonial',
          quote: {
            nl: 'Mijn cliënten vinden de weg meteen: één link, geen app. Zo blijft de aandacht bij het gesprek.',
            fr: 'Mes clients s’y retrouvent tout de suite : un lien, pas d’application. L’attention reste sur l’entretien.',
            en: 'My clients find their way at once: one link, no app. The attention stays on the conversation.',
          }[l],
          author: 'Sofie Janssens',
          role: { nl: 'Psychotherapeut, Hasselt', fr: 'Psychothérapeute, Hasselt', en: 'Psychotherapist, Hasselt' }[l],
        },
        {
          blockType: 'webinarList',
          heading: { nl: 'Volgende gratis webinars', fr: 'Prochains webinaires gratuits', en: 'Upcoming free webinars' }[l],
          limit: 3,
          emptyText: { nl: 'Binnenkort plannen we nieuwe webinars.', fr: 'De nouveaux webinaires seront bientôt planifiés.', en: 'New webinars will be planned soon.' }[l],
        },
        {
          blockType: 'newsletterSignup',
          heading: { nl: 'Blijf op de hoogte', fr: 'Restez informé', en: 'Stay informed' }[l],
          text: { nl: 'Tips over online hulpverlening, één keer per maand.', fr: 'Des conseils sur l’accompagnement en ligne, une fois par mois.', en: 'Tips on online care, once a month.' }[l],
          buttonLabel: { nl: 'Inschrijven', fr: 'S’inscrire', en: 'Subscribe' }[l],
        },
      ],
    }),
  },
  {
    key: 'pro',
    content: (l) => ({
      title: { nl: 'Voor hulpverleners', fr: 'Pour les professionnels', en: 'For professionals' }[l],
      slug: slugOf(paths.pro)[l],
      layout: [
        {
          blockType: 'hero',
          heading: {
            nl: 'Voor therapeuten, coaches en psychologen',
            fr: 'Pour les thérapeutes, coachs et psychologues',
            en: 'For therapists, coaches and psychologists',
          }[l],
          lead: {
            nl: 'Of je nu zelfstandig werkt of in een praktijk: myPlugin past zich aan jouw manier van begeleiden aan.',
            fr: 'En indépendant ou en cabinet : myPlugin s’adapte à votre façon d’accompagner.',
            en: 'Working on your own or in a practice: myPlugin fits the way you work.',
          }[l],
        },
        {
          blockType: 'richText',
          content: lexical([
            { type: 'heading', text: { nl: 'Begeleiding zonder afstand', fr: 'Un accompagnement sans distance', en: 'Care without distance' }[l] },
            {
              type: 'paragraph',
              text: {
                nl: 'Cliënten die niet naar je praktijk kunnen komen, help je gewoon verder. Je plant een consultatie, je cliënt krijgt een link en jullie praten met beeld en chat.',
                fr: 'Les clients qui ne peuvent pas venir au cabinet, vous les aidez quand même. Vous planifiez, votre client reçoit un lien et vous échangez en vidéo et par chat.',
                en: 'Clients who cannot come to your practice, you simply keep helping. You plan a consultation, your client gets a link, and you talk with video and chat.',
              }[l],
            },
          ]),
        },
        { blockType: 'callToAction', heading: { nl: 'Zelf proberen?', fr: 'Envie d’essayer ?', en: 'Want to try it?' }[l], link: trialCta(l) },
      ],
    }),
  },
  {
    key: 'how',
    content: (l) => ({
      title: { nl: 'Hoe het werkt', fr: 'Comment ça marche', en: 'How it works' }[l],
      slug: slugOf(paths.how)[l],
      layout: [
        {
          blockType: 'hero',
          heading: { nl: 'In drie stappen online', fr: 'En ligne en trois étapes', en: 'Online in three steps' }[l],
        },
        {
          blockType: 'featureGrid',
          features: [
            { title: { nl: '1. Account aanmaken', fr: '1. Créer un compte', en: '1. Create an account' }[l], text: { nl: 'Start een gratis proefperiode.', fr: 'Commencez un essai gratuit.', en: 'Start a free trial.' }[l] },
            { title: { nl: '2. Consultatie plannen', fr: '2. Planifier', en: '2. Plan a consultation' }[l], text: { nl: 'Je cliënt krijgt een persoonlijke link.', fr: 'Votre client reçoit un lien personnel.', en: 'Your client receives a personal link.' }[l] },
            { title: { nl: '3. Praten', fr: '3. Échanger', en: '3. Talk' }[l], text: { nl: 'Video en chat in de browser.', fr: 'Vidéo et chat dans le navigateur.', en: 'Video and chat in the browser.' }[l] },
          ],
        },
        {
          blockType: 'faq',
          heading: { nl: 'Veelgestelde vragen', fr: 'Questions fréquentes', en: 'Frequently asked questions' }[l],
          items: [
            {
              question: { nl: 'Moet mijn cliënt iets installeren?', fr: 'Mon client doit-il installer quelque chose ?', en: 'Does my client need to install anything?' }[l],
              answer: { nl: 'Nee. Een recente browser volstaat.', fr: 'Non. Un navigateur récent suffit.', en: 'No. A recent browser is all it takes.' }[l],
            },
            {
              question: { nl: 'Waar worden gegevens bewaard?', fr: 'Où les données sont-elles conservées ?', en: 'Where is data stored?' }[l],
              answer: {
                nl: 'Binnen de Europese Unie, volgens ons privacybeleid.',
                fr: 'Dans l’Union européenne, selon notre politique de confidentialité.',
                en: 'Within the European Union, as our privacy policy describes.',
              }[l],
            },
          ],
        },
      ],
    }),
  },
  {
    key: 'pricing',
    content: (l) => ({
      title: { nl: 'Prijzen en proefperiode', fr: 'Tarifs et essai', en: 'Pricing and trial' }[l],
      slug: slugOf(paths.pricing)[l],
      layout: [
        {
          blockType: 'trialCta',
          heading: { nl: 'Probeer myPlugin gratis', fr: 'Essayez myPlugin gratuitement', en: 'Try myPlugin for free' }[l],
          text: { nl: 'Geen betaalgegevens nodig.', fr: 'Aucune donnée de paiement requise.', en: 'No payment details needed.' }[l],
          points: [
            { text: { nl: 'Alle functies', fr: 'Toutes les fonctions', en: 'Every feature' }[l] },
            { text: { nl: 'Stopt vanzelf', fr: 'S’arrête tout seul', en: 'Ends by itself' }[l] },
          ],
          link: trialCta(l),
        },
      ],
    }),
  },
  {
    key: 'about',
    content: (l) => ({
      title: { nl: 'Over myPlugin', fr: 'À propos de myPlugin', en: 'About myPlugin' }[l],
      slug: slugOf(paths.about)[l],
      layout: [
        {
          blockType: 'richText',
          content: lexical([
            { type: 'heading', text: { nl: 'Wie we zijn', fr: 'Qui sommes-nous', en: 'Who we are' }[l] },
            {
              type: 'paragraph',
              text: {
                nl: 'myPlugin is een Belgisch bedrijf uit Leopoldsburg dat hulpverleners helpt om hun cliënten ook online te begeleiden.',
                fr: 'myPlugin est une entreprise belge de Leopoldsburg qui aide les professionnels à accompagner leurs clients en ligne.',
                en: 'myPlugin is a Belgian company from Leopoldsburg that helps care professionals support their clients online.',
              }[l],
            },
          ]),
        },
      ],
    }),
  },
  {
    key: 'contact',
    content: (l) => ({
      title: { nl: 'Contact', fr: 'Contact', en: 'Contact' }[l],
      slug: slugOf(paths.contact)[l],
      layout: [
        // The demo contact form (seed-demo-form.ts); the seed puts its id here.
        { blockType: 'formBlock', form: demoContactForm },
        {
          blockType: 'callToAction',
          heading: { nl: 'Vragen? Mail ons.', fr: 'Des questions ? Écrivez-nous.', en: 'Questions? Mail us.' }[l],
          text: { nl: 'We antwoorden binnen twee werkdagen.', fr: 'Nous répondons sous deux jours ouvrables.', en: 'We answer within two working days.' }[l],
          link: url({ nl: 'info@myplugin.app', fr: 'info@myplugin.app', en: 'info@myplugin.app' }, { nl: 'mailto:info@myplugin.app', fr: 'mailto:info@myplugin.app', en: 'mailto:info@myplugin.app' })(l),
        },
      ],
    }),
  },
]

