import type { Block } from 'payload'

/** Upcoming webinars, soonest first (the empty-state text when none is planned). */
export const WebinarListBlock: Block = {
  slug: 'webinarList',
  interfaceName: 'WebinarListBlock',
  fields: [
    { name: 'heading', type: 'text', localized: true },
    { name: 'limit', type: 'number', min: 1, max: 24, defaultValue: 3 },
    { name: 'emptyText', type: 'text', localized: true, admin: { description: 'Shown when no webinar is planned.' } },
  ],
}
