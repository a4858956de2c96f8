/** HubSpot: the port the CRM domain syncs through (issue #18). */
export * from './create-hubspot-crm'
export * from './hubspot-error'
export * from './to-hubspot-error'
export * from './myplugin-contact-properties'
