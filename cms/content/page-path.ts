/** The site path of a page: "home" is the language's start page. */
export const pagePath = ({ locale, slug }: { locale: string; slug: string }): string => (slug === 'home' ? `/${locale}/` : `/${locale}/${slug}`)
