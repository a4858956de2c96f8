import fs from 'node:fs'
import path from 'node:path'

export type DataFolderScan = {
  /** Files read (the SQLite database, its -wal and -shm, uploads…), relative to the folder, with their sizes. */
  files: { file: string; bytes: number }[]
  /** Each needle found, with the files it was found in (exact case: ciphertext is base64, where a short word in any case turns up by chance). */
  found: Map<string, string[]>
  /**
   * Each place an address at `domain` occurs that is not one of `allowed` (SQLite packs a row's values side by side,
   * so an address is found by its domain, not by a pattern that would run into its neighbours), with some context.
   */
  strays: string[]
}

/**
 * Reads every file of a data folder as raw bytes (what a stolen disk or backup holds: the database, its write-ahead
 * log, uploads) and looks for the given strings and for any address at the given domain but the allowed ones. Text is looked for
 * as UTF-8 and as UTF-16LE (SQLite may store either); needles match exactly, addresses in any case.
 */
export const scanDataFolder = ({ dataDir, needles, domain, allowed }: { dataDir: string; needles: string[]; domain: string; allowed: string[] }): DataFolderScan => {
  const files: DataFolderScan['files'] = []
  const found = new Map<string, string[]>()
  const strays: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) {
        const bytes = fs.readFileSync(full)
        const relative = path.relative(dataDir, full)
        files.push({ file: relative, bytes: bytes.length })
        const texts = [bytes.toString('latin1'), bytes.toString('utf16le')]
        for (const needle of needles) {
          if (texts.some((t) => t.includes(needle))) found.set(needle, [...(found.get(needle) ?? []), relative])
        }
        for (const text of texts) {
          let rest = text.toLowerCase()
          for (const address of allowed) rest = rest.split(address.toLowerCase()).join('')
          for (let at = rest.indexOf(`@${domain}`); at !== -1; at = rest.indexOf(`@${domain}`, at + 1)) strays.push(`${relative}: …${rest.slice(Math.max(0, at - 40), at + 20)}…`)
        }
      }
    }
  }
  walk(dataDir)
  return { files, found, strays }
}
