import type { Locale } from '../lib/content'

type Copy = {
  title: string
  intro: string
  email: string
  name: string
  optional: string
  lists: string
  language: string
  languages: Record<Locale, string>
  submit: string
  robot: string
  errorsTitle: string
  errors: Record<'email-invalid' | 'email-disposable' | 'lists-none' | 'consent-required', string>
  needsCheck: string
  rateLimited: string
  sentTitle: string
  sent: string
  confirmTitle: string
  confirmLead: string
  confirmButton: string
  confirmedTitle: string
  confirmed: string
  alreadyTitle: string
  already: string
  toPreferences: string
  expiredTitle: string
  expired: string
  resendButton: string
  resentTitle: string
  resent: string
  invalidTitle: string
  invalid: string
  home: string
  prefsTitle: string
  prefsLead: (email: string) => string
  prefsSaved: string
  prefsUnsubscribed: string
  prefsStatus: string
  prefsStatuses: Record<'active' | 'unsubscribed' | 'bounced' | 'complained', string>
  listStatuses: Record<'confirmed' | 'pending' | 'unsubscribed' | 'none', string>
  prefsLists: string
  privateList: string
  prefsTracking: string
  prefsAds: string
  prefsCrm: string
  prefsSave: string
  prefsUnsubscribeAll: string
  prefsUnsubscribeAllHint: string
  history: string
  historyEmpty: string
  historyWhen: string
  historyAction: string
  historyWhat: string
  historyPolicy: string
  actions: Record<string, string>
  sources: Record<string, string>
  granted: string
  refused: string
  rightsTitle: string
  rights: string
  linkTitle: string
  linkLead: string
  linkButton: string
  linkSentTitle: string
  linkSent: string
  linkExpired: string
  linkBadAddress: string
}

const statusesNl = { active: 'Actief', unsubscribed: 'Uitgeschreven', bounced: 'Adres onbereikbaar', complained: 'Als spam gemeld' }

/** The newsletter pages' wording (sign-up, confirmation, preference center). */
export const newsletterUi: Record<Locale, Copy> = {
  nl: {
    title: 'Inschrijven op de nieuwsbrief',
    intro: 'Tips voor online consultaties, uitnodigingen voor webinars en nieuws over myPlugin. Je bevestigt je inschrijving via een mail.',
    email: 'E-mailadres',
    name: 'Voornaam',
    optional: '(optioneel)',
    lists: 'Wat wil je ontvangen?',
    language: 'Taal van de mails',
    languages: { nl: 'Nederlands', fr: 'Frans', en: 'Engels' },
    submit: 'Inschrijven',
    robot: 'Niet invullen',
    errorsTitle: 'Controleer het formulier',
    errors: {
      'email-invalid': 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
      'email-disposable': 'Dit lijkt een wegwerpadres. Gebruik een adres dat je blijft lezen.',
      'lists-none': 'Kies minstens één nieuwsbrief.',
      'consent-required': 'Vink het akkoord aan om je in te schrijven.',
    },
    needsCheck: 'Nog één stap: controleer je gegevens en klik opnieuw op “Inschrijven”.',
    rateLimited: 'Te veel pogingen vanaf je verbinding. Probeer het over enkele minuten opnieuw.',
    sentTitle: 'Kijk in je mailbox',
    sent: 'Als dit adres nog niet bevestigd is voor de gekozen nieuwsbrieven, krijg je binnen enkele minuten een mail met een bevestigingslink (48 uur geldig). Niets ontvangen? Kijk ook in je spammap.',
    confirmTitle: 'Inschrijving bevestigen',
    confirmLead: 'Klik op de knop om je inschrijving te bevestigen.',
    confirmButton: 'Ja, bevestig mijn inschrijving',
    confirmedTitle: 'Je inschrijving is bevestigd',
    confirmed: 'Bedankt! Je ontvangt voortaan de gekozen nieuwsbrieven. We stuurden je een welkomstmail.',
    alreadyTitle: 'Al bevestigd',
    already: 'Deze inschrijving is al bevestigd. Er is niets meer te doen.',
    toPreferences: 'Mijn voorkeuren beheren',
    expiredTitle: 'Deze link is verlopen',
    expired: 'Bevestigingslinks zijn 48 uur geldig. Vraag een nieuwe link aan; we sturen hem naar hetzelfde adres.',
    resendButton: 'Stuur me een nieuwe link',
    resentTitle: 'Kijk in je mailbox',
    resent: 'Als er nog iets te bevestigen is, ontvang je binnen enkele minuten een nieuwe link.',
    invalidTitle: 'Ongeldige link',
    invalid: 'Deze link is niet geldig. Gebruik de link uit je mail zoals hij is, of schrijf je opnieuw in.',
    home: 'Naar de startpagina',
    prefsTitle: 'Mijn voorkeuren',
    prefsLead: (email) => `Voorkeuren voor ${email}. Elke wijziging geldt meteen.`,
    prefsSaved: 'Je voorkeuren zijn bewaard.',
    prefsUnsubscribed: 'Je bent uitgeschreven van alles. Je ontvangt geen nieuwsbrieven meer.',
    prefsStatus: 'Status',
    prefsStatuses: statusesNl,
    listStatuses: { confirmed: 'ingeschreven', pending: 'wacht op bevestiging', unsubscribed: 'uitgeschreven', none: 'niet ingeschreven' },
    prefsLists: 'Nieuwsbrieven',
    privateList: 'alleen op uitnodiging',
    prefsTracking: 'Meten',
    prefsAds: 'Advertenties op Facebook en Instagram',
    prefsCrm: 'Persoonlijk contact (klantenbestand)',
    prefsSave: 'Voorkeuren bewaren',
    prefsUnsubscribeAll: 'Uitschrijven van alles',
    prefsUnsubscribeAllHint: 'Je ontvangt dan geen enkele nieuwsbrief meer, we meten niets meer per persoon en geven je e-mailadres niet meer door voor advertenties.',
    history: 'Mijn toestemmingen',
    historyEmpty: 'Nog geen toestemmingen geregistreerd.',
    historyWhen: 'Datum',
    historyAction: 'Actie',
    historyWhat: 'Waarvoor',
    historyPolicy: 'Privacyverklaring',
    actions: { given: 'gegeven', withdrawn: 'ingetrokken', updated: 'gewijzigd' },
    sources: { newsletter: 'inschrijving', 'preference-center': 'voorkeuren', banner: 'cookiebanner' },
    granted: 'ja',
    refused: 'nee',
    rightsTitle: 'Jouw privacyrechten',
    rights: 'Binnenkort kun je hier een kopie van je gegevens downloaden of je gegevens laten wissen. Tot dan: mail info@myplugin.app.',
    linkTitle: 'Voorkeuren beheren',
    linkLead: 'Vul je e-mailadres in. Als we het kennen, sturen we je een persoonlijke link naar je voorkeuren.',
    linkButton: 'Stuur me een link',
    linkSentTitle: 'Kijk in je mailbox',
    linkSent: 'Als we dit adres kennen, ontvang je binnen enkele minuten een link naar je voorkeuren.',
    linkExpired: 'Deze link naar je voorkeuren is verlopen. Vraag een nieuwe aan; we sturen hem naar hetzelfde adres.',
    linkBadAddress: 'Vul een geldig e-mailadres in.',
  },
  fr: {
    title: 'S’inscrire à la newsletter',
    intro: 'Des conseils pour vos consultations en ligne, des invitations aux webinaires et les nouveautés de myPlugin. Vous confirmez votre inscription par e-mail.',
    email: 'Adresse e-mail',
    name: 'Prénom',
    optional: '(facultatif)',
    lists: 'Que souhaitez-vous recevoir ?',
    language: 'Langue des e-mails',
    languages: { nl: 'Néerlandais', fr: 'Français', en: 'Anglais' },
    submit: 'S’inscrire',
    robot: 'Ne pas remplir',
    errorsTitle: 'Vérifiez le formulaire',
    errors: {
      'email-invalid': 'Indiquez une adresse e-mail valide, par exemple nom@exemple.be.',
      'email-disposable': 'Cette adresse semble jetable. Utilisez une adresse que vous continuerez à lire.',
      'lists-none': 'Choisissez au moins une newsletter.',
      'consent-required': 'Cochez l’accord pour vous inscrire.',
    },
    needsCheck: 'Encore une étape : vérifiez vos données et cliquez à nouveau sur « S’inscrire ».',
    rateLimited: 'Trop de tentatives depuis votre connexion. Réessayez dans quelques minutes.',
    sentTitle: 'Consultez votre boîte mail',
    sent: 'Si cette adresse n’est pas encore confirmée pour les newsletters choisies, vous recevrez dans quelques minutes un e-mail avec un lien de confirmation (valable 48 heures). Rien reçu ? Vérifiez aussi vos indésirables.',
    confirmTitle: 'Confirmer l’inscription',
    confirmLead: 'Cliquez sur le bouton pour confirmer votre inscription.',
    confirmButton: 'Oui, je confirme mon inscription',
    confirmedTitle: 'Votre inscription est confirmée',
    confirmed: 'Merci ! Vous recevrez désormais les newsletters choisies. Nous vous avons envoyé un e-mail de bienvenue.',
    alreadyTitle: 'Déjà confirmée',
    already: 'Cette inscription est déjà confirmée. Il n’y a plus rien à faire.',
    toPreferences: 'Gérer mes préférences',
    expiredTitle: 'Ce lien a expiré',
    expired: 'Les liens de confirmation sont valables 48 heures. Demandez un nouveau lien ; nous l’enverrons à la même adresse.',
    resendButton: 'Envoyez-moi un nouveau lien',
    resentTitle: 'Consultez votre boîte mail',
    resent: 'S’il reste quelque chose à confirmer, vous recevrez un nouveau lien dans quelques minutes.',
    invalidTitle: 'Lien non valide',
    invalid: 'Ce lien n’est pas valide. Utilisez le lien de votre e-mail tel quel, ou inscrivez-vous à nouveau.',
    home: 'Retour à l’accueil',
    prefsTitle: 'Mes préférences',
    prefsLead: (email) => `Préférences pour ${email}. Chaque modification s’applique immédiatement.`,
    prefsSaved: 'Vos préférences sont enregistrées.',
    prefsUnsubscribed: 'Vous êtes désinscrit de tout. Vous ne recevrez plus de newsletters.',
    prefsStatus: 'Statut',
    prefsStatuses: { active: 'Actif', unsubscribed: 'Désinscrit', bounced: 'Adresse injoignable', complained: 'Signalé comme spam' },
    listStatuses: { confirmed: 'inscrit', pending: 'en attente de confirmation', unsubscribed: 'désinscrit', none: 'non inscrit' },
    prefsLists: 'Newsletters',
    privateList: 'sur invitation uniquement',
    prefsTracking: 'Mesure',
    prefsAds: 'Publicités sur Facebook et Instagram',
    prefsCrm: 'Contact personnel (fichier clients)',
    prefsSave: 'Enregistrer mes préférences',
    prefsUnsubscribeAll: 'Me désinscrire de tout',
    prefsUnsubscribeAllHint: 'Vous ne recevrez plus aucune newsletter, nous ne mesurerons plus rien à titre individuel et ne transmettrons plus votre adresse e-mail pour des publicités.',
    history: 'Mes consentements',
    historyEmpty: 'Aucun consentement enregistré pour l’instant.',
    historyWhen: 'Date',
    historyAction: 'Action',
    historyWhat: 'Pour quoi',
    historyPolicy: 'Politique de confidentialité',
    actions: { given: 'donné', withdrawn: 'retiré', updated: 'modifié' },
    sources: { newsletter: 'inscription', 'preference-center': 'préférences', banner: 'bannière cookies' },
    granted: 'oui',
    refused: 'non',
    rightsTitle: 'Vos droits en matière de vie privée',
    rights: 'Bientôt, vous pourrez ici télécharger une copie de vos données ou les faire effacer. En attendant : écrivez à info@myplugin.app.',
    linkTitle: 'Gérer mes préférences',
    linkLead: 'Indiquez votre adresse e-mail. Si nous la connaissons, nous vous enverrons un lien personnel vers vos préférences.',
    linkButton: 'Envoyez-moi un lien',
    linkSentTitle: 'Consultez votre boîte mail',
    linkSent: 'Si nous connaissons cette adresse, vous recevrez dans quelques minutes un lien vers vos préférences.',
    linkExpired: 'Ce lien vers vos préférences a expiré. Demandez-en un nouveau ; nous l’enverrons à la même adresse.',
    linkBadAddress: 'Indiquez une adresse e-mail valide.',
  },
  en: {
    title: 'Subscribe to the newsletter',
    intro: 'Tips for online consultations, webinar invitations and news about myPlugin. You confirm your subscription by mail.',
    email: 'Email address',
    name: 'First name',
    optional: '(optional)',
    lists: 'What would you like to receive?',
    language: 'Language of the mails',
    languages: { nl: 'Dutch', fr: 'French', en: 'English' },
    submit: 'Subscribe',
    robot: 'Leave empty',
    errorsTitle: 'Please check the form',
    errors: {
      'email-invalid': 'Enter a valid email address, for example name@example.com.',
      'email-disposable': 'This looks like a throw-away address. Please use an address you will keep reading.',
      'lists-none': 'Choose at least one newsletter.',
      'consent-required': 'Tick the agreement to subscribe.',
    },
    needsCheck: 'One more step: check your details and press “Subscribe” again.',
    rateLimited: 'Too many attempts from your connection. Please try again in a few minutes.',
    sentTitle: 'Check your inbox',
    sent: 'If this address is not yet confirmed for the chosen newsletters, you will get a mail with a confirmation link (valid 48 hours) within a few minutes. Nothing arrived? Check your spam folder too.',
    confirmTitle: 'Confirm your subscription',
    confirmLead: 'Press the button to confirm your subscription.',
    confirmButton: 'Yes, confirm my subscription',
    confirmedTitle: 'Your subscription is confirmed',
    confirmed: 'Thank you! From now on you will receive the newsletters you chose. We sent you a welcome mail.',
    alreadyTitle: 'Already confirmed',
    already: 'This subscription was already confirmed. There is nothing left to do.',
    toPreferences: 'Manage my preferences',
    expiredTitle: 'This link has expired',
    expired: 'Confirmation links are valid for 48 hours. Ask for a new link; we will send it to the same address.',
    resendButton: 'Send me a new link',
    resentTitle: 'Check your inbox',
    resent: 'If anything is left to confirm, you will get a new link within a few minutes.',
    invalidTitle: 'Invalid link',
    invalid: 'This link is not valid. Use the link from your mail exactly as it is, or subscribe again.',
    home: 'Go to the home page',
    prefsTitle: 'My preferences',
    prefsLead: (email) => `Preferences for ${email}. Every change applies at once.`,
    prefsSaved: 'Your preferences have been saved.',
    prefsUnsubscribed: 'You have unsubscribed from everything. You will receive no more newsletters.',
    prefsStatus: 'Status',
    prefsStatuses: { active: 'Active', unsubscribed: 'Unsubscribed', bounced: 'Address unreachable', complained: 'Reported as spam' },
    listStatuses: { confirmed: 'subscribed', pending: 'awaiting confirmation', unsubscribed: 'unsubscribed', none: 'not subscribed' },
    prefsLists: 'Newsletters',
    privateList: 'by invitation only',
    prefsTracking: 'Measurement',
    prefsAds: 'Ads on Facebook and Instagram',
    prefsCrm: 'Personal contact (customer records)',
    prefsSave: 'Save my preferences',
    prefsUnsubscribeAll: 'Unsubscribe from everything',
    prefsUnsubscribeAllHint: 'You will receive no newsletter at all, we will measure nothing about you personally and we will no longer pass on your e-mail address for ads.',
    history: 'My consents',
    historyEmpty: 'No consents recorded yet.',
    historyWhen: 'Date',
    historyAction: 'Action',
    historyWhat: 'For',
    historyPolicy: 'Privacy policy',
    actions: { given: 'given', withdrawn: 'withdrawn', updated: 'changed' },
    sources: { newsletter: 'sign-up', 'preference-center': 'preferences', banner: 'cookie banner' },
    granted: 'yes',
    refused: 'no',
    rightsTitle: 'Your privacy rights',
    rights: 'Soon you will be able to download a copy of your data or have it erased here. Until then: mail info@myplugin.app.',
    linkTitle: 'Manage preferences',
    linkLead: 'Enter your email address. If we know it, we will send you a personal link to your preferences.',
    linkButton: 'Send me a link',
    linkSentTitle: 'Check your inbox',
    linkSent: 'If we know this address, you will get a link to your preferences within a few minutes.',
    linkExpired: 'This link to your preferences has expired. Ask for a new one; we will send it to the same address.',
    linkBadAddress: 'Enter a valid email address.',
  },
}
