import type { Locale } from '../lib/content'

type Copy = { title: string; confirm: (email: string) => string; button: string; done: string; already: string; invalid: string; test: string; home: string }

/** The unsubscribe page's wording. */
export const unsubscribeUi: Record<Locale, Copy> = {
  nl: {
    title: 'Uitschrijven',
    confirm: (email) => `Wil je ${email} uitschrijven van de nieuwsbrief van myPlugin?`,
    button: 'Ja, schrijf me uit',
    done: 'Je bent uitgeschreven. Je ontvangt geen nieuwsbrieven meer.',
    already: 'Je bent al uitgeschreven: je ontvangt geen nieuwsbrieven meer.',
    invalid: 'Deze link is niet (meer) geldig. Schrijf je uit via de link in een recente mail, of mail info@myplugin.app.',
    test: 'Dit was een testmail: er is niets om uit te schrijven.',
    home: 'Naar de startpagina',
  },
  fr: {
    title: 'Se désinscrire',
    confirm: (email) => `Désinscrire ${email} de la newsletter de myPlugin ?`,
    button: 'Oui, me désinscrire',
    done: 'Vous êtes désinscrit. Vous ne recevrez plus de newsletters.',
    already: 'Vous êtes déjà désinscrit : vous ne recevez plus de newsletters.',
    invalid: 'Ce lien n’est pas (ou plus) valide. Désinscrivez-vous via le lien d’un e-mail récent, ou écrivez à info@myplugin.app.',
    test: 'C’était un e-mail de test : rien à désinscrire.',
    home: 'Retour à l’accueil',
  },
  en: {
    title: 'Unsubscribe',
    confirm: (email) => `Unsubscribe ${email} from myPlugin’s newsletter?`,
    button: 'Yes, unsubscribe me',
    done: 'You are unsubscribed. You will not receive newsletters any more.',
    already: 'You are already unsubscribed: you no longer receive newsletters.',
    invalid: 'This link is not (or no longer) valid. Unsubscribe through the link in a recent mail, or write to info@myplugin.app.',
    test: 'This was a test mail: there is nothing to unsubscribe.',
    home: 'Go to the home page',
  },
}
