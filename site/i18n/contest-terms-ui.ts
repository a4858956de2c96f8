import type { Locale } from '../lib/content'

type Copy = { version: string; publishedOn: string; archived: string; goToCurrent: string; allVersions: string; notFoundTitle: string; notFound: string; fingerprint: string }

/** What the site says around contest terms; the terms themselves come from the CMS. */
export const contestTermsUi: Record<Locale, Copy> = {
  nl: {
    version: 'Versie',
    publishedOn: 'Gepubliceerd op',
    archived: 'Dit is een eerdere versie van deze voorwaarden.',
    goToCurrent: 'Naar de huidige versie',
    allVersions: 'Alle versies',
    notFoundTitle: 'Voorwaarden niet gevonden',
    notFound: 'Deze voorwaarden bestaan niet (meer).',
    fingerprint: 'Vingerafdruk van deze tekst (SHA-256)',
  },
  fr: {
    version: 'Version',
    publishedOn: 'Publiée le',
    archived: 'Ceci est une version antérieure de ce règlement.',
    goToCurrent: 'Vers la version actuelle',
    allVersions: 'Toutes les versions',
    notFoundTitle: 'Règlement introuvable',
    notFound: 'Ce règlement n’existe pas (ou plus).',
    fingerprint: 'Empreinte de ce texte (SHA-256)',
  },
  en: {
    version: 'Version',
    publishedOn: 'Published on',
    archived: 'This is an earlier version of these terms.',
    goToCurrent: 'Go to the current version',
    allVersions: 'All versions',
    notFoundTitle: 'Terms not found',
    notFound: 'These terms do not exist (any more).',
    fingerprint: 'Fingerprint of this text (SHA-256)',
  },
}
