'use client'

/** Placeholder until the campaign controls land. */
export const CampaignControls = () => null
