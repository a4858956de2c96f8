import type { Processor } from './processor-types'

const none = { scripts: [], connect: [], images: [], frames: [] }
const twoYears = { nl: '2 jaar', fr: '2 ans', en: '2 years' }
const oneYear = { nl: '1 jaar', fr: '1 an', en: '1 year' }
const ninetyDays = { nl: '90 dagen', fr: '90 jours', en: '90 days' }
const halfHour = { nl: '30 minuten', fr: '30 minutes', en: '30 minutes' }
const session = { nl: 'sessie', fr: 'session', en: 'session' }
const sixMonths = { nl: '6 maanden', fr: '6 mois', en: '6 months' }
const moments = { nl: 'enkele ogenblikken', fr: 'quelques instants', en: 'a few moments' }
const untilCleared = { nl: 'tot je het wist', fr: 'jusqu’à effacement', en: 'until you clear it' }

/**
 * Every processor the site may use, and everything it may do. The cookie banner's services and cookie tables, the
 * policy's recipient list, the Content-Security-Policy's third-party hosts and the CRM gate are all derived from this
 * list: a processor that is not here cannot be loaded or sent data.
 */
export const processorRegistry: readonly Processor[] = [
  {
    id: 'site',
    name: 'myPlugin (this website)',
    category: 'necessary',
    purposes: ['necessary'],
    legalBasis: 'legitimate-interest',
    side: 'browser',
    description: {
      nl: 'Onthoudt je cookiekeuze en houdt je aangemeld in het beheer.',
      fr: 'Mémorise votre choix de cookies et vous garde connecté à l’administration.',
      en: 'Remembers your cookie choice and keeps you signed in to the admin.',
    },
    storage: { nl: 'Europese Unie', fr: 'Union européenne', en: 'European Union' },
    privacyPolicyUrl: '/nl/privacy',
    cookies: [
      {
        name: 'mp_consent',
        lifetime: sixMonths,
        description: { nl: 'Je cookiekeuze (categorieën, versie, tijdstip).', fr: 'Votre choix de cookies (catégories, version, date).', en: 'Your cookie choice (categories, revision, time).' },
      },
      {
        name: 'payload-token',
        lifetime: session,
        description: { nl: 'Aanmelding in het beheer (alleen medewerkers).', fr: 'Connexion à l’administration (personnel uniquement).', en: 'Sign-in to the admin (staff only).' },
      },
    ],
    hosts: none,
  },
  {
    id: 'hosting',
    name: 'Hosting and database (EU region)',
    category: 'necessary',
    purposes: ['necessary', 'newsletter', 'webinars', 'trial'],
    legalBasis: 'contract',
    side: 'server',
    description: {
      nl: 'Aanbieders van cloud- en databasediensten: je gegevens worden opgeslagen in beveiligde, versleutelde databases.',
      fr: 'Fournisseurs de services cloud et de bases de données : vos données sont stockées dans des bases sécurisées et chiffrées.',
      en: 'Cloud and database service providers: your data is stored in secured, encrypted databases.',
    },
    storage: { nl: 'Europese Unie', fr: 'Union européenne', en: 'European Union' },
    privacyPolicyUrl: 'https://www.mongodb.com/legal/privacy',
    cookies: [],
    hosts: none,
  },
  {
    id: 'resend',
    name: 'Resend',
    category: 'necessary',
    purposes: ['newsletter', 'webinars', 'trial'],
    legalBasis: 'consent',
    side: 'server',
    description: {
      nl: 'Verstuurt onze e-mails (bevestigingen, nieuwsbrieven, herinneringen).',
      fr: 'Envoie nos e-mails (confirmations, newsletters, rappels).',
      en: 'Sends our e-mails (confirmations, newsletters, reminders).',
    },
    storage: { nl: 'Europese Unie (eu-west-1)', fr: 'Union européenne (eu-west-1)', en: 'European Union (eu-west-1)' },
    privacyPolicyUrl: 'https://resend.com/legal/privacy-policy',
    cookies: [],
    hosts: none,
  },
  {
    id: 'hubspot',
    name: 'HubSpot',
    category: 'marketing',
    // The CRM gate's input: consent-based follow-up, and a trial's contract (each purpose's basis: purposes.ts).
    purposes: ['crm', 'trial'],
    legalBasis: 'consent',
    side: 'server',
    description: {
      nl: 'Ons klantenbestand (CRM): alleen wie daarvoor toestemming gaf, wordt doorgegeven.',
      fr: 'Notre fichier clients (CRM) : seules les personnes qui y ont consenti y sont transmises.',
      en: 'Our customer records (CRM): only people who agreed to it are passed on.',
    },
    storage: { nl: 'Europese Unie (EU-datacenter)', fr: 'Union européenne (centre de données UE)', en: 'European Union (EU data centre)' },
    privacyPolicyUrl: 'https://legal.hubspot.com/privacy-policy',
    cookies: [],
    hosts: none,
  },
  {
    id: 'google-analytics',
    name: 'Google Analytics 4',
    category: 'analytics',
    purposes: ['analytics'],
    legalBasis: 'consent',
    side: 'browser',
    accountSetting: 'gaMeasurementId',
    description: {
      nl: 'Anonieme statistieken over het gebruik van de website.',
      fr: 'Statistiques anonymes sur l’utilisation du site.',
      en: 'Anonymous statistics about how the website is used.',
    },
    storage: { nl: 'Verenigde Staten en EU (Google)', fr: 'États-Unis et UE (Google)', en: 'United States and EU (Google)' },
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    cookies: [
      { name: '_ga', lifetime: twoYears, description: { nl: 'Onderscheidt bezoekers.', fr: 'Distingue les visiteurs.', en: 'Distinguishes visitors.' } },
      { name: '_ga_', prefix: true, lifetime: twoYears, description: { nl: 'Houdt de sessiestatus bij.', fr: 'Conserve l’état de la session.', en: 'Keeps the session state.' } },
    ],
    hosts: {
      scripts: ['https://www.googletagmanager.com'],
      connect: ['https://www.google-analytics.com', 'https://region1.google-analytics.com', 'https://analytics.google.com'],
      images: ['https://www.google-analytics.com', 'https://www.googletagmanager.com'],
      frames: [],
    },
  },
  {
    id: 'hotjar',
    name: 'Hotjar',
    category: 'analytics',
    purposes: ['analytics'],
    legalBasis: 'consent',
    side: 'browser',
    accountSetting: 'hotjarSiteId',
    description: {
      nl: 'Toont geanonimiseerd hoe bezoekers pagina’s gebruiken, om de website te verbeteren.',
      fr: 'Montre de façon anonymisée comment les visiteurs utilisent les pages, pour améliorer le site.',
      en: 'Shows, anonymised, how visitors use pages, to improve the website.',
    },
    storage: { nl: 'Europese Unie (Ierland)', fr: 'Union européenne (Irlande)', en: 'European Union (Ireland)' },
    privacyPolicyUrl: 'https://www.hotjar.com/privacy/',
    cookies: [
      { name: '_hjSessionUser_', prefix: true, lifetime: oneYear, description: { nl: 'Herkent een terugkerende bezoeker.', fr: 'Reconnaît un visiteur qui revient.', en: 'Recognises a returning visitor.' } },
      { name: '_hjSession_', prefix: true, lifetime: halfHour, description: { nl: 'Houdt de huidige sessie bij.', fr: 'Suit la session en cours.', en: 'Tracks the current session.' } },
      { name: '_hjTLDTest', lifetime: moments, description: { nl: 'Test op welk domein cookies kunnen worden bewaard; meteen weer gewist.', fr: 'Teste sur quel domaine les cookies peuvent être stockés ; effacé aussitôt.', en: 'Tests which domain cookies can be stored on; deleted at once.' } },
      { name: '_hjCookieTest', lifetime: moments, description: { nl: 'Test of cookies werken; meteen weer gewist.', fr: 'Teste si les cookies fonctionnent ; effacé aussitôt.', en: 'Tests whether cookies work; deleted at once.' } },
      { name: '_hjLocalStorageTest', kind: 'localStorage', lifetime: moments, description: { nl: 'Test of lokale opslag werkt; meteen weer gewist.', fr: 'Teste si le stockage local fonctionne ; effacé aussitôt.', en: 'Tests whether local storage works; deleted at once.' } },
      { name: '_hjSessionStorageTest', kind: 'sessionStorage', lifetime: moments, description: { nl: 'Test of sessieopslag werkt; meteen weer gewist.', fr: 'Teste si le stockage de session fonctionne ; effacé aussitôt.', en: 'Tests whether session storage works; deleted at once.' } },
      { name: 'hjActiveViewportIds', kind: 'localStorage', lifetime: untilCleared, description: { nl: 'De open vensters van deze bezoeker.', fr: 'Les fenêtres ouvertes de ce visiteur.', en: 'This visitor’s open windows.' } },
      { name: 'hjViewportId', kind: 'sessionStorage', lifetime: session, description: { nl: 'Afmetingen van het venster.', fr: 'Dimensions de la fenêtre.', en: 'The window’s size.' } },
    ],
    hosts: {
      scripts: ['https://static.hotjar.com', 'https://script.hotjar.com'],
      connect: ['https://in.hotjar.com', 'https://vc.hotjar.io', 'https://content.hotjar.io', 'wss://ws.hotjar.com'],
      images: ['https://script.hotjar.com'],
      frames: [],
    },
  },
  {
    id: 'facebook-pixel',
    name: 'Facebook pixel (Meta)',
    category: 'marketing',
    purposes: ['marketing'],
    legalBasis: 'consent',
    side: 'browser',
    accountSetting: 'facebookPixelId',
    description: {
      nl: 'Meet het effect van onze advertenties en maakt aangepaste doelgroepen mogelijk.',
      fr: 'Mesure l’effet de nos publicités et permet des audiences personnalisées.',
      en: 'Measures our ads’ effect and enables custom audiences.',
    },
    storage: { nl: 'Verenigde Staten en EU (Meta)', fr: 'États-Unis et UE (Meta)', en: 'United States and EU (Meta)' },
    privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
    cookies: [
      { name: '_fbp', lifetime: ninetyDays, description: { nl: 'Herkent de browser voor advertentiemeting.', fr: 'Reconnaît le navigateur pour la mesure publicitaire.', en: 'Recognises the browser for ad measurement.' } },
      { name: '_fbc', lifetime: ninetyDays, description: { nl: 'Onthoudt via welke advertentie je kwam.', fr: 'Mémorise la publicité d’origine.', en: 'Remembers which ad brought you here.' } },
    ],
    hosts: {
      scripts: ['https://connect.facebook.net'],
      connect: ['https://www.facebook.com', 'https://connect.facebook.net'],
      images: ['https://www.facebook.com'],
      frames: [],
    },
  },
  {
    id: 'leadfeeder',
    name: 'Leadfeeder (Dealfront)',
    category: 'marketing',
    purposes: ['marketing'],
    legalBasis: 'consent',
    side: 'browser',
    accountSetting: 'leadfeederId',
    description: {
      nl: 'Herkent welke bedrijven de website bezoeken.',
      fr: 'Identifie les entreprises qui visitent le site.',
      en: 'Identifies which companies visit the website.',
    },
    storage: { nl: 'Europese Unie (Finland)', fr: 'Union européenne (Finlande)', en: 'European Union (Finland)' },
    privacyPolicyUrl: 'https://www.leadfeeder.com/privacy/',
    cookies: [
      { name: '_lfa', lifetime: twoYears, description: { nl: 'Herkent een bezoekend bedrijf.', fr: 'Reconnaît une entreprise visiteuse.', en: 'Recognises a visiting company.' } },
      { name: '_lfa_test_cookie_stored', lifetime: moments, description: { nl: 'Test of cookies werken; meteen weer gewist.', fr: 'Teste si les cookies fonctionnent ; effacé aussitôt.', en: 'Tests whether cookies work; deleted at once.' } },
      { name: '_lfa_expiry', kind: 'localStorage', lifetime: twoYears, description: { nl: 'Hoe lang de bezoekers-id geldig blijft.', fr: 'Durée de validité de l’identifiant du visiteur.', en: 'How long the visitor id stays valid.' } },
    ],
    hosts: { scripts: ['https://sc.lfeeder.com'], connect: ['https://tr.lfeeder.com'], images: ['https://tr.lfeeder.com'], frames: [] },
  },
]
