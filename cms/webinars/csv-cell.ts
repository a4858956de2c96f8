// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection"); a registrant's name
// or answer is typed by anyone on the public form.
const formulaStart = /^[=+\-@\t\r]/

/**
 * One cell of an exported CSV: a leading apostrophe where a spreadsheet would read a formula, then always quoted
 * (quotes doubled), so separators and line breaks inside a value stay inside it whatever the separator.
 */
export const csvCell = (value: string | number | boolean | null | undefined): string => {
  const text = value === null || value === undefined ? '' : String(value)
  const safe = formulaStart.test(text) ? `'${text}` : text
  return `"${safe.replaceAll('"', '""')}"`
}
