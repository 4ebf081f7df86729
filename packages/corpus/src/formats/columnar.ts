/**
 * Shared row handling for column stores (Parquet, Arrow): choose the columns, turn a row into a record.
 * @module
 */
import type { RawRecord } from '../document'
import { DEFAULT_FIELDS } from '../fields'
import type { FieldMap } from '../options'

/**
 * The columns to read: the first column matching each field's names (dotted paths by their first
 * segment); when no text column matches by name, the first string column.
 * @internal
 */
export function chooseColumns(
  names: string[],
  stringColumns: string[],
  fields: FieldMap | undefined,
): { columns: string[]; map: Record<keyof FieldMap, string | undefined> } {
  const map = {} as Record<keyof FieldMap, string | undefined>
  for (const key of ['id', 'text', 'title', 'date', 'url'] as const) {
    const configured = fields?.[key]
    const candidates =
      configured === undefined
        ? DEFAULT_FIELDS[key]
        : Array.isArray(configured)
          ? configured
          : [configured]
    map[key] = candidates.find(
      (c) => names.includes(c) || names.includes(c.split('.')[0] as string),
    )
  }
  if (!map.text) map.text = stringColumns[0]
  const columns = [
    ...new Set(
      Object.values(map)
        .filter((c): c is string => !!c)
        .map((c) => (names.includes(c) ? c : (c.split('.')[0] as string))),
    ),
  ]
  return { columns, map }
}

function valueAt(row: Record<string, unknown>, path: string | undefined): unknown {
  if (!path) return undefined
  if (path in row) return row[path]
  let v: unknown = row
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string, unknown>)[part]
  }
  return v
}

function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined
  if (typeof v === 'string') return v
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString()
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v)
  if (v instanceof Uint8Array) return new TextDecoder().decode(v)
  return undefined
}

/**
 * A row of a column store as a record.
 * @internal
 */
export function rowToRecord(
  row: Record<string, unknown>,
  map: Record<keyof FieldMap, string | undefined>,
  record: number,
  byteOffset: number,
): RawRecord {
  const date = valueAt(row, map.date)
  return {
    text: str(valueAt(row, map.text)) ?? '',
    id: str(valueAt(row, map.id)),
    title: str(valueAt(row, map.title)),
    date:
      date instanceof Date
        ? str(date)
        : typeof date === 'bigint'
          ? Number(date)
          : typeof date === 'number'
            ? date
            : str(date),
    url: str(valueAt(row, map.url)),
    record,
    byteOffset,
    warnings: [],
  }
}
