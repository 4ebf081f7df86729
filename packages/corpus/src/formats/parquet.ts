/**
 * Parquet through hyparquet (loaded on first use), one row group at a time.
 * @module
 */
import type { BuildContext, RawRecord } from '../document'
import { CorpusParseError } from '../errors'
import { chooseColumns, rowToRecord } from './columnar'

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

/**
 * Records of a Parquet file: the text column (by the field map, else by name, else the first string
 * column) and the id/title/date/url columns when present. Reads row group by row group.
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
  const hp = await import('hyparquet')
  let metadata: Awaited<ReturnType<typeof hp.parquetMetadataAsync>>
  try {
    metadata = await hp.parquetMetadataAsync(file)
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
  let rowStart = 0
  for (const group of metadata.row_groups) {
    const n = Number(group.num_rows)
    let rows: Record<string, unknown>[]
    try {
      rows = (await hp.parquetReadObjects({
        file,
        metadata,
        columns,
        rowStart,
        rowEnd: rowStart + n,
        ...(compressors ? { compressors } : {}),
      })) as Record<string, unknown>[]
    } catch (e) {
      throw new CorpusParseError({
        message: `Parquet row group at row ${rowStart} is unreadable: ${(e as Error).message}`,
        ruleId: 'corpus/parquet-corrupt',
        byteOffset: Number(group.columns[0]?.file_offset ?? 0),
        file: ctx.path,
        cause: e,
      })
    }
    const offset = Number(
      group.columns[0]?.meta_data?.data_page_offset ?? group.columns[0]?.file_offset ?? 0,
    )
    for (let i = 0; i < rows.length; i++)
      yield rowToRecord(rows[i] as Record<string, unknown>, map, rowStart + i, offset)
    rowStart += n
  }
}
