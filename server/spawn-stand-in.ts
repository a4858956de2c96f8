import { spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type StandInChild<T> = { ready: T; pid: number; stop: () => Promise<void> }

/**
 * Runs a service's stand-in (`entry`, relative to the repository) as a child process and resolves with the first
 * line it prints once it listens, parsed by `parse` (checked, as any answer from another process). It gets only its
 * own settings (`env`), never this process's environment (database, keys): it plays another service. Its stdin is a
 * pipe it watches: when this process ends in any way, even by SIGKILL, the pipe closes and the child exits; a normal
 * exit here also kills it at once.
 */
export const spawnStandIn = async <T>({ name, entry, env, parse, timeoutMs = 20_000 }: { name: string; entry: string; env: Record<string, string>; parse: (line: unknown) => T; timeoutMs?: number }): Promise<StandInChild<T>> => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(rootDir, entry)], {
    cwd: rootDir,
    env: { NODE_ENV: process.env.NODE_ENV, PATH: process.env.PATH, ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}), ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const lines = readline.createInterface({ input: child.stdout })
  let first: string
  try {
    first = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the ${name} stand-in did not listen within ${timeoutMs} ms`)), timeoutMs)
      lines.once('line', (line) => {
        clearTimeout(timer)
        resolve(line)
      })
      child.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`the ${name} stand-in exited (${code}) before listening`))
      })
      child.once('error', reject)
    })
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  lines.close()
  // Nothing more is read, but the pipe is drained so the child never blocks on a full one.
  child.stdout.resume()
  return {
    ready: parse(JSON.parse(first)),
    pid: child.pid ?? 0,
    stop: async () => {
      process.off('exit', killOnExit)
      if (child.exitCode !== null || child.signalCode !== null) return
      child.stdin.end()
      const late = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(late)
    },
  }
}
