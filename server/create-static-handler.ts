import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

import send from 'send'

/**
 * Serves Astro's client build (hashed assets under /_astro/ and files from site/public). The file list is read once
 * at start: a request for anything else falls through to the page renderer without touching the disk.
 */
export const createStaticHandler = ({ root }: { root: string }) => {
  const files = new Set<string>()
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else files.add(`/${path.relative(root, full).split(path.sep).join('/')}`)
    }
  }
  walk(root)
  return {
    has: (pathname: string) => files.has(pathname),
    serve: (req: IncomingMessage, res: ServerResponse, pathname: string) => {
      const hashed = pathname.startsWith('/_astro/')
      send(req, pathname, {
        root,
        index: false,
        dotfiles: 'deny',
        // Hashed names change with their content, so they can be cached forever.
        immutable: hashed,
        maxAge: hashed ? '365d' : '1h',
      })
        .on('error', (err: { status?: number }) => {
          res.statusCode = err.status ?? 500
          res.end()
        })
        .pipe(res)
    },
  }
}
