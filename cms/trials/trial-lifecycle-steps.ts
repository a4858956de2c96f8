import type { Locale } from '../../config/locales'

/**
 * The service mails of a running trial (under its contract): tips a day after it opened, a check-in after a week,
 * a warning two days before it ends, and a last one when the application reports it expired. Each goes at most once
 * per trial, and none goes once the trial converted or was cancelled, or the person asked us to stop them.
 */
export const trialLifecycleSteps = ['day1', 'day7', 'expiring', 'expired'] as const
export type TrialLifecycleStep = (typeof trialLifecycleSteps)[number]

/** The trial field that records a step's mail as queued (also the guard against sending it twice). */
export const lifecycleSentField = {
  day1: 'day1SentAt',
  day7: 'day7SentAt',
  expiring: 'expiringSentAt',
  expired: 'expiredSentAt',
} as const satisfies Record<TrialLifecycleStep, string>

/** The placeholders a lifecycle text may use; anything else in braces is refused when a marketer saves it. */
export const lifecyclePlaceholders = ['endDate'] as const

/**
 * The texts the CMS starts with (Trial mails settings: marketers edit them per language). Plain text: paragraphs
 * split on blank lines, `{endDate}` filled in with the trial's last day in the mail's language.
 */
export const defaultLifecycleCopy: Record<TrialLifecycleStep, Record<Locale, { subject: string; body: string }>> = {
  day1: {
    nl: { subject: 'Drie tips voor je eerste online consultatie', body: 'Je try-out loopt sinds gisteren. Drie dingen die collega’s meteen doen:\n\nTest je camera en micro in de wachtkamer, zodat je cliënt je meteen goed ziet en hoort.\n\nStuur je eerste uitnodiging vanuit je agenda: je cliënt hoeft niets te installeren.\n\nZet je praktijkgegevens en logo in je profiel, zodat cliënten je herkennen.' },
    fr: { subject: 'Trois conseils pour votre première consultation en ligne', body: 'Votre essai a commencé hier. Trois choses que vos collègues font tout de suite :\n\nTestez votre caméra et votre micro dans la salle d’attente, pour que votre client vous voie et vous entende bien.\n\nEnvoyez votre première invitation depuis votre agenda : votre client n’a rien à installer.\n\nAjoutez les données et le logo de votre cabinet à votre profil, pour que vos clients vous reconnaissent.' },
    en: { subject: 'Three tips for your first online consultation', body: 'Your trial started yesterday. Three things colleagues do first:\n\nTest your camera and microphone in the waiting room, so your client sees and hears you well from the start.\n\nSend your first invitation from your calendar: your client installs nothing.\n\nAdd your practice details and logo to your profile, so clients recognise you.' },
  },
  day7: {
    nl: { subject: 'Hoe gaat het met je try-out?', body: 'Je werkt nu een week met myPlugin. Loopt alles zoals je wilt?\n\nAntwoord gerust op deze mail met je vragen: een collega van ons helpt je persoonlijk verder.' },
    fr: { subject: 'Comment se passe votre essai ?', body: 'Vous utilisez myPlugin depuis une semaine. Tout se passe comme vous le souhaitez ?\n\nRépondez simplement à cet e-mail avec vos questions : un membre de notre équipe vous aidera personnellement.' },
    en: { subject: 'How is your trial going?', body: 'You have been using myPlugin for a week. Is everything working the way you want?\n\nSimply reply to this mail with your questions: one of us will help you personally.' },
  },
  expiring: {
    nl: { subject: 'Je try-out loopt over twee dagen af', body: 'Je gratis try-out loopt af op {endDate}.\n\nWil je verder met myPlugin? Kies een abonnement in je account: je afspraken en instellingen blijven gewoon staan.' },
    fr: { subject: 'Votre essai se termine dans deux jours', body: 'Votre essai gratuit se termine le {endDate}.\n\nVous souhaitez continuer avec myPlugin ? Choisissez un abonnement dans votre compte : vos rendez-vous et réglages sont conservés.' },
    en: { subject: 'Your trial ends in two days', body: 'Your free trial ends on {endDate}.\n\nWant to go on with myPlugin? Choose a plan in your account: your appointments and settings stay as they are.' },
  },
  expired: {
    nl: { subject: 'Je try-out is afgelopen', body: 'Je gratis try-out van myPlugin is afgelopen.\n\nJe kan op elk moment verder met een abonnement in je account. Bedankt dat je myPlugin hebt uitgeprobeerd!' },
    fr: { subject: 'Votre essai est terminé', body: 'Votre essai gratuit de myPlugin est terminé.\n\nVous pouvez continuer à tout moment en choisissant un abonnement dans votre compte. Merci d’avoir essayé myPlugin !' },
    en: { subject: 'Your trial has ended', body: 'Your free myPlugin trial has ended.\n\nYou can go on at any time with a plan in your account. Thank you for trying myPlugin!' },
  },
}
