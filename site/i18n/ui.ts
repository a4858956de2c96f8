import type { Locale } from '../lib/content'

/** Interface strings that are part of the site's frame, not of CMS content. */
export const ui: Record<Locale, Record<'skip' | 'language' | 'notFoundTitle' | 'notFoundText' | 'home' | 'admin', string>> = {
  nl: {
    skip: 'Naar de inhoud',
    language: 'Taal',
    notFoundTitle: 'Pagina niet gevonden',
    notFoundText: 'Deze pagina bestaat niet (meer). Ga naar de startpagina.',
    home: 'Startpagina',
    admin: 'Beheer',
  },
  fr: {
    skip: 'Aller au contenu',
    language: 'Langue',
    notFoundTitle: 'Page introuvable',
    notFoundText: "Cette page n'existe pas (ou plus). Retournez à l'accueil.",
    home: 'Accueil',
    admin: 'Administration',
  },
  en: {
    skip: 'Skip to content',
    language: 'Language',
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist (any more). Go to the home page.',
    home: 'Home',
    admin: 'Admin',
  },
}

export const languageNames: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' }
