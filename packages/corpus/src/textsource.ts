/**
 * Decoded text flowing from a byte stream, with byte-offset bookkeeping and decoder warnings.
 * @module
 */

import type { Message } from '@nuqta/core'
import { decodeSingleByte } from './codepages'
import {
  byteLength,
  firstInvalidUtf8,
  firstLoneSurrogate,
  isSingleByte,
  StreamDecoder,
  utf8Replacements,
} from './encoding'
import { concat } from './input'
import type { EncodingName } from './types'

/** How text positions map to byte positions in a piece. */
enum Unit {
  /** UTF-8: re-encode, plus the recorded replacements. */
  Utf8,
  /** UTF-16: two bytes a code unit, plus a replaced odd byte at the end. */
  Utf16,
  /** One byte a character. */
  Single,
  /** Other multi-byte code pages: exact at piece ends only, proportional inside. */
  Other,
}

/** Decoded text with the bytes it came from. */
interface Piece {
  /** Absolute index of the piece's first character in the decoded stream. */
  charStart: number
  /** Byte offset of the piece's first byte in the input. */
  byteStart: number
  /** Bytes the piece was decoded from. */
  byteLength: number
  text: string
  /** Flat pairs (index of a U+FFFD in `text`, bytes it replaced) for replacements whose byte count
   * differs from the U+FFFD's own encoded length. */
  replaced: number[]
  /** The next pair of `replaced` not yet passed by the cursor. */
  next: number
}

/** Bytes of U+FFFD re-encoded in each unit. */
const FFFD_LENGTH = [3, 2, 1, 1]

/**
 * A decoded text stream: iterate it for text chunks; ask it for the exact byte offset of any
 * character ({@link TextSource.byteOffsetAt}) and for the decoder's warnings up to a byte position.
 *
 * UTF-8 and UTF-16 are decoded piece by piece, each piece a whole number of characters (an
 * incomplete sequence at a chunk's end waits for the next chunk), and the bytes each U+FFFD replaced
 * are recorded, so offsets stay exact after invalid bytes.
 * @internal
 */
export class TextSource {
  readonly encoding: EncodingName
  readonly startByte: number
  private readonly decoder: StreamDecoder
  private readonly bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>
  private readonly file: string | undefined
  private readonly unit: Unit
  private lineDecoder: TextDecoder | undefined
  private pieceDecoder: TextDecoder | undefined
  /** Decoded pieces not yet passed by the byte-offset cursor. */
  private pieces: Piece[] = []
  private pieceHead = 0
  private cursorChar = 0
  private cursorByte: number
  private decodedChars = 0
  private replacedChunks = 0

  constructor(
    bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    encoding: EncodingName,
    startByte: number,
    file?: string,
  ) {
    this.bytes = bytes
    this.encoding = encoding
    this.startByte = startByte
    this.cursorByte = startByte
    this.file = file
    this.decoder = new StreamDecoder(encoding, file)
    this.unit =
      encoding === 'utf-8'
        ? Unit.Utf8
        : encoding === 'utf-16le' || encoding === 'utf-16be'
          ? Unit.Utf16
          : isSingleByte(encoding)
            ? Unit.Single
            : Unit.Other
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<string> {
    let offset = 0
    let skip = this.startByte
    let carry: Uint8Array | undefined
    let pieceByte = this.startByte
    const whole = this.unit === Unit.Utf8 || this.unit === Unit.Utf16
    for await (let chunk of this.bytes) {
      if (skip > 0) {
        // the BOM is counted in offsets but not decoded twice
        const n = Math.min(skip, chunk.length)
        chunk = chunk.subarray(n)
        skip -= n
        offset += n
        if (!chunk.length) continue
      }
      if (!whole) {
        const text = this.decoder.decode(chunk, offset)
        this.addPiece(text, offset, chunk.length, [])
        offset += chunk.length
        if (text) yield text
        continue
      }
      offset += chunk.length
      let data = carry ? concat([carry, chunk]) : chunk
      const keep = this.incompleteTail(data)
      carry = keep ? data.slice(data.length - keep) : undefined
      if (keep) data = data.subarray(0, data.length - keep)
      if (!data.length) continue
      const text = this.decodePiece(data, pieceByte)
      pieceByte += data.length
      if (text) yield text
    }
    if (!whole) {
      const tail = this.decoder.end(offset)
      this.addPiece(tail, offset, 0, [])
      if (tail) yield tail
    } else if (carry) {
      // the input ends inside a sequence
      const text = this.decodePiece(carry, pieceByte, true)
      this.decoder.pending.push({
        ruleId: 'corpus/encoding-truncated-sequence',
        reason: `Input ends inside a ${this.encoding} sequence`,
        source: '@nuqta/corpus',
        byteOffset: pieceByte,
        severity: 'error',
        ...(this.file === undefined ? {} : { file: this.file }),
      })
      if (text) yield text
    }
  }

  /** Bytes at the end of `data` that may be the start of a character continued in the next chunk. */
  private incompleteTail(data: Uint8Array): number {
    const n = data.length
    if (this.unit === Unit.Utf16) {
      let k = n & 1
      const hi = data[this.encoding === 'utf-16le' ? n - k - 1 : n - k - 2]
      if (n - k >= 2 && hi !== undefined && hi >= 0xd8 && hi <= 0xdb) k += 2
      return k
    }
    for (let k = 1; k <= 3 && k <= n; k++) {
      const b = data[n - k] as number
      if (b >= 0x80 && b <= 0xbf) continue
      if (b >= 0xc2 && b <= 0xf4) {
        const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2
        return length > k ? k : 0
      }
      return 0
    }
    return 0
  }

  /** Decode a whole number of UTF-8 or UTF-16 characters starting at `byteStart`. */
  private decodePiece(data: Uint8Array, byteStart: number, truncated = false): string {
    this.pieceDecoder ??= new TextDecoder(this.encoding, { ignoreBOM: true })
    const text = this.pieceDecoder.decode(data)
    let replaced: number[] = []
    if (text.includes('\uFFFD')) {
      let at = -1
      if (this.unit === Unit.Utf8) {
        at = firstInvalidUtf8(data)
        if (at >= 0) replaced = utf8Replacements(data)
      } else {
        at = firstLoneSurrogate(data, this.encoding === 'utf-16le')
        // an odd byte at the very end: one U+FFFD for one byte
        if (data.length & 1) replaced = [text.length - 1, 1]
      }
      if (at >= 0 && !truncated && ++this.replacedChunks <= 100)
        this.warnInvalidBytes(byteStart + at)
    }
    this.addPiece(text, byteStart, data.length, replaced)
    return text
  }

  private addPiece(text: string, byteStart: number, byteLength: number, replaced: number[]): void {
    if (!text) return
    this.pieces.push({
      charStart: this.decodedChars,
      byteStart,
      byteLength,
      text,
      replaced,
      next: 0,
    })
    this.decodedChars += text.length
  }

  /**
   * The byte offset in the input of the character at absolute index `index` of the decoded stream
   * (0 is the first character after the BOM; the number of characters decoded so far gives the
   * offset after them). Exact for UTF-8, UTF-16 and single-byte encodings, invalid bytes included;
   * for other multi-byte code pages exact at chunk boundaries only. Queries must not go backwards:
   * text the cursor has passed is released.
   */
  byteOffsetAt(index: number): number {
    while (index > this.cursorChar) {
      const p = this.pieces[this.pieceHead]
      if (p === undefined) break
      const pEnd = p.charStart + p.text.length
      if (index >= pEnd) {
        // past this piece: its byte length is known
        this.cursorChar = pEnd
        this.cursorByte = p.byteStart + p.byteLength
        this.pieces[this.pieceHead++] = undefined as unknown as Piece
        if (this.pieceHead > 1024) {
          this.pieces = this.pieces.slice(this.pieceHead)
          this.pieceHead = 0
        }
        continue
      }
      const a = this.cursorChar - p.charStart
      const b = index - p.charStart
      this.cursorByte += this.countBytes(p, a, b)
      this.cursorChar = index
    }
    return this.cursorByte
  }

  /** Bytes of `p.text.slice(a, b)`, where `a` is the cursor. */
  private countBytes(p: Piece, a: number, b: number): number {
    const len = b - a
    switch (this.unit) {
      case Unit.Single:
        return len
      case Unit.Other: {
        const at = (x: number) => Math.round((p.byteLength * x) / p.text.length)
        return at(b) - at(a)
      }
      default: {
        let n = this.unit === Unit.Utf8 ? byteLength(p.text, 'utf-8', a, b) : 2 * len
        const r = p.replaced
        const unit = FFFD_LENGTH[this.unit] as number
        while (p.next < r.length && (r[p.next] as number) < b) {
          n += (r[p.next + 1] as number) - unit
          p.next += 2
        }
        return n
      }
    }
  }

  /**
   * For UTF-8 and single-byte encodings, where a 0x0A byte is always a line feed: the raw byte
   * chunks (after the BOM), so lines can be split and decoded one by one. Undefined otherwise.
   */
  rawBytes(): AsyncIterable<Uint8Array> | Iterable<Uint8Array> | undefined {
    return this.encoding === 'utf-8' || BYTE_LINES.has(this.encoding) ? this.bytes : undefined
  }

  /** Records an `corpus/encoding-invalid-bytes` warning at a byte offset of the input. */
  private warnInvalidBytes(byteOffset: number): void {
    this.decoder.pending.push({
      ruleId: 'corpus/encoding-invalid-bytes',
      reason: `Bytes invalid in ${this.encoding} replaced by U+FFFD`,
      source: '@nuqta/corpus',
      byteOffset,
      severity: 'error',
      ...(this.file === undefined ? {} : { file: this.file }),
    })
  }

  /** Decode one complete line of bytes (see {@link rawBytes}); invalid bytes become U+FFFD with a warning. */
  decodeLine(line: Uint8Array, byteOffset: number): string {
    if (this.encoding === 'windows-1252') return decodeSingleByte(line, 'windows-1252')
    this.lineDecoder ??= new TextDecoder(this.encoding, { ignoreBOM: true })
    const text = this.lineDecoder.decode(line)
    if (text.includes('\uFFFD')) {
      const at = this.encoding === 'utf-8' ? firstInvalidUtf8(line) : text.indexOf('\uFFFD')
      if (at >= 0) this.warnInvalidBytes(byteOffset + at)
    }
    return text
  }

  /** Decoder warnings at byte offsets before `beforeByte` (or all, when omitted). */
  takeWarnings(beforeByte = Number.POSITIVE_INFINITY): Message[] {
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
      const joined = concat(parts, partsLength + nl)
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
    const l = emit(concat(parts, partsLength))
    yield { ...l, byteLength: partsLength }
  }
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
  /** The current line's text from earlier chunks, gathered as a list and joined once: a line
   * spanning many chunks is scanned once (linear time). */
  let parts: string[] = []
  /** Absolute index (in the decoded stream) of the current line's first character. */
  let lineStart = 0
  /** Absolute index of the current chunk's first character. */
  let chunkStart = 0
  let line = 1
  const make = (text: string, endIndex: number): Line => {
    const offset = src.byteOffsetAt(lineStart)
    const len = src.byteOffsetAt(endIndex) - offset
    const t = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text
    return { text: t, line, byteOffset: offset, byteLength: len }
  }
  for await (const chunk of src) {
    // only the new text is searched
    let pos = 0
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', pos)) {
      let text = chunk.slice(pos, nl)
      if (parts.length) {
        parts.push(text)
        text = parts.join('')
        parts = []
      }
      yield make(text, chunkStart + nl + 1)
      line++
      pos = nl + 1
      lineStart = chunkStart + pos
    }
    if (pos < chunk.length) parts.push(pos ? chunk.slice(pos) : chunk)
    chunkStart += chunk.length
  }
  if (parts.length) yield make(parts.join(''), chunkStart)
}
