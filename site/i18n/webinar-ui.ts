import type { Locale } from '../lib/content'

type Copy = {
  title: string
  intro: string
  upcoming: string
  past: string
  noneUpcoming: string
  nonePast: string
  replayAvailable: string
  noReplay: string
  more: string
  seatsLeft: (n: number) => string
  full: string
  speakers: string
  language: string
  languages: Record<Locale, string>
  duration: (minutes: number) => string
  registerTitle: string
  registerLead: string
  email: string
  name: string
  profession: string
  professions: Record<'psychologist' | 'therapist' | 'coach' | 'other', string>
  choose: string
  optional: string
  submit: string
  submitWaitlist: string
  robot: string
  errorsTitle: string
  errors: Record<'email-invalid' | 'name-required' | 'profession-required' | 'answer-required', string>
  needsCheck: string
  rateLimited: string
  sentTitle: string
  sent: string
  closed: string
  cancelledWebinar: string
  ended: string
  cancelTitle: string
  cancelLead: string
  cancelButton: string
  cancelledTitle: string
  cancelled: string
  alreadyCancelled: string
  invalidTitle: string
  invalid: string
  back: string
  privacyNote: string
}

export const webinarUi: Record<Locale, Copy> = {
  nl: {
    title: 'Gratis webinars',
    intro: 'Korte, praktische webinars voor psychologen, therapeuten en coaches die online consultaties geven.',
    upcoming: 'Binnenkort',
    past: 'Voorbije webinars',
    noneUpcoming: 'Er zijn op dit moment geen webinars gepland.',
    nonePast: 'Nog geen voorbije webinars.',
    replayAvailable: 'Herhaling beschikbaar voor wie zich inschreef',
    noReplay: 'Geen herhaling beschikbaar',
    more: 'Meer info en inschrijven',
    seatsLeft: (n) => (n === 1 ? 'Nog 1 plaats vrij' : `Nog ${n} plaatsen vrij`),
    full: 'Volzet: schrijf je in voor de wachtlijst',
    speakers: 'Sprekers',
    language: 'Taal',
    languages: { nl: 'Nederlands', fr: 'Frans', en: 'Engels' },
    duration: (m) => `${m} minuten`,
    registerTitle: 'Schrijf je in',
    registerLead: 'Gratis. Je krijgt meteen een bevestiging met de link en een agenda-uitnodiging.',
    email: 'E-mailadres',
    name: 'Naam',
    profession: 'Beroep',
    professions: { psychologist: 'Psycholoog', therapist: 'Therapeut', coach: 'Coach', other: 'Ander beroep' },
    choose: 'Kies…',
    optional: '(optioneel)',
    submit: 'Inschrijven',
    submitWaitlist: 'Op de wachtlijst',
    robot: 'Laat dit veld leeg',
    errorsTitle: 'Controleer je gegevens',
    errors: {
      'email-invalid': 'Vul een geldig e-mailadres in, bijvoorbeeld naam@praktijk.be.',
      'name-required': 'Vul je naam in (zonder < of >).',
      'profession-required': 'Kies je beroep.',
      'answer-required': 'Beantwoord de verplichte vragen.',
    },
    needsCheck: 'Nog één stap: verstuur het formulier opnieuw om te bevestigen dat je geen robot bent.',
    rateLimited: 'Te veel inschrijvingen vanaf dit netwerk. Probeer het over enkele minuten opnieuw.',
    sentTitle: 'Bekijk je mailbox',
    sent: 'Bedankt! We stuurden je een mail met je inschrijving: een bevestigde plaats met de link en een agenda-uitnodiging, of je plaats op de wachtlijst.',
    closed: 'De inschrijvingen voor dit webinar zijn afgesloten.',
    cancelledWebinar: 'Dit webinar is geannuleerd.',
    ended: 'Dit webinar is voorbij.',
    cancelTitle: 'Inschrijving annuleren',
    cancelLead: 'Kan je toch niet? Geef je plaats vrij: iemand van de wachtlijst krijgt ze dan.',
    cancelButton: 'Mijn inschrijving annuleren',
    cancelledTitle: 'Je inschrijving is geannuleerd',
    cancelled: 'Je plaats is vrijgegeven. Je krijgt geen mails meer over dit webinar.',
    alreadyCancelled: 'Deze inschrijving was al geannuleerd.',
    invalidTitle: 'Deze link werkt niet',
    invalid: 'De link is ongeldig of verlopen. Gebruik de link uit je meest recente mail over dit webinar.',
    back: 'Naar alle webinars',
    privacyNote: 'We gebruiken je gegevens alleen voor dit webinar (bevestiging, herinneringen en herhaling). Deel nooit informatie over je cliënten of hun gezondheid.',
  },
  fr: {
    title: 'Webinaires gratuits',
    intro: 'Des webinaires courts et pratiques pour les psychologues, thérapeutes et coachs qui consultent en ligne.',
    upcoming: 'Prochainement',
    past: 'Webinaires passés',
    noneUpcoming: "Aucun webinaire n'est prévu pour le moment.",
    nonePast: 'Pas encore de webinaire passé.',
    replayAvailable: 'Rediffusion disponible pour les inscrits',
    noReplay: 'Pas de rediffusion',
    more: "Plus d'infos et inscription",
    seatsLeft: (n) => (n === 1 ? 'Encore 1 place' : `Encore ${n} places`),
    full: "Complet : inscrivez-vous sur la liste d'attente",
    speakers: 'Intervenants',
    language: 'Langue',
    languages: { nl: 'Néerlandais', fr: 'Français', en: 'Anglais' },
    duration: (m) => `${m} minutes`,
    registerTitle: 'Inscrivez-vous',
    registerLead: 'Gratuit. Vous recevez aussitôt une confirmation avec le lien et une invitation pour votre agenda.',
    email: 'Adresse e-mail',
    name: 'Nom',
    profession: 'Profession',
    professions: { psychologist: 'Psychologue', therapist: 'Thérapeute', coach: 'Coach', other: 'Autre profession' },
    choose: 'Choisir…',
    optional: '(facultatif)',
    submit: "S'inscrire",
    submitWaitlist: "Sur la liste d'attente",
    robot: 'Laissez ce champ vide',
    errorsTitle: 'Vérifiez vos données',
    errors: {
      'email-invalid': 'Saisissez une adresse e-mail valide, par exemple nom@cabinet.be.',
      'name-required': 'Saisissez votre nom (sans < ni >).',
      'profession-required': 'Choisissez votre profession.',
      'answer-required': 'Répondez aux questions obligatoires.',
    },
    needsCheck: "Encore une étape : envoyez à nouveau le formulaire pour confirmer que vous n'êtes pas un robot.",
    rateLimited: "Trop d'inscriptions depuis ce réseau. Réessayez dans quelques minutes.",
    sentTitle: 'Consultez votre boîte mail',
    sent: "Merci ! Nous vous avons envoyé un e-mail avec votre inscription : une place confirmée avec le lien et une invitation pour votre agenda, ou votre place sur la liste d'attente.",
    closed: 'Les inscriptions à ce webinaire sont closes.',
    cancelledWebinar: 'Ce webinaire est annulé.',
    ended: 'Ce webinaire est terminé.',
    cancelTitle: "Annuler l'inscription",
    cancelLead: "Vous ne pouvez pas venir ? Libérez votre place : une personne de la liste d'attente la recevra.",
    cancelButton: 'Annuler mon inscription',
    cancelledTitle: 'Votre inscription est annulée',
    cancelled: "Votre place est libérée. Vous ne recevrez plus d'e-mails sur ce webinaire.",
    alreadyCancelled: 'Cette inscription était déjà annulée.',
    invalidTitle: 'Ce lien ne fonctionne pas',
    invalid: 'Le lien est invalide ou expiré. Utilisez le lien de votre e-mail le plus récent sur ce webinaire.',
    back: 'Tous les webinaires',
    privacyNote: 'Nous utilisons vos données uniquement pour ce webinaire (confirmation, rappels et rediffusion). Ne partagez jamais d’informations sur vos clients ou leur santé.',
  },
  en: {
    title: 'Free webinars',
    intro: 'Short, practical webinars for psychologists, therapists and coaches who consult online.',
    upcoming: 'Coming up',
    past: 'Past webinars',
    noneUpcoming: 'No webinars are planned at the moment.',
    nonePast: 'No past webinars yet.',
    replayAvailable: 'Replay available to registrants',
    noReplay: 'No replay available',
    more: 'Details and registration',
    seatsLeft: (n) => (n === 1 ? '1 seat left' : `${n} seats left`),
    full: 'Full: join the waitlist',
    speakers: 'Speakers',
    language: 'Language',
    languages: { nl: 'Dutch', fr: 'French', en: 'English' },
    duration: (m) => `${m} minutes`,
    registerTitle: 'Register',
    registerLead: 'Free. You get a confirmation with the link and a calendar invitation right away.',
    email: 'E-mail address',
    name: 'Name',
    profession: 'Profession',
    professions: { psychologist: 'Psychologist', therapist: 'Therapist', coach: 'Coach', other: 'Other profession' },
    choose: 'Choose…',
    optional: '(optional)',
    submit: 'Register',
    submitWaitlist: 'Join the waitlist',
    robot: 'Leave this field empty',
    errorsTitle: 'Please check your details',
    errors: {
      'email-invalid': 'Enter a valid e-mail address, for example name@practice.com.',
      'name-required': 'Enter your name (without < or >).',
      'profession-required': 'Choose your profession.',
      'answer-required': 'Answer the required questions.',
    },
    needsCheck: "One more step: send the form again to confirm you're not a robot.",
    rateLimited: 'Too many registrations from this network. Try again in a few minutes.',
    sentTitle: 'Check your inbox',
    sent: 'Thank you! We sent you a mail about your registration: a confirmed seat with the link and a calendar invitation, or your place on the waitlist.',
    closed: 'Registration for this webinar is closed.',
    cancelledWebinar: 'This webinar is cancelled.',
    ended: 'This webinar is over.',
    cancelTitle: 'Cancel registration',
    cancelLead: "Can't make it? Give your seat back: someone on the waitlist will get it.",
    cancelButton: 'Cancel my registration',
    cancelledTitle: 'Your registration is cancelled',
    cancelled: "Your seat is free again. You won't get any more mails about this webinar.",
    alreadyCancelled: 'This registration was already cancelled.',
    invalidTitle: "This link doesn't work",
    invalid: 'The link is invalid or expired. Use the link from your latest mail about this webinar.',
    back: 'All webinars',
    privacyNote: 'We use your details only for this webinar (confirmation, reminders and replay). Never share information about your clients or their health.',
  },
}
