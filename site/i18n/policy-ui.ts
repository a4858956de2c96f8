import type { Locale, PolicyKind } from '../lib/content'

type PolicyUi = {
  title: Record<PolicyKind, string>
  version: string
  effectiveDate: string
  publishedOn: string
  inForceSince: string
  currentVersion: string
  allVersions: string
  compareVersions: string
  archiveTitle: string
  archiveIntro: string
  archiveCaption: string
  archivedNotice: string
  goToCurrent: string
  futureNotice: string
  translationNote: string
  readDutch: string
  onlyDutch: string
  whatChanged: string
  controller: string
  enterpriseNumber: string
  email: string
  authority: string
  authorityText: string
  compareTitle: string
  compareIntro: string
  from: string
  to: string
  compareSubmit: string
  legend: string
  added: string
  removed: string
  noChanges: string
  comparedInDutch: string
  tooFewVersions: string
  badRequestTitle: string
  badRequestText: string
  noticeHeading: Record<PolicyKind, string>
  noticeLink: string
  dismiss: string
  footerLinks: string
}

/** Interface strings of the policy pages, the site-wide notice of a major change and the footer links. */
export const policyUi: Record<Locale, PolicyUi> = {
  nl: {
    title: { privacy: 'Privacybeleid', cookie: 'Cookiebeleid' },
    version: 'Versie',
    effectiveDate: 'Van kracht vanaf',
    publishedOn: 'Gepubliceerd op',
    inForceSince: 'Van kracht sinds',
    currentVersion: 'huidige versie',
    allVersions: 'Alle versies',
    compareVersions: 'Versies vergelijken',
    archiveTitle: 'Alle versies',
    archiveIntro: 'Elke gepubliceerde versie blijft op haar eigen adres beschikbaar.',
    archiveCaption: 'Gepubliceerde versies, de nieuwste eerst',
    archivedNotice: 'Dit is een eerdere versie.',
    goToCurrent: 'Naar de huidige versie',
    futureNotice: 'Deze versie is gepubliceerd maar nog niet van kracht.',
    translationNote: 'Dit is een vertaling. Alleen de Nederlandse tekst is rechtsgeldig.',
    readDutch: 'Lees de Nederlandse tekst',
    onlyDutch: 'Deze versie bestaat alleen in het Nederlands.',
    whatChanged: 'Wat er veranderd is',
    controller: 'Verwerkingsverantwoordelijke',
    enterpriseNumber: 'Ondernemingsnummer',
    email: 'E-mail',
    authority: 'Toezichthoudende autoriteit',
    authorityText: 'Je kunt een klacht indienen bij',
    compareTitle: 'Versies vergelijken',
    compareIntro: 'Kies twee versies: je ziet woord voor woord wat er veranderd is.',
    from: 'Oude versie',
    to: 'Nieuwe versie',
    compareSubmit: 'Vergelijken',
    legend: 'Toegevoegde tekst is onderstreept en begint met +, verwijderde tekst is doorgestreept en begint met −.',
    added: 'toegevoegd:',
    removed: 'verwijderd:',
    noChanges: 'Deze versies hebben dezelfde tekst.',
    comparedInDutch: 'Niet beide versies bestaan in deze taal: de Nederlandse teksten worden vergeleken.',
    tooFewVersions: 'Er is nog maar één versie gepubliceerd: er is niets om te vergelijken.',
    badRequestTitle: 'Ongeldige vraag',
    badRequestText: 'Kies twee versies uit de lijst om ze te vergelijken.',
    noticeHeading: { privacy: 'Ons privacybeleid is gewijzigd', cookie: 'Ons cookiebeleid is gewijzigd' },
    noticeLink: 'Lees de nieuwe versie',
    dismiss: 'Sluiten',
    footerLinks: 'Beleid',
  },
  fr: {
    title: { privacy: 'Politique de confidentialité', cookie: 'Politique en matière de cookies' },
    version: 'Version',
    effectiveDate: "Date d'entrée en vigueur",
    publishedOn: 'Publiée le',
    inForceSince: 'En vigueur depuis le',
    currentVersion: 'version actuelle',
    allVersions: 'Toutes les versions',
    compareVersions: 'Comparer les versions',
    archiveTitle: 'Toutes les versions',
    archiveIntro: 'Chaque version publiée reste disponible à sa propre adresse.',
    archiveCaption: 'Versions publiées, la plus récente en premier',
    archivedNotice: 'Ceci est une version antérieure.',
    goToCurrent: 'Voir la version actuelle',
    futureNotice: "Cette version est publiée mais n'est pas encore en vigueur.",
    translationNote: 'Ceci est une traduction. Seul le texte néerlandais fait foi.',
    readDutch: 'Lire le texte néerlandais',
    onlyDutch: "Cette version n'existe qu'en néerlandais.",
    whatChanged: 'Ce qui a changé',
    controller: 'Responsable du traitement',
    enterpriseNumber: "Numéro d'entreprise",
    email: 'E-mail',
    authority: 'Autorité de contrôle',
    authorityText: 'Vous pouvez introduire une plainte auprès de',
    compareTitle: 'Comparer les versions',
    compareIntro: 'Choisissez deux versions : vous verrez mot à mot ce qui a changé.',
    from: 'Ancienne version',
    to: 'Nouvelle version',
    compareSubmit: 'Comparer',
    legend: 'Le texte ajouté est souligné et précédé de +, le texte supprimé est barré et précédé de −.',
    added: 'ajouté :',
    removed: 'supprimé :',
    noChanges: 'Ces versions ont le même texte.',
    comparedInDutch: "Les deux versions n'existent pas dans cette langue : les textes néerlandais sont comparés.",
    tooFewVersions: "Une seule version a été publiée : il n'y a rien à comparer.",
    badRequestTitle: 'Requête invalide',
    badRequestText: 'Choisissez deux versions dans la liste pour les comparer.',
    noticeHeading: { privacy: 'Notre politique de confidentialité a changé', cookie: 'Notre politique en matière de cookies a changé' },
    noticeLink: 'Lire la nouvelle version',
    dismiss: 'Fermer',
    footerLinks: 'Politiques',
  },
  en: {
    title: { privacy: 'Privacy policy', cookie: 'Cookie policy' },
    version: 'Version',
    effectiveDate: 'Effective date',
    publishedOn: 'Published on',
    inForceSince: 'In force since',
    currentVersion: 'current version',
    allVersions: 'All versions',
    compareVersions: 'Compare versions',
    archiveTitle: 'All versions',
    archiveIntro: 'Every published version stays available at its own address.',
    archiveCaption: 'Published versions, newest first',
    archivedNotice: 'This is an earlier version.',
    goToCurrent: 'Go to the current version',
    futureNotice: 'This version is published but not in force yet.',
    translationNote: 'This is a translation. Only the Dutch text is legally binding.',
    readDutch: 'Read the Dutch text',
    onlyDutch: 'This version exists in Dutch only.',
    whatChanged: 'What changed',
    controller: 'Data controller',
    enterpriseNumber: 'Enterprise number',
    email: 'Email',
    authority: 'Supervisory authority',
    authorityText: 'You can lodge a complaint with',
    compareTitle: 'Compare versions',
    compareIntro: 'Pick two versions to see, word by word, what changed.',
    from: 'Older version',
    to: 'Newer version',
    compareSubmit: 'Compare',
    legend: 'Added text is underlined and starts with +, removed text is struck through and starts with −.',
    added: 'added:',
    removed: 'removed:',
    noChanges: 'These versions have the same text.',
    comparedInDutch: 'Not both versions exist in this language: the Dutch texts are compared.',
    tooFewVersions: 'Only one version has been published: there is nothing to compare yet.',
    badRequestTitle: 'Invalid request',
    badRequestText: 'Pick two versions from the list to compare them.',
    noticeHeading: { privacy: 'Our privacy policy has changed', cookie: 'Our cookie policy has changed' },
    noticeLink: 'Read the new version',
    dismiss: 'Dismiss',
    footerLinks: 'Policies',
  },
}

const dateLocales: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }

/** A date as people in Belgium read it in this language ("1 juni 2021", "1 juin 2021", "1 June 2021"). */
export const formatDate = ({ iso, locale }: { iso: string; locale: Locale }): string =>
  new Intl.DateTimeFormat(dateLocales[locale], { dateStyle: 'long', timeZone: 'Europe/Brussels' }).format(new Date(iso))
