/**
 * Options of the reader.
 * @module
 */

import type { Message } from '@nuqta/core'
import type { CleanOptions } from './clean'
import type { Format } from './types'

/**
 * Which record fields hold the id, text, title, date, URL and language. Each entry is a field name or
 * a dotted path (`meta.title`), or a list tried in order. Used by JSONL, CSV/TSV and Parquet/Arrow.
 * @example
 * ```ts
 * const fields: FieldMap = { text: 'content', title: ['headline', 'meta.title'], date: 'published' }
 * ```
 */
export interface FieldMap {
  /** Id field(s). Default `id`, `doc_id`, `docid`, `uuid`, `_id`, `metadata.id`. @example `'id'` */
  id?: string | string[]
  /** Text field(s). Default `text`, `content`, `body`, `article`, `raw_content`, `story`. @example `'text'` */
  text?: string | string[]
  /** Title field(s). Default `title`, `headline`, `head_line`, `metadata.title`. @example `'title'` */
  title?: string | string[]
  /** Date field(s). Default `date`, `published`, `timestamp`, `date_published`, `metadata.date`… @example `'date'` */
  date?: string | string[]
  /** URL field(s). Default `url`, `link`, `source_url`, `metadata.url`, `warc_headers.warc-target-uri`. @example `'url'` */
  url?: string | string[]
}

/**
 * Options of `readDocuments` and `readCorpus`.
 * @example
 * ```ts
 * const options: ReadOptions = { format: 'csv', fields: { text: 'body' }, strict: false }
 * ```
 */
export interface ReadOptions {
  /** Container format; detected from the bytes when absent. An explicit format wins. @example `'jsonl'` */
  format?: Format
  /** Encoding to decode with; detected when absent. An explicit encoding wins over detection and declarations. @example `'windows-1256'` */
  encoding?: string
  /** Name of the input (path or URL), used in `source.path`, ids and warnings. @example `'news/2022.jsonl'` */
  name?: string
  /** Field mapping for JSONL, CSV/TSV, Parquet and Arrow records. @example `{ text: 'content' }` */
  fields?: FieldMap
  /** CSV delimiter (default: detected among `,` `;` `\t` `|`). @example `';'` */
  delimiter?: string
  /**
   * Clean each document with `cleanText` (mojibake repair, boilerplate removal): `true` (default),
   * `false`, or cleaning options. Spans removed and repairs made are listed on the document.
   * @example `false`
   */
  clean?: boolean | CleanOptions
  /** Throw a `CorpusParseError` at the first malformed record instead of warning and going on. @example `true` */
  strict?: boolean
  /**
   * What to do with a malformed record (bad JSON line…): `'keep'` (default) yields a document whose
   * text is the raw record and whose warnings say why; `'skip'` drops it (its warning still goes to
   * `onWarning`).
   * @example `'skip'`
   */
  malformed?: 'keep' | 'skip'
  /**
   * WARC record types that become documents. Default `['response', 'resource', 'conversion']`; add
   * `'warcinfo'`, `'request'`, `'metadata'` or `'revisit'` to expose those records' raw text too.
   * @example `['response', 'conversion', 'metadata']`
   */
  warcRecords?: string[]
  /**
   * Most bytes a compressed input (gzip, also gzip inside gzip) may inflate to, counted over the
   * whole stream; past it reading stops with a `CorpusParseError` (`corpus/gzip-too-large`) after
   * every document before it. Parquet pages and whole-file formats (Parquet, Arrow) are held to it
   * too. Default 4 GiB.
   * @example `1024 ** 3`
   */
  maxDecompressedBytes?: number
  /** Called with every warning as it is raised (including ones on skipped records). @example `(w) => console.warn(w.reason)` */
  onWarning?: (warning: Message) => void
}

/**
 * Default of {@link ReadOptions.maxDecompressedBytes}: 4 GiB.
 * @example
 * ```ts
 * DEFAULT_MAX_DECOMPRESSED // 4294967296
 * ```
 */
export const DEFAULT_MAX_DECOMPRESSED = 4 * 1024 ** 3
