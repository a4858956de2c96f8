import type { Locale } from '../../config/locales'

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503

type Params = Record<string, string | number>
type Text = string | ((params: Params) => string)
type Entry = { status: ErrorStatus; message: Record<Locale, Text> }

const lang = { nl: { nl: 'Nederlandse', fr: 'Franse', en: 'Engelse' }, fr: { nl: 'néerlandaise', fr: 'française', en: 'anglaise' }, en: { nl: 'Dutch', fr: 'French', en: 'English' } } as const
const language = (l: Locale, p: Params) => lang[l][p.language as Locale] ?? String(p.language)

/**
 * Every refusal an operation can throw (as a DomainError with one of these codes), the HTTP status an endpoint or
 * page answers with, and what a person reads, in each language. Operations never pick a status; this table does.
 */
export const errorTable = {
  'auth.forbidden': {
    status: 403,
    message: { nl: 'Alleen marketeers en beheerders mogen dit.', fr: 'Réservé aux marketeurs et aux administrateurs.', en: 'Marketers and admins only.' },
  },
  'auth.sign-in-required': { status: 401, message: { nl: 'Meld je eerst aan.', fr: 'Connectez-vous d’abord.', en: 'Sign in first.' } },
  'auth.admins-only': { status: 403, message: { nl: 'Alleen beheerders mogen dit.', fr: 'Réservé aux administrateurs.', en: 'Admins only.' } },
  'auth.signed-in-only': { status: 403, message: { nl: 'Meld je eerst aan.', fr: 'Connectez-vous d’abord.', en: 'Sign in first.' } },
  'auth.two-factor-code-invalid': {
    status: 403,
    message: { nl: 'Deze code klopt niet of is al gebruikt.', fr: 'Ce code est incorrect ou déjà utilisé.', en: 'This code is wrong or was already used.' },
  },
  'auth.two-factor-enrolment-required': {
    status: 403,
    message: {
      nl: 'Stel eerst tweestapsverificatie in (/admin/two-factor).',
      fr: 'Configurez d’abord la vérification en deux étapes (/admin/two-factor).',
      en: 'Set up two-factor authentication first (/admin/two-factor).',
    },
  },
  'auth.two-factor-verification-required': {
    status: 403,
    message: {
      nl: 'Voer eerst je verificatiecode in (/admin/two-factor).',
      fr: 'Saisissez d’abord votre code de vérification (/admin/two-factor).',
      en: 'Enter your verification code first (/admin/two-factor).',
    },
  },
  'auth.two-factor-already-enrolled': {
    status: 409,
    message: { nl: 'Tweestapsverificatie is al ingesteld.', fr: 'La vérification en deux étapes est déjà configurée.', en: 'Two-factor authentication is already set up.' },
  },
  'auth.two-factor-not-started': {
    status: 409,
    message: { nl: 'Begin eerst met instellen.', fr: 'Commencez d’abord la configuration.', en: 'Start the set-up first.' },
  },
  'request.too-large': { status: 413, message: { nl: 'Dit verzoek is te groot.', fr: 'Cette requête est trop volumineuse.', en: 'This request is too large.' } },
  'request.not-json': { status: 415, message: { nl: 'Stuur JSON.', fr: 'Envoyez du JSON.', en: 'Send JSON.' } },
  'request.malformed': { status: 400, message: { nl: 'Dit verzoek is onleesbaar.', fr: 'Cette requête est illisible.', en: 'This request cannot be read.' } },
  'campaign.not-found': { status: 404, message: { nl: 'Deze campagne bestaat niet.', fr: 'Cette campagne n’existe pas.', en: 'No such campaign.' } },
  'campaign.no-lists': { status: 400, message: { nl: 'Kies minstens één lijst.', fr: 'Choisissez au moins une liste.', en: 'Choose at least one list to send to.' } },
  'campaign.no-languages': { status: 400, message: { nl: 'Kies minstens één taal.', fr: 'Choisissez au moins une langue.', en: 'Choose at least one language to send in.' } },
  'campaign.empty-language': {
    status: 400,
    message: {
      nl: (p) => `De ${language('nl', p)} versie is leeg: ze heeft geen ${p.missing === 'subject' ? 'onderwerp' : p.missing === 'content' ? 'inhoud' : 'onderwerp en inhoud'}. Schrijf ze, of vink ${language('nl', p)} uit onder Talen.`,
      fr: (p) => `La version ${language('fr', p)} est vide : elle n’a pas ${p.missing === 'subject' ? 'd’objet' : p.missing === 'content' ? 'de contenu' : 'd’objet ni de contenu'}. Rédigez-la, ou décochez-la sous Langues.`,
      en: (p) => `The ${language('en', p)} version is empty: it has no ${p.missing === 'subject' ? 'subject' : p.missing === 'content' ? 'content' : 'subject and content'}. Write it, or untick ${language('en', p)} under Languages.`,
    },
  },
  'campaign.unrenderable': {
    status: 400,
    message: {
      nl: (p) => `De ${language('nl', p)} versie kan niet verstuurd worden: ${p.reason}`,
      fr: (p) => `La version ${language('fr', p)} ne peut pas être envoyée : ${p.reason}`,
      en: (p) => `The ${language('en', p)} version cannot be sent: ${p.reason}`,
    },
  },
  'campaign.no-recipients': {
    status: 400,
    message: {
      nl: 'Niemand zou deze campagne krijgen: geen bevestigde abonnees op de lijsten in de gekozen talen.',
      fr: 'Personne ne recevrait cette campagne : aucun abonné confirmé sur ses listes ne lit ses langues.',
      en: 'Nobody would receive this campaign: no confirmed subscribers on its lists read its languages.',
    },
  },
  'campaign.already-sending': { status: 409, message: { nl: 'Deze campagne wordt al verstuurd.', fr: 'Cette campagne est déjà en cours d’envoi.', en: 'This campaign is already being sent.' } },
  'campaign.paused': { status: 409, message: { nl: 'Deze campagne is gepauzeerd: hervat ze.', fr: 'Cette campagne est en pause : reprenez-la.', en: 'This campaign is paused: resume it instead.' } },
  'campaign.already-sent': { status: 409, message: { nl: 'Deze campagne werd al verstuurd.', fr: 'Cette campagne a déjà été envoyée.', en: 'This campaign was already sent.' } },
  'campaign.cancelled': {
    status: 409,
    message: { nl: 'Deze campagne werd geannuleerd. Dupliceer ze om ze opnieuw te versturen.', fr: 'Cette campagne a été annulée. Dupliquez-la pour l’envoyer à nouveau.', en: 'This campaign was cancelled. Duplicate it to send it again.' },
  },
  'campaign.finished': {
    status: 409,
    message: { nl: (p) => `Deze campagne is al ${p.status}.`, fr: (p) => `Cette campagne est déjà ${p.status}.`, en: (p) => `This campaign is already ${p.status}.` },
  },
  'campaign.not-scheduled': { status: 409, message: { nl: 'Deze campagne is niet gepland.', fr: 'Cette campagne n’est pas programmée.', en: 'This campaign is not scheduled.' } },
  'campaign.not-paused': {
    status: 409,
    message: {
      nl: (p) => `Alleen een gepauzeerde campagne kan hervat worden (deze is ${p.status}).`,
      fr: (p) => `Seule une campagne en pause peut reprendre (celle-ci est ${p.status}).`,
      en: (p) => `Only a paused campaign can be resumed (this one is ${p.status}).`,
    },
  },
  'campaign.not-sending': {
    status: 409,
    message: {
      nl: (p) => `Alleen een campagne die verstuurd wordt, kan gepauzeerd worden (deze is ${p.status}).`,
      fr: (p) => `Seule une campagne en cours d’envoi peut être mise en pause (celle-ci est ${p.status}).`,
      en: (p) => `Only a campaign being sent can be paused (this one is ${p.status}).`,
    },
  },
  'campaign.not-schedulable': {
    status: 409,
    message: {
      nl: (p) => `Deze campagne is ${p.status}: ze kan niet meer gepland worden.`,
      fr: (p) => `Cette campagne est ${p.status} : elle ne peut plus être programmée.`,
      en: (p) => `This campaign is ${p.status}: it can no longer be scheduled.`,
    },
  },
  'campaign.schedule-changed': { status: 409, message: { nl: 'Deze planning werd gewijzigd of ingetrokken.', fr: 'Cette programmation a été modifiée ou retirée.', en: 'This schedule was changed or withdrawn.' } },
  'campaign.schedule-missing': { status: 400, message: { nl: 'Geef de datum en het uur van verzending.', fr: 'Indiquez la date et l’heure d’envoi.', en: 'Give the date and time to send at.' } },
  'campaign.schedule-too-soon': {
    status: 400,
    message: {
      nl: 'Dat tijdstip ligt in het verleden (of minder dan een minuut weg): kies een later tijdstip, of verstuur nu.',
      fr: 'Ce moment est passé (ou à moins d’une minute) : choisissez plus tard, ou envoyez maintenant.',
      en: 'That time is in the past (or less than a minute away): choose a later time, or send now.',
    },
  },
  'campaign.schedule-too-far': { status: 400, message: { nl: 'Plan hoogstens een jaar vooruit.', fr: 'Programmez au plus un an à l’avance.', en: 'Schedule at most a year ahead.' } },
  'consent.invalid-choice': { status: 400, message: { nl: 'Ongeldige toestemmingskeuze.', fr: 'Choix de consentement non valide.', en: 'Invalid consent choice.' } },
  'consent.unknown-service': { status: 400, message: { nl: 'Onbekende dienst.', fr: 'Service inconnu.', en: 'Unknown service.' } },
  'consent.stale-revision': {
    status: 409,
    message: {
      nl: 'Deze keuze werd gemaakt voor een oudere versie van de cookiebanner.',
      fr: 'Ce choix a été fait pour une ancienne version du bandeau cookies.',
      en: 'This choice was made for an older version of the banner.',
    },
  },
  'consent.no-policy': {
    status: 503,
    message: {
      nl: 'Toestemming kan nog niet worden vastgelegd: er is nog geen privacy- of cookiebeleid van kracht.',
      fr: 'Le consentement ne peut pas encore être enregistré : aucune politique de confidentialité ou de cookies n’est en vigueur.',
      en: 'Consent cannot be recorded yet: no privacy or cookie policy is in force.',
    },
  },
  'contact.link-invalid': {
    status: 400,
    message: { nl: 'Deze link is niet geldig.', fr: 'Ce lien n’est pas valide.', en: 'This link is not valid.' },
  },
  'contact.link-expired': { status: 410, message: { nl: 'Deze link is verlopen.', fr: 'Ce lien a expiré.', en: 'This link has expired.' } },
  'contact.one-click-expected': {
    status: 400,
    message: { nl: 'Verwacht: List-Unsubscribe=One-Click.', fr: 'Attendu : List-Unsubscribe=One-Click.', en: 'Expected List-Unsubscribe=One-Click.' },
  },
  'mail.template-unknown': {
    status: 400,
    message: { nl: 'Kies een bestaand sjabloon en een van nl, fr, en.', fr: 'Choisissez un modèle existant et une langue parmi nl, fr, en.', en: 'Choose a known template and one of nl, fr, en.' },
  },
  'mail.unrenderable': {
    status: 422,
    message: { nl: (p) => `Deze mail kan niet gemaakt worden: ${p.reason}`, fr: (p) => `Ce message ne peut pas être composé : ${p.reason}`, en: (p) => `This mail cannot be made: ${p.reason}` },
  },
  'mail.not-found': { status: 404, message: { nl: 'Dit bericht bestaat niet.', fr: 'Ce message n’existe pas.', en: 'No such message.' } },
  'mail.not-retryable': {
    status: 409,
    message: {
      nl: (p) => `Alleen mislukte berichten kunnen opnieuw verstuurd worden (dit is ${p.status}).`,
      fr: (p) => `Seuls les messages en échec peuvent être renvoyés (celui-ci est ${p.status}).`,
      en: (p) => `Only failed messages can be retried (this one is ${p.status}).`,
    },
  },
  'mail.no-stored-content': {
    status: 409,
    message: { nl: 'Van dit bericht is geen inhoud bewaard.', fr: 'Ce message n’a pas de contenu conservé.', en: 'This message has no stored content to retry.' },
  },
  'user.password-too-short': {
    status: 400,
    message: {
      nl: (p) => `Het wachtwoord moet minstens ${p.min} tekens lang zijn. Een zin van enkele woorden is makkelijk te onthouden.`,
      fr: (p) => `Le mot de passe doit compter au moins ${p.min} caractères. Une phrase de quelques mots se retient facilement.`,
      en: (p) => `The password must be at least ${p.min} characters long. A sentence of a few words is easy to remember.`,
    },
  },
  'user.password-weak': {
    status: 400,
    message: {
      nl: 'Dit wachtwoord is te makkelijk te raden (een veelgebruikt wachtwoord, een woord uit het woordenboek, je naam of adres, of een voorspelbaar patroon). Kies een langer, ongewoner wachtwoord.',
      fr: 'Ce mot de passe est trop facile à deviner (mot de passe courant, mot du dictionnaire, votre nom ou adresse, ou suite prévisible). Choisissez-en un plus long et moins courant.',
      en: 'This password is too easy to guess (a common password, a dictionary word, your name or address, or a predictable pattern). Choose a longer, less common one.',
    },
  },
  'trial.not-found': { status: 404, message: { nl: 'Deze try-out bestaat niet.', fr: 'Cet essai n’existe pas.', en: 'No such trial.' } },
  'trial.not-retryable': {
    status: 409,
    message: { nl: 'Alleen een mislukte try-out (of een die nog geopend moet worden) kan opnieuw geprobeerd worden.', fr: 'Seul un essai en échec (ou encore à ouvrir) peut être relancé.', en: 'Only a failed trial (or one still to be opened) can be retried.' },
  },
  'trial.too-many-requests': {
    status: 429,
    message: {
      nl: 'Te veel verzoeken na elkaar. Wacht even en probeer opnieuw.',
      fr: 'Trop de demandes à la suite. Patientez un instant et réessayez.',
      en: 'Too many requests in a row. Wait a moment and try again.',
    },
  },
  'form.not-found': { status: 404, message: { nl: 'Dit formulier bestaat niet (meer).', fr: 'Ce formulaire n’existe pas (ou plus).', en: 'No such form (any more).' } },
  'form.too-many-requests': {
    status: 429,
    message: {
      nl: 'Te veel downloads na elkaar. Wacht even en probeer opnieuw.',
      fr: 'Trop de téléchargements à la suite. Patientez un instant et réessayez.',
      en: 'Too many downloads in a row. Wait a moment and try again.',
    },
  },
  'form.submission-not-found': { status: 404, message: { nl: 'Dit antwoord bestaat niet (meer).', fr: 'Cette réponse n’existe pas (ou plus).', en: 'No such form answer (any more).' } },
  'form.already-entered': {
    status: 409,
    message: { nl: 'Je deed al mee: één deelname per persoon.', fr: 'Vous participez déjà : une participation par personne.', en: 'You have already entered: one entry per person.' },
  },
  'form.draw-not-a-contest': { status: 400, message: { nl: 'Alleen een wedstrijd heeft een trekking.', fr: 'Seul un concours a un tirage au sort.', en: 'Only a contest has a draw.' } },
  'form.draw-too-early': {
    status: 409,
    message: { nl: 'De wedstrijd loopt nog: trek pas na de einddatum.', fr: 'Le concours est encore ouvert : tirez au sort après la date de fin.', en: 'The contest is still open: draw after its end date.' },
  },
  'form.draw-done': { status: 409, message: { nl: 'Voor deze wedstrijd is al getrokken.', fr: 'Le tirage de ce concours a déjà eu lieu.', en: 'This contest has already been drawn.' } },
  'form.draw-no-entries': { status: 409, message: { nl: 'Deze wedstrijd heeft geen deelnemers.', fr: 'Ce concours n’a aucun participant.', en: 'This contest has no entries.' } },
  'form.draw-not-found': { status: 404, message: { nl: 'Deze trekking bestaat niet.', fr: 'Ce tirage n’existe pas.', en: 'No such draw.' } },
  'crm.not-a-dead-letter': { status: 404, message: { nl: 'Deze persoon wacht niet op een nieuwe poging.', fr: 'Cette personne n’attend pas de nouvel essai.', en: 'This person is not waiting for a retry.' } },
  'crm.audience-too-many-requests': {
    status: 429,
    message: {
      nl: 'Te veel doelgroep-downloads na elkaar. Wacht even en probeer opnieuw.',
      fr: 'Trop de téléchargements d’audience à la suite. Patientez un instant et réessayez.',
      en: 'Too many audience downloads in a row. Wait a moment and try again.',
    },
  },
  'crm.audience-no-policy': {
    status: 409,
    message: {
      nl: 'Er is geen privacyverklaring van kracht: een doelgroep kan pas worden uitgevoerd als er een is.',
      fr: 'Aucune politique de confidentialité n’est en vigueur : une audience ne peut être exportée qu’ensuite.',
      en: 'No privacy policy is in force: an audience can only be exported once one is.',
    },
  },
  'webinar.not-found': { status: 404, message: { nl: 'Dit webinar bestaat niet.', fr: 'Ce webinaire n’existe pas.', en: 'No such webinar.' } },
  'webinar.import-too-large': {
    status: 413,
    message: {
      nl: (p) => `Dit bestand is te groot: hoogstens ${p.max} MB. Splits het op en laad de delen na elkaar op.`,
      fr: (p) => `Ce fichier est trop volumineux : ${p.max} Mo au maximum. Divisez-le et importez les parties l’une après l’autre.`,
      en: (p) => `This file is too large: ${p.max} MB at most. Split it and upload the parts one after the other.`,
    },
  },
  'webinar.import-wrong-encoding': {
    status: 415,
    message: {
      nl: 'Dit bestand is geen UTF-8-tekst. Sla het in Excel op als "CSV UTF-8 (door lijstscheidingsteken gescheiden)" en laad het opnieuw op. Er werd niets gewijzigd.',
      fr: 'Ce fichier n’est pas du texte UTF-8. Dans Excel, enregistrez-le au format « CSV UTF-8 (délimité par des virgules) » et importez-le à nouveau. Rien n’a été modifié.',
      en: 'This file is not UTF-8 text. In Excel, save it as "CSV UTF-8 (Comma delimited)" and upload it again. Nothing was changed.',
    },
  },
  'webinar.import-unreadable': {
    status: 400,
    message: {
      nl: (p) => `Dit CSV-bestand is onleesbaar (${p.reason}). Er werd niets gewijzigd.`,
      fr: (p) => `Ce fichier CSV est illisible (${p.reason}). Rien n’a été modifié.`,
      en: (p) => `This CSV file cannot be read (${p.reason}). Nothing was changed.`,
    },
  },
  'webinar.import-no-email-column': {
    status: 400,
    message: {
      nl: 'De eerste rij moet een kolom "e-mail" (of "e-mailadres", "email", "adresse e-mail") hebben. Er werd niets gewijzigd.',
      fr: 'La première ligne doit contenir une colonne « e-mail » (ou « adresse e-mail », « email », « e-mailadres »). Rien n’a été modifié.',
      en: 'The first row must have an "e-mail" column (or "email", "e-mailadres", "adresse e-mail"). Nothing was changed.',
    },
  },
  'webinar.import-too-many-rows': {
    status: 413,
    message: {
      nl: (p) => `Dit bestand heeft te veel rijen: hoogstens ${p.max}. Er werd niets gewijzigd.`,
      fr: (p) => `Ce fichier contient trop de lignes : ${p.max} au maximum. Rien n’a été modifié.`,
      en: (p) => `This file has too many rows: ${p.max} at most. Nothing was changed.`,
    },
  },
  'webinar.too-many-requests': {
    status: 429,
    message: {
      nl: 'Te veel verzoeken na elkaar. Wacht even en probeer opnieuw.',
      fr: 'Trop de demandes à la suite. Patientez un instant et réessayez.',
      en: 'Too many requests in a row. Wait a moment and try again.',
    },
  },
  'webinar.message-invalid': {
    status: 400,
    message: {
      nl: (p) => `Dit bericht kan zo niet vertrekken: ${p.reason}`,
      fr: (p) => `Ce message ne peut pas partir ainsi : ${p.reason}`,
      en: (p) => `This message cannot be sent like this: ${p.reason}`,
    },
  },
  'webinar.not-published': {
    status: 409,
    message: {
      nl: 'Publiceer het webinar eerst: een uitnodiging verwijst naar de pagina ervan.',
      fr: 'Publiez d’abord le webinaire : une invitation renvoie vers sa page.',
      en: 'Publish the webinar first: an invitation links to its page.',
    },
  },
  'webinar.invite-no-list': {
    status: 409,
    message: {
      nl: 'Er is nog geen nieuwsbrieflijst om uit te nodigen. Maak er eerst een aan.',
      fr: 'Il n’y a pas encore de liste de newsletter à inviter. Créez-en d’abord une.',
      en: 'There is no newsletter list to invite yet. Create one first.',
    },
  },
  'internal.unexpected': {
    status: 500,
    message: {
      nl: 'Er ging iets mis; er werd niets gewijzigd. Probeer opnieuw.',
      fr: 'Un problème est survenu ; rien n’a été modifié. Réessayez.',
      en: 'Something went wrong; nothing was changed. Try again.',
    },
  },
} as const satisfies Record<string, Entry>

export type ErrorCode = keyof typeof errorTable
