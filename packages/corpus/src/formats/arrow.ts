/**
 * Arrow IPC (file and stream formats) through flechette (loaded on first use).
 * @module
 */
import type { BuildContext, RawRecord } from '../document'
import { CorpusParseError } from '../errors'
import { chooseColumns, rowToRecord } from './columnar'

/**
 * Records of an Arrow IPC file or stream: same column choice as Parquet.
 * @internal
 */
export async function* parseArrow(bytes: Uint8Array, ctx: BuildContext): AsyncGenerator<RawRecord> {
  const fl = await import('@uwdata/flechette')
  let table: ReturnType<typeof fl.tableFromIPC>
  try {
    table = fl.tableFromIPC(bytes, { useDate: true, useBigInt: false })
  } catch (e) {
    throw new CorpusParseError({
      message: `Not a readable Arrow IPC file: ${(e as Error).message}`,
      ruleId: 'corpus/arrow-corrupt',
      byteOffset: 0,
      file: ctx.path,
      cause: e,
    })
  }
  const names = table.names as string[]
  const strings = table.schema.fields
    .filter(
      (f) =>
        f.type.typeId === fl.Type.Utf8 ||
        f.type.typeId === fl.Type.LargeUtf8 ||
        f.type.typeId === fl.Type.Utf8View,
    )
    .map((f) => f.name)
  const { columns, map } = chooseColumns(names, strings, ctx.options.fields)
  const cols = columns.map((c) => [c, table.getChild(c)] as const)
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {}
    for (const [name, col] of cols) row[name] = col.at(i)
    yield rowToRecord(row, map, i, 0)
  }
}
