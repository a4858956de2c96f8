import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

type Throughput = { encrypted: boolean; people: number; signUpsPerSecond: number; campaignRecipientsPerSecond: number }

const file = 'tests/bench/personal-data-throughput.ts'
/** What the baseline checkout gets from this one: the bench and the boot helper it uses. */
const copied = [file, 'tests/bench/boot-bench-cms.ts']
const root = path.resolve(import.meta.dirname, '..', '..')

/** One run of the throughput bench in `cwd` (this checkout or the baseline's): its JSON line, or undefined. */
const runOnce = ({ cwd }: { cwd: string }): Throughput | undefined => {
  const run = spawnSync(path.join(root, 'node_modules', '.bin', 'node'), ['--import', 'tsx', file], { cwd, env: process.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  const last = run.stdout.trim().split('\n').at(-1)
  return run.status === 0 && last ? (JSON.parse(last) as Throughput) : undefined
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN

/**
 * Sign-up and campaign throughput here and, with a baseline ref, in a temporary checkout of that commit (sharing this
 * node_modules, running this same bench file), three runs each, alternating so that the machine's mood hits both
 * alike; medians and their ratio. Returns false when a run failed.
 */
export const compareThroughput = ({ baselineRef, say }: { baselineRef: string | undefined; say: (line: string) => void }): boolean => {
  let baseline: string | undefined
  if (baselineRef) {
    baseline = fs.mkdtempSync(path.join(os.tmpdir(), 'myplugin-bench-baseline-'))
    const added = spawnSync('git', ['worktree', 'add', '--detach', baseline, baselineRef], { cwd: root, encoding: 'utf8' })
    if (added.status !== 0) {
      say(`✖ BENCH_BASELINE_REF=${baselineRef}: git worktree add failed: ${added.stderr.trim()}`)
      return false
    }
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(baseline, 'node_modules'))
    for (const f of copied) fs.copyFileSync(path.join(root, f), path.join(baseline, f))
  }
  try {
    const here: Throughput[] = []
    const there: Throughput[] = []
    for (let round = 0; round < (baseline ? 3 : 1); round++) {
      if (baseline) {
        const b = runOnce({ cwd: baseline })
        if (!b) return false
        there.push(b)
      }
      const h = runOnce({ cwd: root })
      if (!h) return false
      here.push(h)
    }
    const signUps = median(here.map((t) => t.signUpsPerSecond))
    const sends = median(here.map((t) => t.campaignRecipientsPerSecond))
    say(`throughput, personal data encrypted: ${signUps.toFixed(1)} sign-ups/s, ${sends.toFixed(0)} campaign recipients/s (${here[0]?.people} people)`)
    if (baseline) {
      const baseSignUps = median(there.map((t) => t.signUpsPerSecond))
      const baseSends = median(there.map((t) => t.campaignRecipientsPerSecond))
      say(`throughput at ${baselineRef} (${there[0]?.encrypted ? 'encrypted' : 'in clear'}): ${baseSignUps.toFixed(1)} sign-ups/s, ${baseSends.toFixed(0)} campaign recipients/s`)
      say(`ratio encrypted/baseline (medians of 3): sign-ups ${(signUps / baseSignUps).toFixed(2)}x, campaign send ${(sends / baseSends).toFixed(2)}x (target ≥ 0.90x)`)
    }
    return true
  } finally {
    if (baseline) spawnSync('git', ['worktree', 'remove', '--force', baseline], { cwd: root })
  }
}
