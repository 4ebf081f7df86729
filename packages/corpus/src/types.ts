/**
 * The data shapes of `@nuqta/corpus`: documents, their sources, paragraphs, warnings, repairs and
 * removed spans. Everything here is plain JSON-serialisable data (no class instances), so a document
 * crosses workers, files and the browser unchanged.
 * @module
 */

/**
 * Language of a document or paragraph, decided from its letters: `ar` (Arabic script), `en` (Latin
 * script), `mixed` (both in a real share) or `und` (no letters at all).
 * @example
 * ```ts
 * const lang: Lang = 'ar'
 * ```
 */
export type Lang = 'ar' | 'en' | 'mixed' | 'und'

/**
 * A container format the reader understands.
 * @example
 * ```ts
 * const format: Format = 'jsonl'
 * ```
 */
export type Format =
  | 'text'
  | 'jsonl'
  | 'csv'
  | 'tsv'
  | 'sgml'
  | 'html'
  | 'warc'
  | 'parquet'
  | 'arrow'
  | 'gzip'

/**
 * An encoding the reader can decode. Single-byte code pages and UTF-8/UTF-16 are decoded by nuqta or
 * the platform; other labels found by the fallback detector are decoded by the platform's TextDecoder.
 * @example
 * ```ts
 * const enc: EncodingName = 'windows-1256'
 * ```
 */
export type EncodingName =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1256'
  | 'iso-8859-6'
  | 'windows-1252'
  | (string & {})

/**
 * A problem found while reading or cleaning, with its position. Plain data in the spirit of
 * vfile-message: filter by `ruleId`, jump to the spot with `file`/`line`/`byteOffset` or `start`/`end`.
 * @example
 * ```ts
 * const w: Warning = {
 *   ruleId: 'jsonl/malformed-line',
 *   reason: 'Line 3 is not valid JSON',
 *   source: '@nuqta/corpus',
 *   line: 3,
 *   byteOffset: 120,
 * }
 * ```
 */
export interface Warning {
  /** Stable identifier of the rule that fired, `<area>/<rule>`. @example `'encoding/invalid-bytes'` */
  ruleId: string
  /** Human-readable explanation. @example `'Invalid UTF-8 bytes replaced by U+FFFD'` */
  reason: string
  /** The package that raised it. @example `'@nuqta/corpus'` */
  source: '@nuqta/corpus'
  /** Start of the concerned span in the document's `text` (UTF-16 code units). @example `0` */
  start?: number
  /** End (exclusive) of the concerned span in the document's `text`. @example `12` */
  end?: number
  /** 1-based line in the input (after decompression) where the problem is. @example `3` */
  line?: number
  /** Byte offset in the input (after decompression) where the problem is. @example `120` */
  byteOffset?: number
  /** Path or URL of the input, when known. @example `'news/2022.jsonl'` */
  file?: string
  /** `'error'` when input was lost or replaced, `'warning'` (the default) otherwise. @example `'error'` */
  severity?: 'warning' | 'error'
}

/**
 * A change made to the text to repair it (for example mojibake undone). `start`/`end` locate the
 * repaired span in the text the repair was applied to.
 * @example
 * ```ts
 * const r: Repair = {
 *   ruleId: 'mojibake/cp1252-utf8',
 *   reason: 'UTF-8 read as Windows-1252',
 *   source: '@nuqta/corpus',
 *   start: 0,
 *   end: 2,
 *   before: 'Ã©',
 *   after: 'é',
 *   confidence: 0.98,
 * }
 * ```
 */
export interface Repair extends Warning {
  /** The text before the repair. @example `'Ã©'` */
  before: string
  /** The text after the repair. @example `'é'` */
  after: string
  /** How sure the repair is, 0 to 1. @example `0.98` */
  confidence: number
}

/**
 * What a removed span was.
 * @example
 * ```ts
 * const kind: RemovedKind = 'boilerplate'
 * ```
 */
export type RemovedKind = 'boilerplate' | 'markup' | 'control' | 'duplicate' | 'other'

/**
 * A span removed by cleaning, with its position in the text before cleaning.
 * @example
 * ```ts
 * const r: Removed = {
 *   start: 0,
 *   end: 17,
 *   text: 'Share on Facebook',
 *   ruleId: 'boilerplate/share',
 *   kind: 'boilerplate',
 * }
 * ```
 */
export interface Removed {
  /** Start in the pre-clean text (UTF-16 code units). @example `0` */
  start: number
  /** End (exclusive) in the pre-clean text. @example `17` */
  end: number
  /** The removed text. @example `'Share on Facebook'` */
  text: string
  /** The rule that removed it. @example `'boilerplate/share'` */
  ruleId: string
  /** What kind of text it was. @example `'boilerplate'` */
  kind: RemovedKind
}

/**
 * A paragraph of a document: its text and its span in the document's `text`
 * (`text.slice(start, end) === paragraph.text`).
 * @example
 * ```ts
 * const p: Paragraph = { text: 'Hello.', start: 0, end: 6, lang: 'en' }
 * ```
 */
export interface Paragraph {
  /** The paragraph's text. @example `'Hello.'` */
  text: string
  /** Start in the document text (UTF-16 code units). @example `0` */
  start: number
  /** End (exclusive) in the document text. @example `6` */
  end: number
  /** Language of this paragraph. @example `'en'` */
  lang: Lang
  /** What the paragraph is, when known (`'heading'`, `'body'`, …). @example `'body'` */
  kind?: string
}

/**
 * Where a document came from.
 * @example
 * ```ts
 * const s: DocumentSource = {
 *   path: 'corpus/017_9f86d081884c7d65.txt',
 *   format: 'text',
 *   encoding: 'utf-8',
 *   confidence: 1,
 *   record: 0,
 *   byteOffset: 0,
 * }
 * ```
 */
export interface DocumentSource {
  /** File path (Node entry) or the `name` option. @example `'corpus/017_9f86d081884c7d65.txt'` */
  path?: string
  /** URL of the page (WARC/WET `WARC-Target-URI`, or a `url` field). @example `'https://example.com/a'` */
  url?: string
  /** Container format the record was read from. @example `'jsonl'` */
  format: Format
  /** True when the input was gzip-compressed (offsets are then in the decompressed bytes). @example `true` */
  gzip?: boolean
  /** Encoding used to decode the record's text. @example `'windows-1256'` */
  encoding: EncodingName
  /** Confidence in that encoding, 0 to 1 (1 for a BOM, a valid non-ASCII UTF-8 body or an explicit option). @example `0.9` */
  confidence: number
  /** 0-based index of the record within its input. @example `0` */
  record: number
  /** Byte offset of the record in the (decompressed) input. @example `0` */
  byteOffset: number
  /** 1-based line of the record's first byte, for line-based formats. @example `1` */
  line?: number
  /** Sequence number parsed from a file name like `017_9f86d081884c7d65.txt`. @example `17` */
  sequence?: number
  /** Hash parsed from a file name like `017_9f86d081884c7d65.txt`. @example `'9f86d081884c7d65'` */
  hash?: string
}

/**
 * One document: a news article, web page or record, with its text, paragraphs and every warning.
 * JSON-serialisable; {@link toJsonl} writes it and `readDocuments` reads it back unchanged.
 * @example
 * ```ts
 * const doc: Document = {
 *   id: 'a1',
 *   source: { format: 'jsonl', encoding: 'utf-8', confidence: 1, record: 0, byteOffset: 0, line: 1 },
 *   title: 'Hello',
 *   lang: 'en',
 *   text: 'Hello world.',
 *   paragraphs: [{ text: 'Hello world.', start: 0, end: 12, lang: 'en' }],
 *   removed: [],
 *   repairs: [],
 *   warnings: [],
 * }
 * ```
 */
export interface Document {
  /** Identifier: from the record's id field or file name, else `<name>#<record>`. @example `'9f86d081884c7d65'` */
  id: string
  /** Where it came from. @example `{ format: 'text', encoding: 'utf-8', confidence: 1, record: 0, byteOffset: 0 }` */
  source: DocumentSource
  /** Title or headline, when the source has one. @example `'Putin visits Kursk'` */
  title?: string
  /** Publication date, ISO 8601 (with its offset when the source gives one). @example `'2022-03-29T10:00:00+00:00'` */
  date?: string
  /** Language of the whole text. @example `'ar'` */
  lang: Lang
  /** The document's text; paragraphs are separated by `\n`. @example `'Hello world.'` */
  text: string
  /** Paragraphs with their spans in `text`. @example `[{ text: 'Hello world.', start: 0, end: 12, lang: 'en' }]` */
  paragraphs: Paragraph[]
  /** Spans removed by cleaning (positions in the text before cleaning). @example `[]` */
  removed: Removed[]
  /** Repairs made by cleaning. @example `[]` */
  repairs: Repair[]
  /** Problems met while reading this record. @example `[]` */
  warnings: Warning[]
  /** Other fields the source carries (SGML `type`, `dateline`, CSV/JSONL extra fields…). @example `{ type: 'story', dateline: 'MOSCOW' }` */
  meta?: Record<string, string>
}
