import type { Locale, TrialFormError } from '../lib/content'

type Copy = {
  title: string
  intro: string
  firstName: string
  lastName: string
  email: string
  profession: string
  professions: Record<'psychologist' | 'therapist' | 'coach' | 'other', string>
  practiceName: string
  country: string
  countries: Record<'BE' | 'NL' | 'other', string>
  language: string
  languages: Record<Locale, string>
  choose: string
  optional: string
  submit: string
  robot: string
  errorsTitle: string
  errors: Record<TrialFormError, string>
  needsCheck: string
  rateLimited: string
  sentTitle: string
  sent: string
  privacyNote: string
  privacyLink: string
  verifyTitle: string
  verifyLead: string
  verifyButton: string
  verifiedTitle: string
  verified: string
  alreadyVerified: string
  expiredTitle: string
  expired: string
  invalidTitle: string
  invalid: string
  again: string
  mailsTitle: string
  mailsLead: string
  mailsButton: string
  mailsStopped: string
  mailsInvalid: string
}

export const trialUi: Record<Locale, Copy> = {
  nl: {
    title: 'Start je gratis try-out',
    intro: 'Probeer myPlugin gratis uit: video- en chatconsultaties met je cliënten, veilig en eenvoudig. Geen betaalgegevens nodig.',
    firstName: 'Voornaam',
    lastName: 'Achternaam',
    email: 'E-mailadres',
    profession: 'Beroep',
    professions: { psychologist: 'Psycholoog', therapist: 'Therapeut', coach: 'Coach', other: 'Ander beroep' },
    practiceName: 'Naam van je praktijk',
    country: 'Land',
    countries: { BE: 'België', NL: 'Nederland', other: 'Ander land' },
    language: 'Taal van je account',
    languages: { nl: 'Nederlands', fr: 'Frans', en: 'Engels' },
    choose: 'Kies…',
    optional: '(optioneel)',
    submit: 'Try-out aanvragen',
    robot: 'Laat dit veld leeg',
    errorsTitle: 'Controleer je gegevens',
    errors: {
      'email-invalid': 'Vul een geldig e-mailadres in.',
      'first-name-required': 'Vul je voornaam in.',
      'last-name-required': 'Vul je achternaam in.',
      'profession-required': 'Kies je beroep.',
      'practice-name-invalid': 'De naam van je praktijk mag geen < of > bevatten en hoogstens 200 tekens lang zijn.',
      'country-required': 'Kies je land.',
      'accept-required': 'Aanvaard de voorwaarden en de privacyverklaring om een try-out te starten.',
    },
    needsCheck: 'We konden niet nagaan dat je geen robot bent. Verstuur het formulier nog eens.',
    rateLimited: 'Te veel aanvragen vanaf dit netwerk. Probeer het over enkele minuten opnieuw.',
    sentTitle: 'Kijk in je mailbox',
    sent: 'We stuurden je een mail. Volg de link erin om verder te gaan. Niets gekregen? Kijk ook bij je ongewenste mail.',
    privacyNote: 'We gebruiken je gegevens om je try-out te openen en je erover te mailen. Nooit gegevens over je cliënten invullen.',
    privacyLink: 'Lees de privacyverklaring',
    verifyTitle: 'Bevestig je e-mailadres',
    verifyLead: 'Klik op de knop om je e-mailadres te bevestigen. Daarna openen we je try-out.',
    verifyButton: 'E-mailadres bevestigen',
    verifiedTitle: 'Bevestigd',
    verified: 'Dank je! We openen nu je account. Je krijgt een mail met je aanmeldlink zodra het klaar is.',
    alreadyVerified: 'Je e-mailadres was al bevestigd. Je krijgt (of kreeg) een mail met je aanmeldlink.',
    expiredTitle: 'Deze link is verlopen',
    expired: 'Een bevestigingslink blijft 24 uur geldig. Vraag de try-out gewoon opnieuw aan: je krijgt een nieuwe link.',
    invalidTitle: 'Deze link werkt niet',
    invalid: 'Deze link is onvolledig of ongeldig. Kopieer hem volledig uit de mail, of vraag de try-out opnieuw aan.',
    again: 'Try-out aanvragen',
    mailsTitle: 'Mails over je try-out',
    mailsLead: 'Wil je geen tips en herinneringen over je try-out meer krijgen? Je try-out zelf loopt gewoon verder.',
    mailsButton: 'Geen mails meer over mijn try-out',
    mailsStopped: 'Klaar: je krijgt geen mails meer over je try-out.',
    mailsInvalid: 'Deze link werkt niet (meer). Antwoord op een van onze mails, dan helpen we je verder.',
  },
  fr: {
    title: 'Commencez votre essai gratuit',
    intro: 'Essayez myPlugin gratuitement : consultations vidéo et chat avec vos clients, en toute sécurité et simplicité. Aucune donnée de paiement requise.',
    firstName: 'Prénom',
    lastName: 'Nom',
    email: 'Adresse e-mail',
    profession: 'Profession',
    professions: { psychologist: 'Psychologue', therapist: 'Thérapeute', coach: 'Coach', other: 'Autre profession' },
    practiceName: 'Nom de votre cabinet',
    country: 'Pays',
    countries: { BE: 'Belgique', NL: 'Pays-Bas', other: 'Autre pays' },
    language: 'Langue de votre compte',
    languages: { nl: 'Néerlandais', fr: 'Français', en: 'Anglais' },
    choose: 'Choisir…',
    optional: '(facultatif)',
    submit: 'Demander l’essai',
    robot: 'Laissez ce champ vide',
    errorsTitle: 'Vérifiez vos données',
    errors: {
      'email-invalid': 'Saisissez une adresse e-mail valide.',
      'first-name-required': 'Saisissez votre prénom.',
      'last-name-required': 'Saisissez votre nom.',
      'profession-required': 'Choisissez votre profession.',
      'practice-name-invalid': 'Le nom du cabinet ne peut contenir ni < ni > et compte au plus 200 caractères.',
      'country-required': 'Choisissez votre pays.',
      'accept-required': 'Acceptez les conditions et la déclaration de confidentialité pour commencer un essai.',
    },
    needsCheck: 'Nous n’avons pas pu vérifier que vous n’êtes pas un robot. Envoyez à nouveau le formulaire.',
    rateLimited: 'Trop de demandes depuis ce réseau. Réessayez dans quelques minutes.',
    sentTitle: 'Consultez votre boîte mail',
    sent: 'Nous vous avons envoyé un e-mail. Suivez son lien pour continuer. Rien reçu ? Regardez aussi dans vos indésirables.',
    privacyNote: 'Nous utilisons vos données pour ouvrir votre essai et vous écrire à son sujet. Ne saisissez jamais de données sur vos clients.',
    privacyLink: 'Lire la déclaration de confidentialité',
    verifyTitle: 'Confirmez votre adresse e-mail',
    verifyLead: 'Cliquez sur le bouton pour confirmer votre adresse. Nous ouvrirons ensuite votre essai.',
    verifyButton: 'Confirmer mon adresse',
    verifiedTitle: 'Confirmé',
    verified: 'Merci ! Nous ouvrons votre compte. Vous recevrez un e-mail avec votre lien de connexion dès qu’il sera prêt.',
    alreadyVerified: 'Votre adresse était déjà confirmée. Vous recevez (ou avez reçu) un e-mail avec votre lien de connexion.',
    expiredTitle: 'Ce lien a expiré',
    expired: 'Un lien de confirmation reste valable 24 heures. Redemandez simplement l’essai : vous recevrez un nouveau lien.',
    invalidTitle: 'Ce lien ne fonctionne pas',
    invalid: 'Ce lien est incomplet ou invalide. Copiez-le entièrement depuis l’e-mail, ou redemandez l’essai.',
    again: 'Demander l’essai',
    mailsTitle: 'E-mails sur votre essai',
    mailsLead: 'Vous ne souhaitez plus recevoir de conseils ni de rappels sur votre essai ? Votre essai continue normalement.',
    mailsButton: 'Ne plus recevoir d’e-mails sur mon essai',
    mailsStopped: 'C’est fait : vous ne recevrez plus d’e-mails sur votre essai.',
    mailsInvalid: 'Ce lien ne fonctionne pas (ou plus). Répondez à l’un de nos e-mails et nous vous aiderons.',
  },
  en: {
    title: 'Start your free trial',
    intro: 'Try myPlugin for free: video and chat consultations with your clients, safe and simple. No payment details needed.',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail address',
    profession: 'Profession',
    professions: { psychologist: 'Psychologist', therapist: 'Therapist', coach: 'Coach', other: 'Other profession' },
    practiceName: 'Name of your practice',
    country: 'Country',
    countries: { BE: 'Belgium', NL: 'The Netherlands', other: 'Another country' },
    language: 'Language of your account',
    languages: { nl: 'Dutch', fr: 'French', en: 'English' },
    choose: 'Choose…',
    optional: '(optional)',
    submit: 'Request my trial',
    robot: 'Leave this field empty',
    errorsTitle: 'Please check your details',
    errors: {
      'email-invalid': 'Enter a valid e-mail address.',
      'first-name-required': 'Enter your first name.',
      'last-name-required': 'Enter your last name.',
      'profession-required': 'Choose your profession.',
      'practice-name-invalid': 'The practice name may not contain < or > and has at most 200 characters.',
      'country-required': 'Choose your country.',
      'accept-required': 'Accept the terms and the privacy notice to start a trial.',
    },
    needsCheck: 'We could not check that you are not a robot. Please send the form again.',
    rateLimited: 'Too many requests from this network. Try again in a few minutes.',
    sentTitle: 'Check your inbox',
    sent: 'We sent you a mail. Follow its link to continue. Nothing arrived? Look in your spam folder too.',
    privacyNote: 'We use your details to open your trial and mail you about it. Never enter details about your clients.',
    privacyLink: 'Read the privacy notice',
    verifyTitle: 'Confirm your e-mail address',
    verifyLead: 'Click the button to confirm your address. We then open your trial.',
    verifyButton: 'Confirm my address',
    verifiedTitle: 'Confirmed',
    verified: 'Thank you! We are opening your account. You will get a mail with your sign-in link as soon as it is ready.',
    alreadyVerified: 'Your address was already confirmed. You get (or got) a mail with your sign-in link.',
    expiredTitle: 'This link has expired',
    expired: 'A confirmation link stays valid for 24 hours. Simply request the trial again: you will get a new link.',
    invalidTitle: 'This link does not work',
    invalid: 'This link is incomplete or invalid. Copy it whole from the mail, or request the trial again.',
    again: 'Request a trial',
    mailsTitle: 'Mails about your trial',
    mailsLead: 'No longer want tips and reminders about your trial? Your trial itself goes on as before.',
    mailsButton: 'No more mails about my trial',
    mailsStopped: 'Done: you will receive no more mails about your trial.',
    mailsInvalid: 'This link does not work (any more). Reply to one of our mails and we will help you.',
  },
}
