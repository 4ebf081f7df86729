/**
 * Decoded text flowing from a byte stream, with byte-offset bookkeeping and decoder warnings.
 * @module
 */
import { decodeSingleByte } from './codepages'
import { byteLength, firstInvalidUtf8, StreamDecoder } from './encoding'
import type { EncodingName, Warning } from './types'

/**
 * A decoded text stream: iterate it for text chunks; ask it for byte lengths and for the decoder's
 * warnings up to a byte position.
 * @internal
 */
export class TextSource {
  readonly encoding: EncodingName
  readonly startByte: number
  private readonly decoder: StreamDecoder
  private readonly bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>
  private readonly file: string | undefined
  private lineDecoder: TextDecoder | undefined

  constructor(
    bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    encoding: EncodingName,
    startByte: number,
    file?: string,
  ) {
    this.bytes = bytes
    this.encoding = encoding
    this.startByte = startByte
    this.file = file
    this.decoder = new StreamDecoder(encoding, file)
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    let offset = 0
    let skip = this.startByte
    for await (let chunk of this.bytes) {
      if (skip > 0) {
        // the BOM is counted in offsets but not decoded twice
        const n = Math.min(skip, chunk.length)
        chunk = chunk.subarray(n)
        skip -= n
        offset += n
        if (!chunk.length) continue
      }
      const text = this.decoder.decode(chunk, offset)
      offset += chunk.length
      if (text) {
        this.pieces.push(text)
        yield text
      }
    }
    const tail = this.decoder.end(offset)
    if (tail) {
      this.pieces.push(tail)
      yield tail
    }
  }

  /** Decoded pieces not yet passed by the byte-offset cursor. */
  private pieces: string[] = []
  /** Absolute character index of `pieces[0]`. */
  private pieceStart = 0
  private cursorChar = 0
  private cursorByte = -1

  /**
   * The byte offset in the input of the character at absolute index `index` of the decoded stream
   * (counting from the first character after the BOM). Queries must not go backwards: pieces the
   * cursor has passed are released.
   */
  byteOffsetAt(index: number): number {
    if (this.cursorByte < 0) this.cursorByte = this.startByte
    while (index > this.cursorChar) {
      const p = this.pieces[0]
      if (p === undefined) break
      const a = this.cursorChar - this.pieceStart
      const pEnd = this.pieceStart + p.length
      const b = Math.min(index, pEnd) - this.pieceStart
      this.cursorByte += byteLength(p, this.encoding, a, b)
      this.cursorChar = this.pieceStart + b
      if (this.cursorChar === pEnd) {
        this.pieces.shift()
        this.pieceStart = pEnd
      }
    }
    return this.cursorByte
  }

  /**
   * For UTF-8 and single-byte encodings, where a 0x0A byte is always a line feed: the raw byte
   * chunks (after the BOM), so lines can be split and decoded one by one. Undefined otherwise.
   */
  rawBytes(): AsyncIterable<Uint8Array> | Iterable<Uint8Array> | undefined {
    return this.encoding === 'utf-8' || BYTE_LINES.has(this.encoding) ? this.bytes : undefined
  }

  /** Decode one complete line of bytes (see {@link rawBytes}); invalid bytes become U+FFFD with a warning. */
  decodeLine(line: Uint8Array, byteOffset: number): string {
    if (this.encoding === 'windows-1252') return decodeSingleByte(line, 'windows-1252')
    this.lineDecoder ??= new TextDecoder(this.encoding, { ignoreBOM: true })
    const text = this.lineDecoder.decode(line)
    if (text.includes('\uFFFD')) {
      const at = this.encoding === 'utf-8' ? firstInvalidUtf8(line) : text.indexOf('\uFFFD')
      if (at >= 0)
        this.decoder.pending.push({
          ruleId: 'encoding/invalid-bytes',
          reason: `Bytes invalid in ${this.encoding} replaced by U+FFFD`,
          source: '@nuqta/corpus',
          byteOffset: byteOffset + at,
          severity: 'error',
          ...(this.file === undefined ? {} : { file: this.file }),
        })
    }
    return text
  }

  /** Bytes taken by `text.slice(start, end)` in this stream's encoding. */
  byteLength(text: string, start = 0, end = text.length): number {
    return byteLength(text, this.encoding, start, end)
  }

  /** Decoder warnings at byte offsets before `beforeByte` (or all, when omitted). */
  takeWarnings(beforeByte = Number.POSITIVE_INFINITY): Warning[] {
    const p = this.decoder.pending
    if (!p.length) return []
    const taken = p.filter((w) => (w.byteOffset ?? 0) < beforeByte)
    if (taken.length) this.decoder.pending = p.filter((w) => (w.byteOffset ?? 0) >= beforeByte)
    return taken
  }
}

/**
 * One line of a text stream.
 * @internal
 */
export interface Line {
  /** Without its line break. */
  text: string
  /** 1-based. */
  line: number
  byteOffset: number
  /** Bytes including the line break. */
  byteLength: number
}

/** Encodings whose bytes can be split at 0x0A before decoding. */
const BYTE_LINES = new Set([
  'windows-1252',
  'windows-1256',
  'iso-8859-6',
  'iso-8859-1',
  'windows-1251',
  'koi8-r',
])

/** Lines split in the byte domain (exact byte offsets, native search), decoded one by one. A line
 * longer than a chunk is gathered as a list of parts and joined once, so long lines stay linear. */
async function* splitByteLines(
  src: TextSource,
  raw: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): AsyncGenerator<Line> {
  let parts: Uint8Array[] = []
  let partsLength = 0
  let line = 1
  let offset = src.startByte
  let skip = src.startByte
  const emit = (bytes: Uint8Array): Line => {
    const len = bytes.length
    const end = len > 0 && bytes[len - 1] === 13 ? len - 1 : len
    return {
      text: src.decodeLine(bytes.subarray(0, end), offset),
      line,
      byteOffset: offset,
      byteLength: len + 1,
    }
  }
  for await (let chunk of raw) {
    if (skip > 0) {
      const n = Math.min(skip, chunk.length)
      chunk = chunk.subarray(n)
      skip -= n
      if (!chunk.length) continue
    }
    let pos = 0
    let nl = chunk.indexOf(10)
    if (nl < 0) {
      parts.push(chunk.slice())
      partsLength += chunk.length
      continue
    }
    if (parts.length) {
      parts.push(chunk.subarray(0, nl))
      const joined = concatParts(parts, partsLength + nl)
      parts = []
      partsLength = 0
      const l = emit(joined)
      yield l
      offset += l.byteLength
      line++
      pos = nl + 1
      nl = chunk.indexOf(10, pos)
    }
    while (nl >= 0) {
      const l = emit(chunk.subarray(pos, nl))
      yield l
      offset += l.byteLength
      line++
      pos = nl + 1
      nl = chunk.indexOf(10, pos)
    }
    if (pos < chunk.length) {
      parts.push(chunk.slice(pos))
      partsLength += chunk.length - pos
    }
  }
  if (partsLength) {
    const l = emit(concatParts(parts, partsLength))
    yield { ...l, byteLength: partsLength }
  }
}

function concatParts(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array
  const out = new Uint8Array(total)
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

/**
 * Split a text stream into lines at `\n` only (U+2028, U+2029 and U+0085 are not line breaks, so
 * they never split a JSON string). A trailing `\r` is dropped. Memory is bounded by the longest line.
 * @internal
 */
export async function* splitLines(src: TextSource): AsyncGenerator<Line> {
  const raw = src.rawBytes()
  if (raw) {
    yield* splitByteLines(src, raw)
    return
  }
  let buf = ''
  let line = 1
  let offset = src.startByte
  for await (const chunk of src) {
    // search only the new text: a long line is not rescanned from its start
    let from = buf.length
    buf = buf.length ? buf + chunk : chunk
    let pos = 0
    for (;;) {
      const nl = buf.indexOf('\n', Math.max(pos, from))
      from = 0
      if (nl < 0) break
      const len = src.byteLength(buf, pos, nl + 1)
      const end = nl > pos && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl
      yield { text: buf.slice(pos, end), line, byteOffset: offset, byteLength: len }
      offset += len
      line++
      pos = nl + 1
    }
    buf = pos ? buf.slice(pos) : buf
  }
  if (buf.length) {
    const end = buf.charCodeAt(buf.length - 1) === 13 ? buf.length - 1 : buf.length
    yield { text: buf.slice(0, end), line, byteOffset: offset, byteLength: src.byteLength(buf) }
  }
}
