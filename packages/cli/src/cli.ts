/**
 * The command line: which command, which options (Node's `util.parseArgs`), and the run it makes.
 * @module
 */
import { writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { type ParseArgsConfig, parseArgs } from 'node:util'
import type { Format } from '@nuqta/corpus'
import type { ProfileName } from '@nuqta/normalize'
import { CliError, EXIT, usageError } from './errors'
import { groupSignatures } from './group'
import { HELP } from './help'
import { OUTPUT_FORMATS, type OutputFormat } from './output'
import { DECIMAL, POSITIVE_INT, SHARD_SPEC } from './patterns'
import { type RunConfig, runPipeline } from './pipeline'
import type { StepConfig } from './process'
import { DEDUP_DEFAULTS, type DedupSettings } from './steps/dedup'
import { loadEntitiesStep } from './steps/entities'
import { PROFILES } from './steps/normalize'
import { INPUT_FORMATS } from './steps/parse'

const COMMANDS = ['run', 'parse', 'clean', 'normalize', 'entities', 'dedup'] as const
type Command = (typeof COMMANDS)[number]

type Options = NonNullable<ParseArgsConfig['options']>

const COMMON: Options = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  'input-format': { type: 'string' },
  encoding: { type: 'string' },
  report: { type: 'string' },
  workers: { type: 'string' },
  shard: { type: 'string' },
  resume: { type: 'boolean' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'progress-interval': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
}
const NORMALIZE: Options = {
  profile: { type: 'string' },
  'normalize-changes': { type: 'boolean' },
}
const DEDUP: Options = {
  threshold: { type: 'string' },
  'num-perm': { type: 'string' },
  representative: { type: 'string' },
  'min-line-docs': { type: 'string' },
  signatures: { type: 'string' },
}

const OPTIONS: Record<Command, Options> = {
  run: { ...COMMON, ...NORMALIZE, ...DEDUP, 'no-entities': { type: 'boolean' } },
  parse: COMMON,
  clean: COMMON,
  normalize: { ...COMMON, ...NORMALIZE },
  entities: COMMON,
  dedup: { ...COMMON, ...DEDUP, group: { type: 'string' } },
}

type Values = Record<string, string | boolean | undefined>

function int(values: Values, name: string, fallback: number, min = 1): number {
  const v = values[name]
  if (v === undefined) return fallback
  if (typeof v !== 'string' || !(v === '0' ? min === 0 : POSITIVE_INT.test(v)))
    throw usageError(
      `--${name}: expected ${min === 0 ? 'a whole number ≥ 0' : 'a positive whole number'}, got "${v}"`,
      `--${name}`,
    )
  return Number(v)
}

function oneOf<T extends string>(
  values: Values,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = values[name]
  if (v === undefined) return fallback
  if (!allowed.includes(v as T))
    throw usageError(
      `--${name}: expected one of ${allowed.join(', ')}, got "${String(v)}"`,
      `--${name}`,
    )
  return v as T
}

function dedupSettings(values: Values): DedupSettings {
  const t = values.threshold
  let threshold = DEDUP_DEFAULTS.threshold
  if (t !== undefined) {
    threshold = Number(t)
    if (typeof t !== 'string' || !DECIMAL.test(t) || !(threshold > 0 && threshold <= 1))
      throw usageError(
        `--threshold: expected a number in (0, 1], got "${String(t)}"`,
        '--threshold',
      )
  }
  return {
    ...DEDUP_DEFAULTS,
    threshold,
    numPerm: int(values, 'num-perm', DEDUP_DEFAULTS.numPerm),
    representative: oneOf(values, 'representative', ['longest', 'earliest'], 'longest'),
    minLineDocs: int(values, 'min-line-docs', DEDUP_DEFAULTS.minLineDocs),
  }
}

function shardOf(values: Values): RunConfig['shard'] {
  const v = values.shard
  if (v === undefined) return undefined
  const m = SHARD_SPEC.exec(String(v))
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || count < 1 || index >= count)
    throw usageError(
      `--shard: expected i/n with 0 ≤ i < n (like 0/4), got "${String(v)}"`,
      '--shard',
    )
  return { index, count }
}

/** Run the command line; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    process.stdout.write(`${HELP.main}\n`)
    return first === undefined ? EXIT.usage : EXIT.ok
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write('nuqta (@nuqta/cli) 0.0.0\n')
    return EXIT.ok
  }
  if (!(COMMANDS as readonly string[]).includes(first))
    throw usageError(
      `unknown command "${first}"; use one of ${COMMANDS.join(', ')} (nuqta --help)`,
      first,
    )
  const command = first as Command
  let parsed: { values: Values; positionals: string[] }
  try {
    parsed = parseArgs({
      args: rest,
      options: OPTIONS[command],
      allowPositionals: true,
      strict: true,
    }) as typeof parsed
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0] ?? ''
    throw usageError(
      `${command}: ${msg.split('. To specify a positional argument')[0]} (nuqta ${command} --help)`,
    )
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${HELP[command]}\n`)
    return EXIT.ok
  }
  const format = oneOf<OutputFormat>(values, 'format', OUTPUT_FORMATS, 'jsonl')
  const output = values.output as string | undefined
  if (command === 'dedup' && values.group !== undefined) {
    const dir = String(values.group)
    const rule =
      values.representative === undefined
        ? undefined
        : oneOf(values, 'representative', ['longest', 'earliest'] as const, 'longest')
    const { documents } = await groupSignatures(
      dir,
      rule === undefined ? {} : { representative: rule },
    )
    const lines = documents.map((d) => JSON.stringify(d)).join('\n')
    if (output) writeFileSync(output, lines ? `${lines}\n` : '')
    else process.stdout.write(lines ? `${lines}\n` : '')
    if (!values.quiet) {
      const clusters = new Set(documents.map((d) => d.clusterSeq)).size
      process.stderr.write(
        `nuqta dedup --group: ${clusters} clusters, ${documents.length - clusters} duplicates\n`,
      )
    }
    return EXIT.ok
  }
  if (positionals.length === 0 && process.stdin.isTTY)
    throw usageError(
      `${command}: no input; name files, folders or globs, or pipe into stdin (nuqta ${command} --help)`,
    )
  const inputFormat =
    values['input-format'] === undefined
      ? undefined
      : oneOf<Format>(values, 'input-format', INPUT_FORMATS, 'text')
  const profile =
    'profile' in OPTIONS[command]
      ? oneOf<ProfileName>(values, 'profile', PROFILES, 'search')
      : undefined
  const wantEntities = command === 'entities' || (command === 'run' && !values['no-entities'])
  const stepStatus: RunConfig['stepStatus'] = { parse: 'done' }
  const stepNotes: string[] = []
  let entities = false
  if (wantEntities) {
    const step = await loadEntitiesStep()
    if (step.status.available) entities = true
    else if (command === 'entities')
      throw new CliError({
        kind: 'unavailable',
        message: `entities: ${step.status.reason}; install it (npm install @nuqta/entities)`,
        subject: '@nuqta/entities',
      })
    else {
      stepNotes.push(
        `entities step unavailable: ${step.status.reason} (use --no-entities to silence)`,
      )
      if (!values.quiet)
        process.stderr.write(
          `nuqta: entities step unavailable: ${step.status.reason}; going on without it\n`,
        )
    }
  }
  const dedup = command === 'dedup' || command === 'run' ? dedupSettings(values) : undefined
  const steps: StepConfig = {
    clean: command === 'run' || command === 'clean',
    normalize: command === 'run' || command === 'normalize' ? profile : undefined,
    normalizeChanges: Boolean(values['normalize-changes']),
    entities,
    dedup,
  }
  stepStatus.clean = steps.clean ? 'done' : 'off'
  stepStatus.normalize = steps.normalize ? 'done' : 'off'
  stepStatus.entities = entities ? 'done' : wantEntities ? 'unavailable' : 'off'
  stepStatus.dedup = dedup ? 'done' : 'off'
  if (values.signatures !== undefined && !dedup)
    throw usageError('--signatures needs the dedup step', '--signatures')
  const shard = shardOf(values)
  const cpu = availableParallelism()
  const workers = int(
    values,
    'workers',
    steps.clean || steps.normalize || entities || dedup ? cpu : 0,
    0,
  )
  const interval = int(values, 'progress-interval', 5)
  const input = {
    inputs: positionals,
    format: inputFormat,
    encoding: values.encoding as string | undefined,
    strict: Boolean(values.strict),
  }
  const cfg: RunConfig = {
    command,
    input,
    steps,
    stepStatus,
    stepNotes,
    output,
    format,
    report: values.report as string | undefined,
    workers,
    shard,
    resume: Boolean(values.resume),
    signatures: values.signatures as string | undefined,
    quiet: Boolean(values.quiet),
    progressInterval: interval,
    // everything that changes the output, not how fast or how loud it runs
    fingerprintOf: JSON.stringify({
      command,
      input,
      steps,
      format,
      shard,
      signatures: values.signatures ?? null,
    }),
  }
  return runPipeline(cfg)
}
