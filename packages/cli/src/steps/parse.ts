/**
 * The parse step: every call into `@nuqta/corpus`'s readers lives here. Files, folders, globs,
 * `.gz` and stdin, in every format the corpus package reads; nuqta records (`"v": 1` lines) are read
 * back as they are, so the commands pipe.
 * @module
 */
import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import {
  CorpusInputError,
  CorpusParseError,
  type Document,
  type Format,
  type ReadOptions,
  readDocuments,
  UnknownFormatError,
} from '@nuqta/corpus'
import { listFiles, readCorpus } from '@nuqta/corpus/node'
import { CliError } from '../errors'
import { GLOB_CHARS } from '../patterns'

/** The formats `--input-format` accepts. */
export const INPUT_FORMATS: Format[] = [
  'text',
  'jsonl',
  'csv',
  'tsv',
  'sgml',
  'html',
  'warc',
  'parquet',
  'arrow',
  'gzip',
]

/** How to read the inputs. */
export interface InputSettings {
  /** Paths, folders, globs; `-` (or nothing) for stdin. */
  inputs: string[]
  format?: Format | undefined
  encoding?: string | undefined
  strict: boolean
  /** Called for a problem that has no document to sit on (a skipped file). */
  onFileWarning: (w: { ruleId: string; reason: string; file: string }) => void
  /** Called with the number of input bytes read so far (compressed bytes for `.gz`). */
  onBytes: (n: number) => void
}

/** The inputs resolved to files, with their total size (for progress and ETA). */
export interface ResolvedInputs {
  files: string[]
  stdin: boolean
  totalBytes: number
  /** Files named directly (not found through a folder or glob): an unknown format fails for them. */
  named: Set<string>
}

/** Resolve the inputs to files; fails with one line naming a missing or unreadable path. */
export async function resolveInputs(inputs: string[]): Promise<ResolvedInputs> {
  const stdin = inputs.length === 0 || inputs.includes('-')
  const paths = inputs.filter((i) => i !== '-')
  let files: string[] = []
  try {
    files = paths.length ? await listFiles(paths) : []
  } catch (e) {
    if (CorpusInputError.isInstance(e)) {
      const subject = paths.find((p) => (e as Error).message.endsWith(p))
      throw new CliError({
        kind: 'input',
        message: `${subject ?? 'input'}: no such file or folder`,
        ...(subject === undefined ? {} : { subject }),
        cause: e,
      })
    }
    throw e
  }
  if (paths.length && files.length === 0)
    throw new CliError({ kind: 'input', message: `${paths.join(' ')}: no files matched` })
  let totalBytes = 0
  for (const f of files) {
    try {
      const fh = await open(f, 'r')
      await fh.close()
      totalBytes += (await stat(f)).size
    } catch (e) {
      throw new CliError({
        kind: 'input',
        message: `${f}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        subject: f,
        cause: e,
      })
    }
  }
  const named = new Set(paths.filter((p) => !GLOB_CHARS.test(p)))
  return { files, stdin, totalBytes, named }
}

/** Turn a corpus error into the command's error (exit codes 4 and 5). */
export function inputError(e: unknown, file: string | undefined): unknown {
  if (UnknownFormatError.isInstance(e))
    return new CliError({
      kind: 'format',
      message: `${file ?? 'stdin'}: unknown format (${e.message.replace(`${file}: `, '')})`,
      ...(file === undefined ? {} : { subject: file }),
      cause: e,
    })
  if (CorpusParseError.isInstance(e)) {
    const where = [
      e.file ?? file ?? 'stdin',
      e.line === undefined ? undefined : `line ${e.line}`,
      e.byteOffset === undefined ? undefined : `byte ${e.byteOffset}`,
    ]
      .filter(Boolean)
      .join(', ')
    return new CliError({
      kind: 'record',
      message: `${where}: ${e.message} (${e.ruleId})`,
      subject: e.file ?? file ?? 'stdin',
      cause: e,
    })
  }
  if (CorpusInputError.isInstance(e))
    return new CliError({ kind: 'usage', message: (e as Error).message, cause: e })
  return e
}

async function* counted(
  source: AsyncIterable<Uint8Array>,
  onChunk: (n: number) => void,
): AsyncGenerator<Uint8Array> {
  for await (const c of source) {
    onChunk(c.length)
    yield c
  }
}

async function isParquet(file: string): Promise<boolean> {
  const fh = await open(file, 'r')
  try {
    const b = Buffer.alloc(4)
    const { bytesRead } = await fh.read(b, 0, 4, 0)
    return bytesRead === 4 && b.toString('latin1') === 'PAR1'
  } finally {
    await fh.close()
  }
}

/**
 * Every document of the inputs, in order: stdin first when it is named (`-`) or when there are no
 * paths, then the files. Parsing only (`clean: false`); the clean step is separate.
 */
export async function* readInputs(
  s: InputSettings,
  resolved: ResolvedInputs,
): AsyncGenerator<Document> {
  const options: ReadOptions = {
    clean: false,
    strict: s.strict,
    ...(s.format === undefined ? {} : { format: s.format }),
    ...(s.encoding === undefined ? {} : { encoding: s.encoding }),
  }
  let bytes = 0
  const add = (n: number) => {
    bytes += n
    s.onBytes(bytes)
  }
  if (resolved.stdin) {
    try {
      yield* readDocuments(counted(process.stdin as AsyncIterable<Uint8Array>, add), options)
    } catch (e) {
      throw inputError(e, undefined)
    }
  }
  for (const file of resolved.files) {
    try {
      if (
        (options.format === undefined || options.format === 'parquet') &&
        (await isParquet(file))
      ) {
        // random access from disk: a large Parquet file is not loaded whole
        yield* readCorpus(file, options)
        add((await stat(file)).size)
        continue
      }
      const stream = createReadStream(file, { highWaterMark: 1 << 16 })
      yield* readDocuments(counted(stream as AsyncIterable<Uint8Array>, add), {
        ...options,
        name: file,
      })
    } catch (e) {
      if (UnknownFormatError.isInstance(e) && !resolved.named.has(file) && !s.strict) {
        s.onFileWarning({ ruleId: 'corpus/unknown-format', reason: e.message, file })
        continue
      }
      throw inputError(e, file)
    }
  }
}
