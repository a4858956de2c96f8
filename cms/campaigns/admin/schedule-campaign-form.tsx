'use client'
import { Button } from '@payloadcms/ui'
import type React from 'react'
import { useEffect, useId, useRef, useState } from 'react'

import { parseScheduleInput, toLocalInputValue } from './schedule-time'

/**
 * "Schedule…": a date-time in the marketer's own time zone, refused at once when it has passed. Not a <form>: it
 * sits inside the document's form, so Enter is caught here instead of saving the document.
 */
export const ScheduleCampaignForm = ({
  busy,
  disabled,
  onSchedule,
}: {
  busy: boolean
  disabled: boolean
  onSchedule: (args: { at: string }) => Promise<boolean>
}): React.ReactElement => {
  const [open, setOpen] = useState(false)
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<string | undefined>()
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const panelId = useId()
  const problemId = useId()
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone

  useEffect(() => {
    if (open) input.current?.focus()
  }, [open])

  const submit = async () => {
    const parsed = parseScheduleInput({ value })
    if (!parsed.ok) {
      setProblem(parsed.error)
      input.current?.focus()
      return
    }
    setProblem(undefined)
    if (await onSchedule({ at: parsed.at })) setOpen(false)
  }

  return (
    <div>
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={busy || disabled}
        extraButtonProps={{ 'aria-expanded': open, 'aria-controls': panelId }}
        onClick={() => setOpen((was) => !was)}
      >
        Schedule…
      </Button>
      <div id={panelId} hidden={!open} style={{ marginTop: 8, display: open ? 'flex' : 'none', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <div style={{ display: 'grid', gap: 4 }}>
          <label htmlFor={inputId}>Send at ({timeZone})</label>
          <input
            ref={input}
            id={inputId}
            type="datetime-local"
            value={value}
            min={toLocalInputValue(new Date())}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => {
              setValue(e.target.value)
              setProblem(undefined)
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return
              e.preventDefault()
              void submit()
            }}
            style={{ padding: '6px 8px' }}
          />
        </div>
        <Button buttonStyle="primary" size="small" disabled={busy || disabled} onClick={() => void submit()}>
          Schedule
        </Button>
        {problem ? (
          <p id={problemId} role="alert" style={{ margin: 0, color: 'var(--theme-error-500)', flexBasis: '100%' }}>
            {problem}
          </p>
        ) : null}
      </div>
    </div>
  )
}
