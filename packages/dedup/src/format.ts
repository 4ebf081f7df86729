import { IndexFormatError } from './errors.js'

/** Magic bytes at the start of every saved index: ASCII "NQDD". */
export const MAGIC = [0x4e, 0x51, 0x44, 0x44] as const
/** Current binary format version. */
export const FORMAT_VERSION = 1

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

/** CRC-32 (IEEE) of bytes. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff
  for (let i = start; i < end; i++) {
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8)
  }
  return (c ^ 0xffffffff) >>> 0
}

/** Little-endian growable binary writer. */
export class Writer {
  private buf = new Uint8Array(1 << 16)
  private view = new DataView(this.buf.buffer)
  length = 0
  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return
    let size = this.buf.length * 2
    while (size < this.length + n) size *= 2
    const next = new Uint8Array(size)
    next.set(this.buf.subarray(0, this.length))
    this.buf = next
    this.view = new DataView(next.buffer)
  }
  u8(v: number): void {
    this.ensure(1)
    this.view.setUint8(this.length, v)
    this.length += 1
  }
  u16(v: number): void {
    this.ensure(2)
    this.view.setUint16(this.length, v, true)
    this.length += 2
  }
  u32(v: number): void {
    this.ensure(4)
    this.view.setUint32(this.length, v, true)
    this.length += 4
  }
  f64(v: number): void {
    this.ensure(8)
    this.view.setFloat64(this.length, v, true)
    this.length += 8
  }
  u32s(values: ArrayLike<number>, start = 0, end = values.length): void {
    this.ensure((end - start) * 4)
    const v = this.view
    let p = this.length
    for (let i = start; i < end; i++, p += 4) v.setUint32(p, values[i] as number, true)
    this.length = p
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length)
    this.buf.set(b, this.length)
    this.length += b.length
  }
  string(s: string): void {
    const b = new TextEncoder().encode(s)
    this.u32(b.length)
    this.bytes(b)
  }
  /** The bytes written so far followed by their CRC-32. */
  finish(): Uint8Array {
    const crc = crc32(this.buf, 0, this.length)
    this.u32(crc)
    return this.buf.slice(0, this.length)
  }
}

/** Little-endian binary reader that throws {@link IndexFormatError} on truncation. */
export class Reader {
  pos = 0
  private readonly view: DataView
  private readonly decoder = new TextDecoder('utf-8', { fatal: true })
  constructor(
    readonly bytes: Uint8Array,
    readonly end: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  private need(n: number): void {
    if (this.pos + n > this.end) {
      throw new IndexFormatError(
        `truncated index: needed ${n} more bytes at byte ${this.pos} of ${this.end}`,
        this.pos,
      )
    }
  }
  u8(): number {
    this.need(1)
    return this.view.getUint8(this.pos++)
  }
  u16(): number {
    this.need(2)
    const v = this.view.getUint16(this.pos, true)
    this.pos += 2
    return v
  }
  u32(): number {
    this.need(4)
    const v = this.view.getUint32(this.pos, true)
    this.pos += 4
    return v
  }
  f64(): number {
    this.need(8)
    const v = this.view.getFloat64(this.pos, true)
    this.pos += 8
    return v
  }
  u32s(out: Uint32Array, start: number, count: number): void {
    this.need(count * 4)
    const v = this.view
    let p = this.pos
    for (let i = 0; i < count; i++, p += 4) out[start + i] = v.getUint32(p, true)
    this.pos = p
  }
  string(): string {
    const n = this.u32()
    this.need(n)
    const at = this.pos
    try {
      const s = this.decoder.decode(this.bytes.subarray(this.pos, this.pos + n))
      this.pos += n
      return s
    } catch {
      throw new IndexFormatError(`invalid UTF-8 string at byte ${at}`, at)
    }
  }
}

/** Checks magic, version and checksum; returns a reader positioned after the version field. */
export function openIndex(bytes: Uint8Array): Reader {
  if (!(bytes instanceof Uint8Array)) {
    throw new IndexFormatError('expected a Uint8Array', 0)
  }
  if (bytes.length < 12 || MAGIC.some((m, i) => bytes[i] !== m)) {
    throw new IndexFormatError(
      'not a nuqta dedup index: the file does not start with the magic bytes "NQDD"',
      0,
    )
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint16(4, true)
  if (version !== FORMAT_VERSION) {
    throw new IndexFormatError(
      `unsupported dedup index format version ${version} (this build reads version ${FORMAT_VERSION})`,
      4,
    )
  }
  const end = bytes.length - 4
  const stored = view.getUint32(end, true)
  const actual = crc32(bytes, 0, end)
  if (stored !== actual) {
    throw new IndexFormatError(
      `corrupted dedup index: CRC-32 mismatch (stored ${stored.toString(16)}, computed ${actual.toString(16)})`,
      end,
    )
  }
  const r = new Reader(bytes, end)
  r.pos = 6
  return r
}
