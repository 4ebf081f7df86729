/**
 * Checks a Parquet column chunk before hyparquet decodes it: offsets and sizes against the file,
 * every page header against its chunk, value counts against the row group, page checksums when the
 * writer stored them, and the run lengths of the level and dictionary-index streams against the
 * page's value count. hyparquet trusts all of these: a wrong one makes it slice `NaN`, loop for
 * minutes over a run of two billion values, or grow an array without end.
 * @module
 */

/** A thrift compact value: numbers (i64 as Number), byte strings, lists, structs as field maps. */
type Thrift = number | boolean | Uint8Array | Thrift[] | Fields
type Fields = Map<number, Thrift>

/** Why a chunk was refused, and where. */
export class ParquetDefect extends Error {
  /** 0-based page of the column chunk, when the defect is in a page. */
  readonly page: number | undefined
  /** Byte offset in the file. */
  readonly byteOffset: number
  constructor(message: string, byteOffset: number, page?: number) {
    super(message)
    this.name = 'ParquetDefect'
    this.byteOffset = byteOffset
    this.page = page
  }
}

/** A bounded reader of the thrift compact protocol (only what page headers need). */
class CompactReader {
  offset = 0
  private depth = 0
  constructor(
    private readonly bytes: Uint8Array,
    private readonly end: number,
  ) {}

  private byte(): number {
    if (this.offset >= this.end) throw new Error('page header runs past its column chunk')
    return this.bytes[this.offset++] as number
  }

  varint(): number {
    let result = 0
    let mul = 1
    for (let i = 0; i < 10; i++) {
      const b = this.byte()
      result += (b & 0x7f) * mul
      if (!(b & 0x80)) return result
      mul *= 128
    }
    throw new Error('varint longer than 10 bytes')
  }

  zigzag(): number {
    const n = this.varint()
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2
  }

  value(type: number): Thrift {
    switch (type) {
      case 1:
        return true
      case 2:
        return false
      case 3:
        return this.byte()
      case 4:
      case 5:
      case 6:
        return this.zigzag()
      case 7:
        this.skip(8)
        return 0
      case 8: {
        const n = this.varint()
        this.skip(n)
        return this.bytes.subarray(this.offset - n, this.offset)
      }
      case 9:
      case 10: {
        const head = this.byte()
        let size = head >> 4
        if (size === 15) size = this.varint()
        if (size > this.end - this.offset) throw new Error('thrift list longer than its bytes')
        const out: Thrift[] = []
        const t = head & 0x0f
        for (let i = 0; i < size; i++)
          out.push(t === 1 || t === 2 ? this.byte() === 1 : this.value(t))
        return out
      }
      case 12:
        return this.struct()
      default:
        throw new Error(`thrift type ${type} is not valid here`)
    }
  }

  private skip(n: number): void {
    if (n < 0 || this.offset + n > this.end) throw new Error('thrift field runs past its bytes')
    this.offset += n
  }

  struct(): Fields {
    if (++this.depth > 16) throw new Error('thrift structs nested too deep')
    const fields: Fields = new Map()
    let id = 0
    for (;;) {
      const head = this.byte()
      if (head === 0) break
      const delta = head >> 4
      id = delta ? id + delta : this.zigzag()
      fields.set(id, this.value(head & 0x0f))
    }
    this.depth--
    return fields
  }
}

const num = (f: Fields | undefined, id: number): number | undefined => {
  const v = f?.get(id)
  return typeof v === 'number' ? v : undefined
}

let crcTable: Uint32Array | undefined

/** CRC-32 (IEEE), as Parquet page headers store it. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c >>> 0
    }
  }
  let c = 0xffffffff
  for (let i = 0; i < bytes.length; i++)
    c = (crcTable[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/**
 * Walk an RLE / bit-packed hybrid stream in `bytes[from, to)` that encodes `values` values of
 * `bitWidth` bits, without decoding it: every run must fit the values still expected (bit-packed
 * runs may pad to a multiple of 8) and the bytes that are left. Returns where the stream stopped.
 */
function checkRuns(
  bytes: Uint8Array,
  from: number,
  to: number,
  bitWidth: number,
  values: number,
  what: string,
): void {
  if (bitWidth > 32) throw new Error(`${what}: bit width ${bitWidth} is over 32`)
  const r = new CompactReader(bytes, to)
  r.offset = from
  let seen = 0
  while (seen < values) {
    if (r.offset >= to) return // short streams end in an error inside hyparquet, not a loop
    const header = r.varint()
    if (header % 2 === 1) {
      const count = Math.floor(header / 2) * 8
      if (count === 0) throw new Error(`${what}: empty bit-packed run`)
      if (seen + count > values + 7)
        throw new Error(`${what}: run of ${count} past ${values} values`)
      r.offset += Math.ceil((count * bitWidth) / 8)
      seen += count
    } else {
      const count = header / 2
      if (seen + count > values + 7)
        throw new Error(`${what}: run of ${count} values past the ${values - seen} left`)
      if (count === 0 && bitWidth === 0) throw new Error(`${what}: empty run`)
      r.offset += Math.ceil(bitWidth / 8)
      seen += count
    }
  }
}

/** What the guard needs to know about a column. */
export interface ColumnShape {
  /** Column name, for messages. */
  name: string
  /** Codec name as hyparquet spells it (`SNAPPY`, `GZIP`…). */
  codec: string
  /** Highest definition level (0 for a required column). */
  maxDefinitionLevel: number
  /** Highest repetition level (0 for a flat column). */
  maxRepetitionLevel: number
  /** Decompress a page to exactly `length` bytes. */
  decompress: (bytes: Uint8Array, length: number) => Uint8Array
}

const PAGE_TYPES = new Set([0, 1, 2, 3])
const DICTIONARY_ENCODINGS = new Set([2, 8])
const bitWidthOf = (n: number): number => 32 - Math.clz32(n)

/**
 * Check one column chunk's pages. `chunk` holds the chunk's bytes, which start at `chunkStart` in the
 * file; `numValues` and `numRows` come from the chunk and row group metadata.
 * @throws {ParquetDefect} naming the page and its byte offset
 */
export function checkColumnChunk(
  chunk: Uint8Array,
  chunkStart: number,
  numValues: number,
  numRows: number,
  column: ColumnShape,
  maxPageBytes: number,
): void {
  const flat = column.maxRepetitionLevel === 0
  if (flat && numValues !== numRows)
    throw new ParquetDefect(
      `column ${column.name} holds ${numValues} values for ${numRows} rows`,
      chunkStart,
    )
  let pos = 0
  let seen = 0
  for (let page = 0; seen < numValues; page++) {
    const at = chunkStart + pos
    if (pos >= chunk.length)
      throw new ParquetDefect(
        `column ${column.name} ends after ${seen} of its ${numValues} values`,
        at,
        page,
      )
    try {
      const r = new CompactReader(chunk, chunk.length)
      r.offset = pos
      const h = r.struct()
      const type = num(h, 1)
      const uncompressed = num(h, 2)
      const compressed = num(h, 3)
      if (type === undefined || !PAGE_TYPES.has(type)) throw new Error(`page type ${type} unknown`)
      if (compressed === undefined || compressed < 0 || r.offset + compressed > chunk.length)
        throw new Error(
          `page size ${compressed} does not fit the ${chunk.length - r.offset} bytes left`,
        )
      if (uncompressed === undefined || uncompressed < 0 || uncompressed > maxPageBytes)
        throw new Error(`uncompressed page size ${uncompressed} is out of bounds`)
      const body = chunk.subarray(r.offset, r.offset + compressed)
      const crc = num(h, 4)
      if (crc !== undefined && crc32(body) !== crc >>> 0)
        throw new Error('page checksum (CRC-32) does not match')
      pos = r.offset + compressed
      if (type === 2) {
        const dict = h.get(7) as Fields | undefined
        const n = num(dict, 1)
        if (n === undefined || n < 0) throw new Error('dictionary page without a value count')
        if (column.codec === 'UNCOMPRESSED' && uncompressed !== compressed)
          throw new Error('uncompressed dictionary page sizes differ')
        continue
      }
      if (type === 1) continue
      const v1 = type === 0
      const header = h.get(v1 ? 5 : 8) as Fields | undefined
      const values = num(header, 1)
      const encoding = num(header, v1 ? 2 : 4)
      if (values === undefined || values < 0 || seen + values > numValues)
        throw new Error(`page holds ${values} values where ${numValues - seen} are left`)
      if (encoding === undefined) throw new Error('data page without an encoding')
      seen += values
      let levelsEnd = 0
      let data: Uint8Array
      if (v1) {
        if (column.codec === 'UNCOMPRESSED' && uncompressed !== compressed)
          throw new Error('uncompressed page sizes differ')
        data = column.codec === 'UNCOMPRESSED' ? body : column.decompress(body, uncompressed)
        let o = 0
        for (const [max, what] of [
          [column.maxRepetitionLevel, 'repetition levels'],
          [column.maxDefinitionLevel, 'definition levels'],
        ] as const) {
          if (!max) continue
          if (o + 4 > data.length) throw new Error(`${what} cut off`)
          const len = new DataView(data.buffer, data.byteOffset + o, 4).getUint32(0, true)
          if (o + 4 + len > data.length) throw new Error(`${what} longer than the page`)
          checkRuns(data, o + 4, o + 4 + len, bitWidthOf(max), values, what)
          o += 4 + len
        }
        levelsEnd = o
      } else {
        const nulls = num(header, 2)
        const rows = num(header, 3)
        const defLength = num(header, 5) ?? 0
        const repLength = num(header, 6) ?? 0
        if (nulls === undefined || nulls < 0 || nulls > values)
          throw new Error(`page has ${nulls} nulls for ${values} values`)
        if (rows === undefined || rows < 0 || rows > values || (flat && rows !== values))
          throw new Error(`page has ${rows} rows for ${values} values`)
        if (
          defLength < 0 ||
          repLength < 0 ||
          defLength + repLength > Math.min(compressed, uncompressed)
        )
          throw new Error('level lengths do not fit the page')
        if (column.maxRepetitionLevel)
          checkRuns(
            body,
            0,
            repLength,
            bitWidthOf(column.maxRepetitionLevel),
            values,
            'repetition levels',
          )
        if (column.maxDefinitionLevel)
          checkRuns(
            body,
            repLength,
            repLength + defLength,
            bitWidthOf(column.maxDefinitionLevel),
            values,
            'definition levels',
          )
        const rest = body.subarray(repLength + defLength)
        const restLength = uncompressed - repLength - defLength
        const isCompressed = header?.get(7) !== false
        if ((!isCompressed || column.codec === 'UNCOMPRESSED') && rest.length !== restLength)
          throw new Error('uncompressed page sizes differ')
        data =
          DICTIONARY_ENCODINGS.has(encoding) && isCompressed && column.codec !== 'UNCOMPRESSED'
            ? column.decompress(rest, restLength)
            : rest
      }
      if (DICTIONARY_ENCODINGS.has(encoding)) {
        if (levelsEnd >= data.length) {
          if (values > 0 && !column.maxDefinitionLevel)
            throw new Error('dictionary indices missing')
        } else
          checkRuns(
            data,
            levelsEnd + 1,
            data.length,
            data[levelsEnd] as number,
            values,
            'dictionary indices',
          )
      }
    } catch (e) {
      if (e instanceof ParquetDefect) throw e
      throw new ParquetDefect(
        `column ${column.name}, page ${page}: ${(e as Error).message}`,
        at,
        page,
      )
    }
  }
}
