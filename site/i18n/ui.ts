import type { Locale } from '../lib/content'

type UiKey =
  | 'skip'
  | 'language'
  | 'notFoundTitle'
  | 'notFoundText'
  | 'home'
  | 'admin'
  | 'mainMenu'
  | 'menu'
  | 'footerMenu'
  | 'enterpriseNumber'
  | 'email'
  | 'webinarsHeading'
  | 'webinarsEmpty'
  | 'newsletterEmail'
  | 'previewNotice'

/** Interface strings that are part of the site's frame, not of CMS content. */
export const ui: Record<Locale, Record<UiKey, string>> = {
  nl: {
    skip: 'Naar de inhoud',
    language: 'Taal',
    notFoundTitle: 'Pagina niet gevonden',
    notFoundText: 'Deze pagina bestaat niet (meer). Ga naar de startpagina.',
    home: 'Startpagina',
    admin: 'Beheer',
    mainMenu: 'Hoofdmenu',
    menu: 'Menu',
    footerMenu: 'Voettekstmenu',
    enterpriseNumber: 'Ondernemingsnummer',
    email: 'E-mail',
    webinarsHeading: 'Webinars',
    webinarsEmpty: 'Er zijn op dit moment geen webinars gepland.',
    newsletterEmail: 'E-mailadres',
    previewNotice: 'Voorbeeld van de laatste conceptversie — niet publiek zichtbaar.',
  },
  fr: {
    skip: 'Aller au contenu',
    language: 'Langue',
    notFoundTitle: 'Page introuvable',
    notFoundText: "Cette page n'existe pas (ou plus). Retournez à l'accueil.",
    home: 'Accueil',
    admin: 'Administration',
    mainMenu: 'Menu principal',
    menu: 'Menu',
    footerMenu: 'Menu du pied de page',
    enterpriseNumber: "Numéro d'entreprise",
    email: 'E-mail',
    webinarsHeading: 'Webinaires',
    webinarsEmpty: "Aucun webinaire n'est prévu pour le moment.",
    newsletterEmail: 'Adresse e-mail',
    previewNotice: 'Aperçu de la dernière version brouillon — non visible publiquement.',
  },
  en: {
    skip: 'Skip to content',
    language: 'Language',
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist (any more). Go to the home page.',
    home: 'Home',
    admin: 'Admin',
    mainMenu: 'Main menu',
    menu: 'Menu',
    footerMenu: 'Footer menu',
    enterpriseNumber: 'Enterprise number',
    email: 'Email',
    webinarsHeading: 'Webinars',
    webinarsEmpty: 'No webinars are planned at the moment.',
    newsletterEmail: 'Email address',
    previewNotice: 'Preview of the latest draft — not publicly visible.',
  },
}

export const languageNames: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' }
