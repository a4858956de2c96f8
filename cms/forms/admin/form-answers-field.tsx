'use client'
import { useField } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'

/**
 * A form answer's answers or free text (or a draw's ids), read-only, one "name: value" per line. Payload's own JSON field would load
 * its code editor (Monaco) from cdn.jsdelivr.net: a request from the admin to a third party, and nothing shown
 * when that is blocked.
 */
export const FormAnswersField: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ potentiallyStalePath: path ?? field.name })
  // A list (a draw's entry ids) shows as one line; an object (answers) as one line per name.
  const entries = Array.isArray(value) ? (value.length > 0 ? [['', value.map(String).join(', ')] as const] : []) : value && typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : []
  const label = typeof field.label === 'string' ? field.label : field.name
  const description = typeof field.admin?.description === 'string' ? field.admin.description : undefined
  return (
    <div className="field-type" id={`field-${field.name}`} role="group" aria-label={label} style={{ marginBottom: 24 }}>
      <div className="field-label">{label}</div>
      {entries.length === 0 ? (
        <p style={{ margin: 0 }}>—</p>
      ) : (
        <dl style={{ margin: 0 }}>
          {entries.map(([name, answer]) => (
            <div key={name}>
              {name ? <dt style={{ fontWeight: 600, display: 'inline' }}>{name}: </dt> : null}
              <dd style={{ display: 'inline', margin: 0, whiteSpace: 'pre-wrap' }}>{typeof answer === 'string' ? answer : JSON.stringify(answer)}</dd>
            </div>
          ))}
        </dl>
      )}
      {description ? <div className="field-description">{description}</div> : null}
    </div>
  )
}
