/**
 * Inputs of every shape turned into one async stream of byte chunks, with look-ahead and gzip.
 * @module
 */
import { CorpusInputError } from './errors'

/**
 * Anything `readDocuments` accepts: bytes, a Blob, a Web ReadableStream, an (async) iterable of byte
 * chunks, or a string (already-decoded text).
 * @example
 * ```ts
 * const input: CorpusInput = new TextEncoder().encode('{"text":"hi"}\n')
 * ```
 */
export type CorpusInput =
  | Uint8Array
  | ArrayBuffer
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>
  | Iterable<Uint8Array>
  | string

/** Split large arrays into chunks so that downstream stages stay bounded. */
const CHUNK = 1 << 16

function* sliceChunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK)
}

async function* fromReadable(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      if (value?.length) yield* sliceChunks(toU8(value))
    }
  } finally {
    reader.releaseLock()
  }
}

function toU8(v: unknown): Uint8Array {
  if (v instanceof Uint8Array) return v
  if (v instanceof ArrayBuffer) return new Uint8Array(v)
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength)
  if (typeof v === 'string') return new TextEncoder().encode(v)
  throw new CorpusInputError({ message: `Expected byte chunks, got ${typeof v}` })
}

/**
 * Turn any supported input into an async iterable of byte chunks. Strings are encoded as UTF-8.
 * @internal
 */
export async function* toChunks(input: CorpusInput): AsyncGenerator<Uint8Array> {
  if (typeof input === 'string') {
    yield* sliceChunks(new TextEncoder().encode(input))
  } else if (input instanceof Uint8Array) {
    yield* sliceChunks(input)
  } else if (input instanceof ArrayBuffer) {
    yield* sliceChunks(new Uint8Array(input))
  } else if (ArrayBuffer.isView(input)) {
    yield* sliceChunks(toU8(input))
  } else if (typeof Blob !== 'undefined' && input instanceof Blob) {
    yield* fromReadable(input.stream() as ReadableStream<Uint8Array>)
  } else if (typeof ReadableStream !== 'undefined' && input instanceof ReadableStream) {
    yield* fromReadable(input)
  } else if (input && typeof input === 'object' && Symbol.asyncIterator in input) {
    for await (const c of input as AsyncIterable<Uint8Array>)
      if (c.length) yield* sliceChunks(toU8(c))
  } else if (input && typeof input === 'object' && Symbol.iterator in input) {
    for (const c of input as Iterable<Uint8Array>) if (c.length) yield* sliceChunks(toU8(c))
  } else {
    throw new CorpusInputError({
      message: `Unsupported input (${input === null ? 'null' : typeof input}): pass bytes, a Blob, a ReadableStream, an iterable of Uint8Array or a string`,
    })
  }
}

/**
 * A byte stream with look-ahead: `peek(n)` buffers at least `n` bytes (or all there is) without
 * consuming them.
 * @internal
 */
export class PeekableBytes {
  private readonly it: AsyncIterator<Uint8Array>
  private buffered: Uint8Array[] = []
  private bufferedLength = 0
  private done = false

  constructor(source: AsyncIterable<Uint8Array>) {
    this.it = source[Symbol.asyncIterator]()
  }

  /** At least `n` bytes from the current position (fewer at end of input). */
  async peek(n: number): Promise<Uint8Array> {
    while (this.bufferedLength < n && !this.done) {
      const r = await this.it.next()
      if (r.done) this.done = true
      else {
        this.buffered.push(r.value)
        this.bufferedLength += r.value.length
      }
    }
    if (this.buffered.length > 1) this.buffered = [concat(this.buffered, this.bufferedLength)]
    return this.buffered[0] ?? new Uint8Array(0)
  }

  /** The remaining stream, buffered bytes first. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    const first = this.buffered
    this.buffered = []
    this.bufferedLength = 0
    yield* first
    if (this.done) return
    for (;;) {
      const r = await this.it.next()
      if (r.done) return
      yield r.value
    }
  }
}

/**
 * Concatenate byte arrays.
 * @internal
 */
export function concat(parts: Uint8Array[], total?: number): Uint8Array {
  const n = total ?? parts.reduce((s, p) => s + p.length, 0)
  if (parts.length === 1 && (parts[0] as Uint8Array).length === n) return parts[0] as Uint8Array
  const out = new Uint8Array(n)
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

/**
 * Read a whole stream into one array (Parquet and Arrow need random access).
 * @internal
 */
export async function collect(source: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  let n = 0
  for await (const c of source) {
    parts.push(c)
    n += c.length
  }
  return concat(parts, n)
}

/**
 * True for the gzip magic number.
 * @internal
 */
export const isGzip = (b: Uint8Array): boolean => b[0] === 0x1f && b[1] === 0x8b && b[2] === 0x08

let multiMemberSupport: Promise<boolean> | undefined

/** Whether the platform's DecompressionStream reads concatenated gzip members (Node does, Chromium does not). */
function platformReadsMembers(): Promise<boolean> {
  multiMemberSupport ??= (async () => {
    try {
      // Two gzip members, "a" and "b", made with level 0 compression.
      const member = (ch: number) =>
        Uint8Array.of(
          0x1f,
          0x8b,
          0x08,
          0,
          0,
          0,
          0,
          0,
          0,
          0xff,
          0x01,
          0x01,
          0x00,
          0xfe,
          0xff,
          ch,
          ...crcBytes(ch),
          0x01,
          0,
          0,
          0,
        )
      const out = await collect(gunzipWhole(toChunks([member(0x61), member(0x62)])))
      return out.length === 2
    } catch {
      return false
    }
  })()
  return multiMemberSupport
}

/** CRC-32 of a single byte, little-endian. */
function crcBytes(byte: number): number[] {
  let c = 0xffffffff ^ byte
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  c = (c ^ 0xffffffff) >>> 0
  return [c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff]
}

/** The platform's streaming gunzip over the whole input. */
async function* gunzipWhole(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const ds = new DecompressionStream('gzip')
  const writer = ds.writable.getWriter()
  const pump = (async () => {
    try {
      for await (const c of source) await writer.write(c as Uint8Array<ArrayBuffer>)
      await writer.close()
    } catch (e) {
      await writer.abort(e).catch(() => undefined)
    }
  })()
  yield* fromReadable(ds.readable as ReadableStream<Uint8Array>)
  await pump
}

/**
 * Gunzip member by member, for platforms whose DecompressionStream stops after the first member.
 * Candidate member starts are found by their header and confirmed by the previous member decoding
 * cleanly up to there; memory is bounded by the largest member.
 * @internal
 */
export async function* gunzipMembers(
  source: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  let buf: Uint8Array = new Uint8Array(0)
  let scanFrom = 10
  let ended = false
  const it = source[Symbol.asyncIterator]()
  for (;;) {
    let cut = -1
    for (let i = scanFrom; i + 10 <= buf.length; i++) {
      if (
        buf[i] === 0x1f &&
        buf[i + 1] === 0x8b &&
        buf[i + 2] === 0x08 &&
        ((buf[i + 3] as number) & 0xe0) === 0
      ) {
        const out = await tryGunzip(buf.subarray(0, i))
        if (out) {
          yield out
          buf = buf.slice(i)
          i = 9
          scanFrom = 10
          continue
        }
      }
      cut = i
    }
    if (cut >= 0) scanFrom = cut + 1
    if (ended) break
    const r = await it.next()
    if (r.done) ended = true
    else buf = concat([buf, r.value])
  }
  if (buf.length) yield* gunzipWhole(toChunks(buf))
}

async function tryGunzip(member: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    return await collect(gunzipWhole(toChunks(member)))
  } catch {
    return undefined
  }
}

/**
 * Decompress gzip, including multi-member files (per-record WARC gzip, concatenated `.gz`).
 * @internal
 */
export async function* gunzip(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (await platformReadsMembers()) yield* gunzipWhole(source)
  else yield* gunzipMembers(source)
}
