/**
 * Decoded text flowing from a byte stream, with byte-offset bookkeeping and decoder warnings.
 * @module
 */
import { byteLength, StreamDecoder } from './encoding'
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

  constructor(
    bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    encoding: EncodingName,
    startByte: number,
    file?: string,
  ) {
    this.bytes = bytes
    this.encoding = encoding
    this.startByte = startByte
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
      if (text) yield text
    }
    const tail = this.decoder.end(offset)
    if (tail) yield tail
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

/**
 * Split a text stream into lines at `\n` only (U+2028, U+2029 and U+0085 are not line breaks, so
 * they never split a JSON string). A trailing `\r` is dropped. Memory is bounded by the longest line.
 * @internal
 */
export async function* splitLines(src: TextSource): AsyncGenerator<Line> {
  let buf = ''
  let line = 1
  let offset = src.startByte
  for await (const chunk of src) {
    buf = buf.length ? buf + chunk : chunk
    let pos = 0
    for (;;) {
      const nl = buf.indexOf('\n', pos)
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
