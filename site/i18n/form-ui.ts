import type { FormAnswerErrorCode, Locale } from '../lib/content'

type Copy = {
  optional: string
  submit: string
  robot: string
  errorsTitle: string
  errors: Record<FormAnswerErrorCode, string>
  needsCheck: string
  rateLimited: string
  sentTitle: string
  sent: string
  notFoundTitle: string
  notFound: string
  closedTitle: string
  closed: string
  notYet: string
  yes: string
  /** Before the link to a promotion's terms, and the link's text ({n}: the version number). */
  acceptTerms: string
  termsLink: string
  alreadyEnteredTitle: string
  alreadyEntered: string
}

/** What the site says around a marketer's form; the form's own texts come from the CMS in the page's language. */
export const formUi: Record<Locale, Copy> = {
  nl: {
    optional: '(optioneel)',
    submit: 'Versturen',
    robot: 'Laat dit veld leeg',
    errorsTitle: 'Controleer je antwoorden',
    errors: {
      required: 'Vul dit in.',
      invalid: 'Dit is geen geldige waarde.',
      'too-long': 'Dit is te lang.',
      'not-an-option': 'Kies een van de mogelijkheden.',
      'out-of-range': 'Deze waarde valt buiten wat kan.',
    },
    needsCheck: 'We konden niet nagaan dat je geen robot bent. Verstuur het formulier nog eens.',
    rateLimited: 'Te veel formulieren vanaf dit netwerk. Probeer het over enkele minuten opnieuw.',
    sentTitle: 'Bedankt',
    sent: 'We ontvingen je antwoord.',
    notFoundTitle: 'Formulier niet gevonden',
    notFound: 'Dit formulier bestaat niet (meer).',
    closedTitle: 'Formulier gesloten',
    closed: 'Dit formulier neemt geen antwoorden meer aan.',
    notYet: 'Dit formulier is nog niet open.',
    yes: 'Ja',
    acceptTerms: 'Ik aanvaard de',
    termsLink: 'voorwaarden (versie {n})',
    alreadyEnteredTitle: 'Je doet al mee',
    alreadyEntered: 'Je deed al mee met dit adres: één deelname per persoon. Je eerste deelname blijft gelden.',
  },
  fr: {
    optional: '(facultatif)',
    submit: 'Envoyer',
    robot: 'Laissez ce champ vide',
    errorsTitle: 'Vérifiez vos réponses',
    errors: {
      required: 'Veuillez remplir ce champ.',
      invalid: 'Cette valeur n’est pas valide.',
      'too-long': 'C’est trop long.',
      'not-an-option': 'Choisissez une des possibilités.',
      'out-of-range': 'Cette valeur sort des limites permises.',
    },
    needsCheck: 'Nous n’avons pas pu vérifier que vous n’êtes pas un robot. Envoyez le formulaire une nouvelle fois.',
    rateLimited: 'Trop de formulaires depuis ce réseau. Réessayez dans quelques minutes.',
    sentTitle: 'Merci',
    sent: 'Nous avons bien reçu votre réponse.',
    notFoundTitle: 'Formulaire introuvable',
    notFound: 'Ce formulaire n’existe pas (ou plus).',
    closedTitle: 'Formulaire fermé',
    closed: 'Ce formulaire n’accepte plus de réponses.',
    notYet: 'Ce formulaire n’est pas encore ouvert.',
    yes: 'Oui',
    acceptTerms: 'J’accepte le',
    termsLink: 'règlement (version {n})',
    alreadyEnteredTitle: 'Vous participez déjà',
    alreadyEntered: 'Vous avez déjà participé avec cette adresse : une participation par personne. Votre première participation reste valable.',
  },
  en: {
    optional: '(optional)',
    submit: 'Send',
    robot: 'Leave this field empty',
    errorsTitle: 'Please check your answers',
    errors: {
      required: 'Please fill this in.',
      invalid: 'This is not a valid value.',
      'too-long': 'This is too long.',
      'not-an-option': 'Choose one of the options.',
      'out-of-range': 'This value is outside what is allowed.',
    },
    needsCheck: 'We could not check that you are not a robot. Please send the form once more.',
    rateLimited: 'Too many forms from this network. Please try again in a few minutes.',
    sentTitle: 'Thank you',
    sent: 'We received your answer.',
    notFoundTitle: 'Form not found',
    notFound: 'This form does not exist (any more).',
    closedTitle: 'Form closed',
    closed: 'This form no longer takes answers.',
    notYet: 'This form is not open yet.',
    yes: 'Yes',
    acceptTerms: 'I accept the',
    termsLink: 'terms (version {n})',
    alreadyEnteredTitle: 'You have already entered',
    alreadyEntered: 'You already entered with this address: one entry per person. Your first entry still counts.',
  },
}
