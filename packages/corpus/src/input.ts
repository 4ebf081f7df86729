/**
 * Inputs of every shape turned into one async stream of byte chunks, with look-ahead and gzip.
 * @module
 */

import type { Message as Warning } from '@nuqta/core'
import * as fflate from 'fflate'
import { CorpusInputError, CorpusParseError } from './errors'

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

/**
 * Limits and reporting for {@link gunzip}.
 * @internal
 */
export interface GunzipOptions {
  /** Most bytes the stream may inflate to; past it a `CorpusParseError` ends the stream. */
  maxBytes: number
  /** Raise a problem: returns the warning, or throws in strict mode. */
  report: (w: Warning) => Warning
  /** Where the warnings raised go, for the reader to attach to the next document. */
  warnings: Warning[]
  file?: string | undefined
}

/** fflate's streaming gunzip (version pinned), with the three fields of its state that say where its
 * input stands: `p` the input not yet decoded, `v` 0 inside a member (else 1 + the bytes to skip
 * before the next header), `r` the bytes pushed. */
interface Gunzip {
  ondata: (data: Uint8Array, final: boolean) => void
  onmember?: (offset: number) => void
  push(chunk: Uint8Array, final?: boolean): void
  p: Uint8Array
  v: number
  r: number
  /** Inflate state: `f` the last block was seen, `l` a block is still open, `p` the bit position. */
  s: { f?: number; l?: unknown; p?: number }
}

/** Index of the next gzip member header (`1f 8b 08`, valid flags) in `b` at or after `from`, or -1. */
function nextMember(b: Uint8Array, from: number): number {
  for (let i = b.indexOf(0x1f, from); i >= 0 && i + 3 < b.length; i = b.indexOf(0x1f, i + 1))
    if (b[i + 1] === 0x8b && b[i + 2] === 0x08 && ((b[i + 3] as number) & 0xe0) === 0) return i
  return -1
}

/**
 * Decompress gzip, including multi-member files (per-record WARC gzip, concatenated `.gz`), the same
 * on every platform. Every member's CRC-32 and length are checked. Nothing decoded is lost when
 * something goes wrong: all the output before a problem is delivered first. Bytes after a complete
 * member that are not a gzip member are a `corpus/gzip-trailing-junk` warning (reading resumes at
 * the next member header, if any); a damaged member is a `corpus/gzip-corrupt` error with its
 * compressed byte offset, and reading resumes at the next member; input that ends inside a member
 * is `corpus/gzip-truncated`; inflating past `maxBytes` throws `corpus/gzip-too-large`.
 * @internal
 */
export async function* gunzip(
  source: AsyncIterable<Uint8Array>,
  options: GunzipOptions,
): AsyncGenerator<Uint8Array> {
  const where = options.file === undefined ? {} : { file: options.file }
  const raise = (
    ruleId: string,
    reason: string,
    byteOffset: number,
    severity: 'warning' | 'error',
  ) =>
    options.warnings.push(
      options.report({ ruleId, reason, source: '@nuqta/corpus', severity, byteOffset, ...where }),
    )
  let out: Uint8Array[] = []
  let total = 0
  /** Compressed offset of the current member, its output CRC and length. */
  let memberStart = 0
  let crc = 0xffffffff
  let length = 0
  /** The input not yet handed to the decoder after a resynchronisation, and its offset. */
  let consumed = 0
  /** The last input bytes, enough to read a member's 8-byte trailer. */
  let recent: Uint8Array = new Uint8Array(0)
  let recentStart = 0
  let gz: Gunzip
  let members = 0
  const checkTrailer = (end: number): void => {
    const at = end - 8 - recentStart
    if (at < 0 || at + 8 > recent.length) return
    const dv = new DataView(recent.buffer, recent.byteOffset + at, 8)
    const ok =
      dv.getUint32(0, true) === (crc ^ 0xffffffff) >>> 0 && dv.getUint32(4, true) === length >>> 0
    if (!ok)
      raise(
        'corpus/gzip-corrupt',
        `gzip member at compressed byte ${memberStart} fails its CRC-32 or length check: its data is altered`,
        memberStart,
        'error',
      )
  }
  const fresh = (): Gunzip => {
    const g = new fflate.Gunzip() as unknown as Gunzip
    g.ondata = (data: Uint8Array) => {
      if (!data.length) return
      out.push(data)
      crc = crc32Update(crc, data)
      length += data.length
    }
    g.onmember = (offset: number) => {
      checkTrailer(consumed + offset)
      members++
      memberStart = consumed + offset
      crc = 0xffffffff
      length = 0
    }
    return g
  }
  gz = fresh()
  /** Push `bytes` (at compressed offset `at`); on a failure, resynchronise at the next member. */
  const push = (bytes: Uint8Array, at: number, final: boolean): void => {
    let piece = bytes
    let offset = at
    for (;;) {
      try {
        gz.push(piece, final)
        return
      } catch (e) {
        // where the decoder stood: a header that does not parse right after a complete member is
        // junk; anything else damages the member being read
        const betweenMembers = gz.v > 0
        const stuck = gz.r - Math.max(0, gz.p.length - (gz.v > 0 ? gz.v - 1 : 0))
        const failedAt = betweenMembers ? consumed + stuck : memberStart
        if (betweenMembers && failedAt > consumed) {
          checkTrailer(failedAt)
          raise(
            'corpus/gzip-trailing-junk',
            `Bytes after the gzip member ending at compressed byte ${failedAt} are not gzip data; skipped`,
            failedAt,
            'warning',
          )
        } else
          raise(
            'corpus/gzip-corrupt',
            `gzip member at compressed byte ${memberStart} is damaged (${(e as Error).message}); its output stops there`,
            memberStart,
            'error',
          )
        // resume at the next member header after the failure
        const rel = Math.max(0, failedAt - offset + (betweenMembers ? 1 : 10))
        const next = nextMember(piece, Math.min(rel, piece.length))
        consumed = next < 0 ? offset + piece.length : offset + next
        memberStart = consumed
        crc = 0xffffffff
        length = 0
        members = 0
        gz = fresh()
        if (next < 0) {
          skipping = true
          return
        }
        piece = piece.subarray(next)
        offset += next
        skipping = false
      }
    }
  }
  let skipping = false
  let at = 0
  const drain = function* (): Generator<Uint8Array> {
    for (const o of out) {
      if (total + o.length > options.maxBytes) {
        const keep = options.maxBytes - total
        if (keep > 0) yield o.subarray(0, keep)
        throw new CorpusParseError({
          message: `gzip data inflates past maxDecompressedBytes (${options.maxBytes} bytes); reading stopped`,
          ruleId: 'corpus/gzip-too-large',
          byteOffset: options.maxBytes,
          file: options.file,
        })
      }
      total += o.length
      yield o
    }
    out = []
  }
  for await (const chunk of source) {
    recent = concat([recent.subarray(Math.max(0, recent.length - 65536)), chunk])
    recentStart = at + chunk.length - recent.length
    if (skipping) {
      const next = nextMember(chunk, 0)
      if (next >= 0) {
        skipping = false
        consumed = at + next
        memberStart = consumed
        push(chunk.subarray(next), at + next, false)
      }
    } else push(chunk, at, false)
    at += chunk.length
    yield* drain()
  }
  if (!skipping && gz.v > 0 && (gz.r > 0 || gz.p.length > 0)) {
    // between members: the trailer of the last one, then maybe a few bytes too short for a header
    const rest = gz.p.length - (gz.v - 1)
    if (rest < 0)
      raise(
        'corpus/gzip-truncated',
        `gzip data ends inside the trailer of the member at compressed byte ${memberStart}`,
        at,
        'error',
      )
    else {
      checkTrailer(at - rest)
      if (rest > 0)
        raise(
          'corpus/gzip-trailing-junk',
          `Bytes after the gzip member ending at compressed byte ${at - rest} are not gzip data; skipped`,
          at - rest,
          'warning',
        )
    }
  } else if (!skipping && (gz.r > 0 || gz.p.length > 0)) {
    let failure: string | undefined
    try {
      gz.push(new Uint8Array(0), true)
    } catch (e) {
      failure = (e as Error).message
    }
    // a member is complete when its last deflate block was read and its 8-byte trailer follows
    const complete = failure === undefined && (gz.s.f ?? 0) > 0 && !gz.s.l
    const partial = ((gz.s.p ?? 0) & 7) > 0 ? 1 : 0
    const trailer = gz.p.length - partial
    if (!complete || trailer < 8)
      raise(
        'corpus/gzip-truncated',
        `gzip data ends inside the member at compressed byte ${memberStart}${failure ? ` (${failure})` : ''}; its output stops there`,
        at,
        'error',
      )
    else {
      const end = at - trailer + 8
      checkTrailer(end)
      if (end < at)
        raise(
          'corpus/gzip-trailing-junk',
          `Bytes after the gzip member ending at compressed byte ${end} are not gzip data; skipped`,
          end,
          'warning',
        )
    }
  }
  yield* drain()
}

let crcTable: Uint32Array | undefined

/** CRC-32 (IEEE) of `bytes`, continued from `crc` (start with `0xffffffff`, end with `^ 0xffffffff`). */
function crc32Update(crc: number, bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c >>> 0
    }
  }
  let c = crc
  for (let i = 0; i < bytes.length; i++)
    c = (crcTable[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8)
  return c >>> 0
}
