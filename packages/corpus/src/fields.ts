/**
 * Field lookup in records (JSONL objects, CSV rows, Parquet rows) with dotted paths and defaults.
 * @module
 */
import type { FieldMap } from './options'

/**
 * Default field names tried in order when the options name none.
 * @internal
 */
export const DEFAULT_FIELDS: Required<{ [K in keyof FieldMap]: string[] }> = {
  id: ['id', 'doc_id', 'docid', 'document_id', 'uuid', '_id', 'metadata.id', 'meta.id'],
  text: ['text', 'content', 'body', 'article', 'raw_content', 'story', 'document', 'contents'],
  title: ['title', 'headline', 'head_line', 'metadata.title', 'meta.title'],
  date: [
    'date',
    'published',
    'published_at',
    'date_published',
    'publish_date',
    'pub_date',
    'timestamp',
    'created_at',
    'metadata.date',
    'meta.date',
    'warc_headers.warc-date',
    'metadata.warc_headers.warc-date',
  ],
  url: [
    'url',
    'link',
    'source_url',
    'metadata.url',
    'meta.url',
    'warc_headers.warc-target-uri',
    'metadata.warc_headers.warc-target-uri',
  ],
}

/**
 * The value at a dotted path (`a.b.c`); an exact key containing dots wins over the path.
 * @internal
 */
export function getPath(obj: unknown, path: string): unknown {
  if (obj === null || typeof obj !== 'object') return undefined
  const rec = obj as Record<string, unknown>
  if (path in rec) return rec[path]
  const dot = path.indexOf('.')
  if (dot < 0) return undefined
  return getPath(rec[path.slice(0, dot)], path.slice(dot + 1))
}

/**
 * The first non-empty value among the configured (or default) names for `key`, and the name used.
 * @internal
 */
export function pick(
  obj: unknown,
  key: keyof FieldMap,
  fields: FieldMap | undefined,
): { value: unknown; name: string } | undefined {
  const configured = fields?.[key]
  const names =
    configured === undefined
      ? DEFAULT_FIELDS[key]
      : Array.isArray(configured)
        ? configured
        : [configured]
  for (const name of names) {
    const v = getPath(obj, name)
    if (v !== undefined && v !== null && v !== '') return { value: v, name }
  }
  return undefined
}

/**
 * A scalar as a string (numbers and booleans converted), or undefined for objects and arrays.
 * @internal
 */
export function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v)
  return undefined
}
