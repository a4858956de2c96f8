import type { Payload } from 'payload'

import { compileMail } from '../../emails/compile-mail'
import type { Locale } from '../../config/locales'
import type { MailTemplateProps } from '../../emails/template-registry'
import type { Campaign } from '../payload-types'
import { loadOrganisationDetails } from '../content'
import { linkSettingsOf } from '../links/link-settings'
import { DomainError } from '../errors'
import { loadLists } from '../contacts'
import { sameId } from '../database/same-id'
import { withCampaignParam } from './with-campaign-param'

export type CampaignProps = MailTemplateProps<'campaign'>

/** What is sent, frozen when sending starts: edits made later cannot reach half the recipients. */
export type CampaignSnapshot = {
  languages: Locale[]
  listIds: (string | number)[]
  /** For the unsubscribe links: leaving from a campaign's mail leaves the lists it went to. */
  listKeys: string[]
  propsByLocale: Partial<Record<Locale, CampaignProps>>
}


type LocalisedBlocks = Partial<Record<Locale, NonNullable<Campaign['content']>>>
type Localised = Partial<Record<Locale, string | null>>

const toMailBlocks = ({ blocks, campaignId, publicUrl }: { blocks: NonNullable<Campaign['content']>; campaignId: string | number; publicUrl: string }): CampaignProps['blocks'] =>
  blocks.map((block) => {
    switch (block.blockType) {
      case 'heading':
        return { kind: 'heading' as const, text: block.text }
      case 'paragraph':
        return { kind: 'paragraph' as const, text: block.text }
      case 'button':
        return { kind: 'button' as const, label: block.label, url: withCampaignParam({ url: block.url, campaignId, publicUrl }) }
      case 'list':
        return { kind: 'list' as const, items: (block.items ?? []).map((item) => item.text) }
    }
  })

/**
 * Reads a campaign in every language and turns it into what the campaign template renders, refusing (400, naming
 * the language and what is missing) a chosen language without a subject or content, no lists, or content the
 * template would refuse. Every language is rendered once here, so a send never starts with a broken version.
 */
export const campaignSnapshot = async ({ payload, campaignId }: { payload: Payload; campaignId: string | number }): Promise<CampaignSnapshot> => {
  const campaign = await payload.findByID({ collection: 'campaigns', id: campaignId, locale: 'all', depth: 0, overrideAccess: true }).catch(() => undefined)
  if (!campaign) throw new DomainError({ code: 'campaign.not-found' })
  const listIds = (campaign.lists ?? []).map((l) => (typeof l === 'object' ? l.id : l))
  if (listIds.length === 0) throw new DomainError({ code: 'campaign.no-lists' })
  const languages = (campaign.languages ?? []) as Locale[]
  if (languages.length === 0) throw new DomainError({ code: 'campaign.no-languages' })
  const subjects = (campaign.subject ?? {}) as unknown as Localised
  const preheaders = (campaign.preheader ?? {}) as unknown as Localised
  const contents = (campaign.content ?? {}) as unknown as LocalisedBlocks
  const { publicUrl } = linkSettingsOf(payload)
  const organisation = await loadOrganisationDetails({ payload })
  const propsByLocale: CampaignSnapshot['propsByLocale'] = {}
  for (const locale of languages) {
    const subject = subjects[locale]?.trim()
    const blocks = contents[locale] ?? []
    if (!subject || blocks.length === 0) {
      const missing = !subject && blocks.length === 0 ? 'both' : !subject ? 'subject' : 'content'
      throw new DomainError({ code: 'campaign.empty-language', params: { language: locale, missing } })
    }
    const props = { subject, preheader: preheaders[locale]?.trim() ?? '', blocks: toMailBlocks({ blocks, campaignId: campaign.id, publicUrl }) }
    try {
      compileMail({ template: 'campaign', locale, props, organisation })
    } catch (error) {
      throw new DomainError({ code: 'campaign.unrenderable', params: { language: locale, reason: error instanceof Error ? error.message : String(error) } })
    }
    propsByLocale[locale] = props
  }
  const lists = await loadLists({ payload })
  const listKeys = lists.filter((l) => listIds.some((id) => sameId(id, l.id))).map((l) => l.key)
  return { languages, listIds, listKeys, propsByLocale }
}
