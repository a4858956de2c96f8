import type { FaqBlock } from './content'

/** schema.org FAQPage for one FAQ block (search engines read questions and answers from it). */
export const faqJsonLd = ({ items }: { items: NonNullable<FaqBlock['items']> }) => ({
  '@context': 'https://schema.org',
  '@type': 'FAQPage',
  mainEntity: items.map((item) => ({
    '@type': 'Question',
    name: item.question,
    acceptedAnswer: { '@type': 'Answer', text: item.answer },
  })),
})
