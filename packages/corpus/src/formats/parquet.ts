/**
 * Parquet through hyparquet (loaded on first use), one row group at a time.
 * @module
 */

import type { Message as Warning } from '@nuqta/core'
import type { BuildContext, RawRecord } from '../document'
import { report } from '../document'
import { CorpusParseError } from '../errors'
import { DEFAULT_MAX_DECOMPRESSED } from '../options'
import { chooseColumns, rowToRecord } from './columnar'
import { checkColumnChunk, ParquetDefect } from './parquet-guard'

/**
 * Random-access bytes: what Parquet needs (an `ArrayBuffer` is one; the Node entry passes a file).
 * @example
 * ```ts
 * const bytes: RandomAccessBytes = new ArrayBuffer(8)
 * ```
 */
export interface RandomAccessBytes {
  /** Total length in bytes. @example `1024` */
  byteLength: number
  /**
   * The bytes in `[start, end)`.
   * @example
   * ```ts
   * await file.slice(0, 4) // ArrayBuffer of 'PAR1'
   * ```
   */
  slice(start: number, end?: number): ArrayBuffer | Promise<ArrayBuffer>
}

/** Byte ranges are whole numbers inside the file: anything else (a `NaN` from a corrupt footer)
 * never reaches a `Blob.slice`, which aborts Node 20 on `NaN`. */
function guardedSlice(file: RandomAccessBytes, where: string) {
  return (start: number, end: number = file.byteLength): ArrayBuffer | Promise<ArrayBuffer> => {
    if (
      !Number.isSafeInteger(start) ||
      !Number.isSafeInteger(end) ||
      start < 0 ||
      end < start ||
      end > file.byteLength
    )
      throw new Error(
        `${where} asks for bytes [${start}, ${end}) of a ${file.byteLength}-byte file`,
      )
    return file.slice(start, end)
  }
}

/** Bytes held in memory for one row group, served to hyparquet synchronously: it never touches the
 * real file, so none of its reads can fail later as an unhandled rejection. */
function memoryFile(byteLength: number, start: number, bytes: Uint8Array): RandomAccessBytes {
  return {
    byteLength,
    slice(s: number, e: number = byteLength) {
      if (
        !Number.isSafeInteger(s) ||
        !Number.isSafeInteger(e) ||
        s < start ||
        e > start + bytes.length ||
        e < s
      )
        return new ArrayBuffer(0)
      return bytes.slice(s - start, e - start).buffer as ArrayBuffer
    },
  }
}

const toNumber = (v: unknown): number =>
  typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number.NaN

/** Definition and repetition levels along a column's path. */
function levels(
  schema: { element: { name: string; repetition_type?: string }; children: unknown[] },
  path: string[],
): { def: number; rep: number } | undefined {
  let node = schema
  let def = 0
  let rep = 0
  for (const name of path) {
    const child = (node.children as (typeof schema)[]).find((c) => c.element.name === name)
    if (!child) return undefined
    if (child.element.repetition_type === 'OPTIONAL') def++
    else if (child.element.repetition_type === 'REPEATED') {
      def++
      rep++
    }
    node = child
  }
  return { def, rep }
}

/**
 * Records of a Parquet file: the text column (by the field map, else by name, else the first string
 * column) and the id/title/date/url columns when present. Reads row group by row group. Each row
 * group's column chunks are checked before hyparquet decodes them (offsets and sizes against the
 * file, page headers, value counts, run lengths, page checksums when present); a row group that
 * fails is reported with its index, column and page (`corpus/parquet-corrupt-row-group`, an error
 * in strict mode) and reading goes on with the next one.
 * @internal
 */
export async function* parseParquet(
  input: Uint8Array | RandomAccessBytes,
  ctx: BuildContext,
): AsyncGenerator<RawRecord> {
  const file: RandomAccessBytes =
    input instanceof Uint8Array
      ? input.byteOffset === 0 &&
        input.byteLength === input.buffer.byteLength &&
        input.buffer instanceof ArrayBuffer
        ? input.buffer // the whole buffer: no copy
        : (input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength) as ArrayBuffer)
      : input
  const where = ctx.path === undefined ? {} : { file: ctx.path }
  const hp = await import('hyparquet')
  let metadata: Awaited<ReturnType<typeof hp.parquetMetadataAsync>>
  try {
    metadata = await hp.parquetMetadataAsync({
      byteLength: file.byteLength,
      slice: guardedSlice(file, 'the footer'),
    })
  } catch (e) {
    throw new CorpusParseError({
      message: `Not a readable Parquet file: ${(e as Error).message}`,
      ruleId: 'corpus/parquet-corrupt',
      byteOffset: 0,
      file: ctx.path,
      cause: e,
    })
  }
  const schema = hp.parquetSchema(metadata)
  const names = schema.children.map((c) => c.element.name)
  const strings = schema.children
    .filter(
      (c) =>
        c.element.type === 'BYTE_ARRAY' &&
        (c.element.converted_type === 'UTF8' || c.element.logical_type?.type === 'STRING'),
    )
    .map((c) => c.element.name)
  const { columns, map } = chooseColumns(names, strings, ctx.options.fields)
  // hyparquet reads Snappy and uncompressed pages itself; other codecs need the compressors package,
  // imported only when a file uses one
  const codecs = new Set(
    metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec ?? 'UNCOMPRESSED')),
  )
  const needsCompressors = [...codecs].some((c) => c !== 'SNAPPY' && c !== 'UNCOMPRESSED')
  const compressors = needsCompressors
    ? (await import('hyparquet-compressors')).compressors
    : undefined
  const decompressor =
    (codec: string) =>
    (bytes: Uint8Array, length: number): Uint8Array => {
      if (codec === 'SNAPPY') {
        const out = new Uint8Array(length)
        hp.snappyUncompress(bytes, out)
        return out
      }
      const f = (
        compressors as Record<string, (b: Uint8Array, n: number) => Uint8Array> | undefined
      )?.[codec]
      if (!f) throw new Error(`compression codec ${codec} is not supported`)
      const out = f(bytes, length)
      if (out.length !== length)
        throw new Error(`page inflates to ${out.length}, not ${length} bytes`)
      return out
    }
  const maxPageBytes = Math.min(
    ctx.options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED,
    2 ** 31,
  )
  const slice = guardedSlice(file, 'a column chunk')
  let pending: Warning[] = []
  let rowStart = 0
  for (let g = 0; g < metadata.row_groups.length; g++) {
    const group = metadata.row_groups[g] as (typeof metadata.row_groups)[number]
    const n = toNumber(group.num_rows)
    let rows: Record<string, unknown>[] = []
    let offset = 0
    try {
      if (!Number.isSafeInteger(n) || n < 0)
        throw new ParquetDefect(`row count ${n} is not valid`, 0)
      let lo = Number.POSITIVE_INFINITY
      let hi = 0
      const chunks: {
        start: number
        end: number
        meta: NonNullable<(typeof group.columns)[number]['meta_data']>
      }[] = []
      for (const c of group.columns) {
        const meta = c.meta_data
        if (!meta) throw new ParquetDefect('a column chunk has no metadata', 0)
        if (!columns.includes(meta.path_in_schema[0] as string)) continue
        const dict = toNumber(meta.dictionary_page_offset ?? 0)
        const start = dict || toNumber(meta.data_page_offset)
        const end = start + toNumber(meta.total_compressed_size)
        if (
          !Number.isSafeInteger(start) ||
          !Number.isSafeInteger(end) ||
          start < 4 ||
          end < start ||
          end > file.byteLength - 8
        )
          throw new ParquetDefect(
            `column ${meta.path_in_schema.join('.')} claims bytes [${start}, ${end}) of a ${file.byteLength}-byte file`,
            Number.isSafeInteger(start) ? start : 0,
          )
        chunks.push({ start, end, meta })
        lo = Math.min(lo, start)
        hi = Math.max(hi, end)
      }
      offset = chunks.length ? lo : 0
      const bytes = chunks.length ? new Uint8Array(await slice(lo, hi)) : new Uint8Array(0)
      for (const { start, end, meta } of chunks) {
        const lv = levels(schema as never, meta.path_in_schema)
        if (!lv)
          throw new ParquetDefect(
            `column ${meta.path_in_schema.join('.')} is not in the schema`,
            start,
          )
        checkColumnChunk(
          bytes.subarray(start - lo, end - lo),
          start,
          toNumber(meta.num_values),
          n,
          {
            name: meta.path_in_schema.join('.'),
            codec: meta.codec,
            maxDefinitionLevel: lv.def,
            maxRepetitionLevel: lv.rep,
            decompress: decompressor(meta.codec),
          },
          maxPageBytes,
        )
      }
      if (chunks.length)
        rows = (await hp.parquetReadObjects({
          file: memoryFile(file.byteLength, lo, bytes),
          metadata,
          columns,
          rowStart,
          rowEnd: rowStart + n,
          ...(compressors ? { compressors } : {}),
        })) as Record<string, unknown>[]
      if (rows.length !== n) throw new ParquetDefect(`${rows.length} rows decoded of ${n}`, lo)
    } catch (e) {
      const defect = e instanceof ParquetDefect ? e : undefined
      const w = report(
        {
          ruleId: 'corpus/parquet-corrupt-row-group',
          reason: `Parquet row group ${g} (rows ${rowStart}–${rowStart + (Number.isSafeInteger(n) ? n : 0)}) is unreadable and was skipped: ${(e as Error).message}`,
          source: '@nuqta/corpus',
          severity: 'error',
          byteOffset:
            defect?.byteOffset || offset || toNumber(group.columns[0]?.file_offset ?? 0) || 0,
          ...where,
        },
        ctx.options,
      )
      pending.push(w)
      rows = []
    }
    for (let i = 0; i < rows.length; i++) {
      const rec = rowToRecord(rows[i] as Record<string, unknown>, map, rowStart + i, offset)
      if (pending.length) {
        rec.warnings.push(...pending)
        pending = []
      }
      yield rec
    }
    if (Number.isSafeInteger(n) && n > 0) rowStart += n
  }
}
