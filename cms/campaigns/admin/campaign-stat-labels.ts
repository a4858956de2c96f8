import type { CampaignStatType } from './campaign-api-types'

/** What each event type is called in the admin; "complained" is what mail apps call "marked as spam". */
export const campaignStatLabels: Record<CampaignStatType, string> = {
  delivered: 'Delivered',
  opened: 'Opened',
  clicked: 'Clicked',
  bounced: 'Bounced',
  complained: 'Marked as spam',
  unsubscribed: 'Unsubscribed',
  converted: 'Conversions',
}

/**
 * One colour and one dash pattern per series: Okabe–Ito colours (told apart with most colour-vision deficiencies),
 * and the dashes tell the lines apart without colour at all.
 */
export const campaignStatStyles: Record<CampaignStatType, { color: string; dash?: string }> = {
  delivered: { color: '#0072B2' },
  opened: { color: '#E69F00', dash: '8 4' },
  clicked: { color: '#009E73', dash: '2 3' },
  bounced: { color: '#D55E00', dash: '10 3 2 3' },
  complained: { color: '#CC79A7', dash: '4 4' },
  unsubscribed: { color: '#56B4E9', dash: '12 6' },
  converted: { color: '#7a5195', dash: '1 5' },
}
