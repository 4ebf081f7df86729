/**
 * The work folder of a run (`<output>.nuqta-work/`): the records written so far, the texts and
 * signatures dedup needs, and `state.json`, the note of where a run stopped that `--resume` reads.
 * @module
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CliError } from './errors'
import type { Counters } from './report'

/** What `state.json` holds. */
export interface RunState {
  v: 1
  /** Hash of the command, inputs and every option that changes the output. */
  fingerprint: string
  /** Records written to `records.jsonl`. */
  records: number
  /** Exact byte sizes of the work files at that point (longer files are cut back on resume). */
  sizes: { records: number; lines: number; sketches: number }
  /** The input position (`seq`) to continue from. */
  nextSeq: number
  /** Where it stopped, for people: the last input file and record. */
  at: string
  counters: Counters
  /** True once the run finished (then the folder is removed). */
  complete: boolean
  signal: string | null
}

/** Paths inside a work folder. */
export const workFiles = (dir: string) => ({
  records: join(dir, 'records.jsonl'),
  lines: join(dir, 'lines.jsonl'),
  sketches: join(dir, 'sketches.bin'),
  state: join(dir, 'state.json'),
})

/** The work folder of an output file. */
export const workDirOf = (output: string): string => `${output}.nuqta-work`

/** Read the state of an interrupted run, or fail with the resume exit code. */
export function readState(dir: string, fingerprint: string): RunState {
  const f = workFiles(dir).state
  if (!existsSync(f))
    throw new CliError({
      kind: 'resume',
      message: `${dir}: no interrupted run to resume (no state.json)`,
      subject: dir,
    })
  const s = JSON.parse(readFileSync(f, 'utf8')) as RunState
  if (s.fingerprint !== fingerprint)
    throw new CliError({
      kind: 'resume',
      message: `${dir}: the interrupted run had other inputs or options; rerun without --resume to start over`,
      subject: dir,
    })
  return s
}

/** Write the state atomically (write then rename). */
export function writeState(dir: string, s: RunState): void {
  const f = workFiles(dir).state
  writeFileSync(`${f}.tmp`, JSON.stringify(s))
  renameSync(`${f}.tmp`, f)
}

/** Make an empty work folder. */
export function freshWorkDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
}

/** FNV-1a 32-bit hash of a string (shards, fingerprints). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
