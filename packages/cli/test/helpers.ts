// Shared helpers of the end-to-end tests: run the BUILT binary (dist/bin.js), read its JSON lines.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url))
export const CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url))
export const CORPUS_TXT = join(CORPUS, '*.txt')

if (!existsSync(BIN)) throw new Error(`build the package first: ${BIN} is missing (pnpm build)`)

export const tmp = (): string => mkdtempSync(join(tmpdir(), 'nuqta-cli-test-'))

export interface Result {
  code: number | null
  stdout: string
  stderr: string
}

/** Run `nuqta …` to completion. */
export function nuqta(
  args: string[],
  options: { input?: string | Buffer; cwd?: string } = {},
): Result {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    cwd: options.cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Start `nuqta …` in the background. */
export const start = (args: string[]) =>
  spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })

/** Parse JSON lines. */
export const lines = <T = Record<string, unknown>>(text: string): T[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T)

export const readLines = <T = Record<string, unknown>>(path: string): T[] =>
  lines<T>(readFileSync(path, 'utf8'))
