/**
 * The binary save format of a {@link Deduplicator}: a little-endian writer and reader, the
 * CRC-32 check, and the layout of the saved index (header, documents, matches, shingle sets).
 * @module
 */
import { IndexFormatError } from './errors'
import type { ShingleOptions } from './shingle'
import type { SketchStore } from './store'

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
      throw new IndexFormatError({
        message: `truncated index: needed ${n} more bytes at byte ${this.pos} of ${this.end}`,
        byteOffset: this.pos,
      })
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
      throw new IndexFormatError({ message: `invalid UTF-8 string at byte ${at}`, byteOffset: at })
    }
  }
}

/** Checks magic, version and checksum; returns a reader positioned after the version field. */
export function openIndex(bytes: Uint8Array): Reader {
  if (!(bytes instanceof Uint8Array)) {
    throw new IndexFormatError({ message: 'expected a Uint8Array', byteOffset: 0 })
  }
  if (bytes.length < 12 || MAGIC.some((m, i) => bytes[i] !== m)) {
    throw new IndexFormatError({
      message: 'not a nuqta dedup index: the file does not start with the magic bytes "NQDD"',
      byteOffset: 0,
    })
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint16(4, true)
  if (version !== FORMAT_VERSION) {
    throw new IndexFormatError({
      message: `unsupported dedup index format version ${version} (this build reads version ${FORMAT_VERSION})`,
      byteOffset: 4,
    })
  }
  const end = bytes.length - 4
  const stored = view.getUint32(end, true)
  const actual = crc32(bytes, 0, end)
  if (stored !== actual) {
    throw new IndexFormatError({
      message: `corrupted dedup index: CRC-32 mismatch (stored ${stored.toString(16)}, computed ${actual.toString(16)})`,
      byteOffset: end,
    })
  }
  const r = new Reader(bytes, end)
  r.pos = 6
  return r
}

/** The parameters saved at the start of an index. */
export interface IndexHeader {
  numPerm: number
  seed: number
  shingle: ShingleOptions
  bands: number
  rows: number
  verify: 'estimate' | 'exact' | 'none'
  /** `'earliest'` or `'longest'` (a function rule is saved as `'longest'`). */
  rule: 'earliest' | 'longest'
  threshold: number
  normalizeName: string
}

const VERIFY = ['estimate', 'exact', 'none'] as const

/**
 * Shingle options as one header byte: bit 0 the unit (0 word, 1 char), bit 1 the tokens
 * (0 `'words'`, 1 `'whitespace'`). Indexes written before the `tokens` option have bit 1 clear.
 */
function shingleCode(sh: ShingleOptions): number {
  return (sh.unit === 'word' ? 0 : 1) | (sh.tokens === 'whitespace' ? 2 : 0)
}

/**
 * Serialises an index: magic `NQDD`, format version, header, the present documents in insertion
 * order (ids, signatures, hashes, lengths, shingle counts), the match edges between them (live
 * slots, one per pair of distinct contents), the
 * shingle sets with `verify: 'exact'`, and a CRC-32.
 */
export function writeIndex(header: IndexHeader, store: SketchStore, edges: number[]): Uint8Array {
  const w = new Writer()
  for (const m of MAGIC) w.u8(m)
  w.u16(FORMAT_VERSION)
  w.u32(header.numPerm)
  w.u32(header.seed)
  w.u8(shingleCode(header.shingle))
  w.u8(header.shingle.size)
  w.u16(header.bands)
  w.u16(header.rows)
  w.u8(VERIFY.indexOf(header.verify))
  w.u8(header.rule === 'earliest' ? 1 : 0)
  w.f64(header.threshold)
  w.string(header.normalizeName)
  const k = header.numPerm
  const slots = store.orderedSlots()
  const remap = new Int32Array(store.count).fill(-1)
  slots.forEach((s, i) => {
    remap[s] = i
  })
  w.u32(slots.length)
  for (const s of slots) w.string(store.ids[s] as string)
  for (const s of slots) w.u32s(store.page(s), store.off(s), store.off(s) + k)
  for (const arr of [store.hashHi, store.hashLo, store.lengths, store.shingleCounts]) {
    for (const s of slots) w.u32(arr[s] as number)
  }
  const kept: number[] = []
  for (let e = 0; e < edges.length; e += 2) {
    const a = remap[edges[e] as number] as number
    const b = remap[edges[e + 1] as number] as number
    if (a >= 0 && b >= 0) kept.push(a, b)
  }
  w.u32(kept.length / 2)
  w.u32s(kept)
  if (header.verify === 'exact') {
    for (const s of slots) {
      const set = store.sets[s] ?? new Uint32Array(0)
      w.u32(set.length)
      w.u32s(set)
    }
  }
  return w.finish()
}

/** Reads the header of an index; the reader is left at the document count. */
export function readHeader(r: Reader): IndexHeader {
  const numPerm = r.u32()
  const seed = r.u32()
  const shingleByte = r.u8()
  const size = r.u8()
  const bands = r.u16()
  const rows = r.u16()
  const verifyCode = r.u8()
  const ruleCode = r.u8()
  const threshold = r.f64()
  const normalizeName = r.string()
  const verify = VERIFY[verifyCode]
  if (shingleByte > 3 || verify === undefined || ruleCode > 1) {
    throw new IndexFormatError({ message: 'invalid parameters in index header', byteOffset: 6 })
  }
  const shingle: ShingleOptions = { unit: (shingleByte & 1) === 0 ? 'word' : 'char', size }
  if ((shingleByte & 2) !== 0) shingle.tokens = 'whitespace'
  return {
    numPerm,
    seed,
    shingle,
    bands,
    rows,
    verify,
    rule: ruleCode === 1 ? 'earliest' : 'longest',
    threshold,
    normalizeName,
  }
}

/**
 * Reads the documents of an index into `store` (reserved and filled in slot order) and returns
 * the ids and the match edges; the caller links the documents into its tables.
 */
export function readDocuments(
  r: Reader,
  header: IndexHeader,
  store: SketchStore,
): { ids: string[]; edges: Uint32Array } {
  const numPerm = header.numPerm
  const n = r.u32()
  if (n * (numPerm * 4 + 20) > r.end - r.pos) {
    throw new IndexFormatError({
      message: `document count ${n} does not fit the file size`,
      byteOffset: r.pos - 4,
    })
  }
  store.reserve(n)
  const ids: string[] = []
  for (let i = 0; i < n; i++) ids.push(r.string())
  for (let i = 0; i < n; i++) r.u32s(store.page(i), store.off(i), numPerm)
  for (const arr of [store.hashHi, store.hashLo, store.lengths, store.shingleCounts]) {
    r.u32s(arr, 0, n)
  }
  const edgeCount = r.u32()
  if (edgeCount * 8 > r.end - r.pos) {
    throw new IndexFormatError({
      message: `edge count ${edgeCount} does not fit the file size`,
      byteOffset: r.pos - 4,
    })
  }
  const edges = new Uint32Array(edgeCount * 2)
  r.u32s(edges, 0, edgeCount * 2)
  if (header.verify === 'exact') {
    for (let i = 0; i < n; i++) {
      const len = r.u32()
      if (len * 4 > r.end - r.pos) {
        throw new IndexFormatError({ message: 'shingle set too long', byteOffset: r.pos - 4 })
      }
      const set = new Uint32Array(len)
      r.u32s(set, 0, len)
      store.sets[i] = set
    }
  }
  if (r.pos !== r.end) {
    throw new IndexFormatError({
      message: `${r.end - r.pos} unexpected bytes after the data`,
      byteOffset: r.pos,
    })
  }
  for (let e = 0; e < edgeCount * 2; e++) {
    if ((edges[e] as number) >= n) {
      throw new IndexFormatError({ message: 'edge refers to a missing document', byteOffset: 0 })
    }
  }
  return { ids, edges }
}
