/**
 * One field of a form as the marketer built it (a block of the form's `fields`), reduced to what validation needs.
 * Labels are the visitor's language; `name` is the key the form posts and the key the answer is stored under.
 * Optional settings may be `null`: that is how Payload hands back a block setting nobody filled in.
 */
export type FormField =
  | { blockType: 'text' | 'textarea'; name: string; label: string; required?: boolean | null; maxLength?: number | null }
  | { blockType: 'email' | 'phone'; name: string; label: string; required?: boolean | null }
  | { blockType: 'select' | 'radio'; name: string; label: string; required?: boolean | null; options: { label: string; value: string }[] }
  | { blockType: 'checkbox'; name: string; label: string; required?: boolean | null }
  | { blockType: 'number'; name: string; label: string; required?: boolean | null; min?: number | null; max?: number | null }
  // ISO dates (YYYY-MM-DD): a date field carries no time and no zone, so plain strings compare correctly.
  | { blockType: 'date'; name: string; label: string; required?: boolean | null; min?: string | null; max?: string | null }

export type FreeTextField = Extract<FormField, { blockType: 'text' | 'textarea' }>

/**
 * Whether a field lets a visitor type anything at all. Those are the fields where a therapist might write about a
 * client, so the health-data guard (publish check, encryption, retention, screening, purge) concerns only them.
 */
export const isFreeText = (field: FormField): field is FreeTextField => field.blockType === 'text' || field.blockType === 'textarea'
