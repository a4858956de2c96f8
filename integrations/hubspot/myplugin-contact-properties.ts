/**
 * The custom contact properties the CRM sync writes (create them in HubSpot → Settings → Properties → Contact, as
 * single-line text, before the first sync): the stand-in knows exactly these, so a property the gate sends without
 * its being listed here fails in the tests as it would at HubSpot.
 */
export const myPluginContactProperties = [
  'myplugin_lead_source',
  'myplugin_profession',
  'myplugin_country',
  'myplugin_webinar_status',
  'myplugin_trial_status',
  'myplugin_form_purpose',
  'myplugin_legal_basis',
  'myplugin_consent_recorded_at',
] as const
