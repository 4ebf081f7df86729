import type { Engine } from './compile'
import { engineFor, runEngine } from './engine-cache'
import { describeType, NormalizeTypeError } from './errors'
import type { NormalizeOptions, ProfileName } from './types'

/** Above this many buffered code units without a newline, cut between words instead. */
const MAX_BUFFER = 1 << 16

function plainLetter(E: Engine, c: number): boolean {
  const letter =
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a)
  return letter && E.kind[c] !== 1
}

/**
 * Where the buffered text can be cut so that normalizing the two parts separately gives the same
 * result as normalizing them together: after the last newline (no rule looks across a newline), or
 * failing that, for a very long line, between a letter and a space followed by a letter.
 */
function cutPoint(E: Engine, buf: string, from: number, maxBuffer: number): number {
  for (let p = buf.length - 1; p >= from; p--) if (buf.charCodeAt(p) === 0x0a) return p + 1
  if (buf.length < maxBuffer) return -1
  for (let p = buf.length - 1; p >= Math.max(2, from - 2); p--) {
    if (
      buf.charCodeAt(p - 1) === 0x20 &&
      plainLetter(E, buf.charCodeAt(p)) &&
      plainLetter(E, buf.charCodeAt(p - 2))
    ) {
      return p
    }
  }
  return -1
}

/** A chunked normalizer: feed strings, get back the normalized text of the parts that are ready. */
export class Chunker {
  readonly #e: Engine
  readonly #max: number
  #buf = ''
  /** `maxBuffer` (tests only) lowers the long-line threshold. */
  constructor(options: NormalizeOptions | ProfileName | undefined, maxBuffer = MAX_BUFFER) {
    this.#e = engineFor(options)
    this.#max = maxBuffer
  }
  push(chunk: unknown): string {
    if (typeof chunk !== 'string')
      throw new NormalizeTypeError({
        argument: 'chunk',
        message: `expected a string, got ${describeType(chunk)}`,
      })
    const from = this.#buf.length
    this.#buf += chunk
    const max = this.#max
    const cut =
      this.#buf.length >= max && from < max
        ? cutPoint(this.#e, this.#buf, 0, max)
        : cutPoint(this.#e, this.#buf, from, max)
    if (cut <= 0) return ''
    const head = this.#buf.slice(0, cut)
    this.#buf = this.#buf.slice(cut)
    return runEngine(this.#e, head, false, false).text
  }
  flush(): string {
    const rest = this.#buf
    this.#buf = ''
    return rest.length > 0 ? runEngine(this.#e, rest, false, false).text : ''
  }
}

/**
 * Normalizes text that arrives in chunks. Joining what it yields gives exactly
 * `normalize(chunks.join(''), options)`; a chunk may end anywhere, even inside a word.
 *
 * @param chunks - strings, sync or async
 * @param options - a profile name or an options object (default: the `display` profile)
 * @returns an async generator of normalized pieces (cut after newlines, or between words on very long lines)
 * @throws {@link NormalizeTypeError} when a chunk is not a string
 *
 * @example
 * ```ts
 * let out = ''
 * for await (const piece of normalizeChunks(['حدودها ', '، بينما\n'], 'display')) out += piece
 * out // 'حدودها، بينما\n'
 * ```
 */
export async function* normalizeChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  options?: NormalizeOptions | ProfileName,
): AsyncGenerator<string, void, undefined> {
  if (
    chunks === null ||
    typeof chunks !== 'object' ||
    !(Symbol.asyncIterator in chunks || Symbol.iterator in chunks)
  ) {
    throw new NormalizeTypeError({
      argument: 'chunks',
      message: `expected an iterable or async iterable of strings, got ${describeType(chunks)}`,
    })
  }
  const c = new Chunker(options)
  for await (const chunk of chunks) {
    const out = c.push(chunk)
    if (out.length > 0) yield out
  }
  const last = c.flush()
  if (last.length > 0) yield last
}

/**
 * A Web `TransformStream` that normalizes a stream of strings. The concatenated output is exactly
 * `normalize(wholeInput, options)`.
 *
 * @param options - a profile name or an options object (default: the `display` profile)
 * @returns a TransformStream from strings to normalized strings
 * @throws {@link NormalizeTypeError} (as a stream error) when a chunk is not a string
 *
 * @example
 * ```ts
 * const res = await fetch(url)
 * const text = res.body!
 *   .pipeThrough(new TextDecoderStream())
 *   .pipeThrough(normalizeStream('search'))
 * ```
 */
export function normalizeStream(
  options?: NormalizeOptions | ProfileName,
): TransformStream<string, string> {
  const c = new Chunker(options)
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      const out = c.push(chunk)
      if (out.length > 0) controller.enqueue(out)
    },
    flush(controller) {
      const out = c.flush()
      if (out.length > 0) controller.enqueue(out)
    },
  })
}
