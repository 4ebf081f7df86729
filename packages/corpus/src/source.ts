/**
 * Positions back to the source: the decoded record text of a document (recovered from `doc.text`
 * and `doc.changes`), the alignment from it to `doc.text`, and byte ranges in the input file.
 * @module
 */
import { Alignment, NuqtaArgumentError, revertChanges } from '@nuqta/core'
import { byteLength, isSingleByte } from './encoding'
import type { Document } from './types'

/**
 * The decoded text of the record a document was made from: `doc.text` with every change in
 * `doc.changes` undone (line endings, trimmed whitespace, repaired mojibake, removed boilerplate
 * lines, paragraph breaks). Nothing is stored twice: the record text is rebuilt on each call.
 *
 * What "the record text" is depends on the format: the whole decoded file for plain text; the
 * text field's decoded string value for JSONL, CSV/TSV, Parquet and Arrow; the payload for WARC;
 * the paragraphs as the parser extracted them (markup removed, entities decoded), joined by `\n`,
 * for SGML and HTML.
 *
 * @param doc - a document from `readDocuments`
 * @returns the record text, from which `doc.changes` lead to `doc.text`
 * @example
 * ```ts
 * for await (const doc of readDocuments('  Share on Facebook\nKyiv was shelled.\r\n')) {
 *   console.log(JSON.stringify(sourceText(doc))) // "  Share on Facebook\nKyiv was shelled.\r\n"
 *   console.log(doc.text) // Kyiv was shelled.
 * }
 * ```
 */
export function sourceText(doc: Document): string {
  return revertChanges(doc.text, doc.changes)
}

/** Length of the record text, from `doc.text` and the changes' length differences. */
function recordLength(doc: Document): number {
  let n = doc.text.length
  for (const c of doc.changes) n -= c.after.length - c.before.length
  return n
}

/**
 * The alignment from the record text ({@link sourceText}) to `doc.text`: `toOriginal` maps a span of
 * `doc.text` to the record text, `toNormalized` maps back. Removed text (a boilerplate line) maps
 * to nothing, so a word beside it maps back to the word alone. Compose it with a normalizer's
 * alignment (`sourceAlignment(doc).compose(normalized.alignment)`) to map spans of normalized text
 * back to the record.
 *
 * @param doc - a document from `readDocuments`
 * @returns the alignment, original = record text, normalized = `doc.text`
 * @example
 * ```ts
 * for await (const doc of readDocuments('Share on Facebook\nKyiv was shelled.')) {
 *   const [s, e] = sourceAlignment(doc).toOriginal(0, 4) // 'Kyiv' in doc.text
 *   console.log(s, e, sourceText(doc).slice(s, e)) // 18 22 Kyiv
 * }
 * ```
 */
export function sourceAlignment(doc: Document): Alignment {
  return Alignment.fromChanges(recordLength(doc), doc.changes)
}

/**
 * The exact byte range, in the (decompressed) input, of a span of the record text
 * ({@link sourceText}), for formats where the record text is a verbatim slice of the bytes: plain
 * text files (`source.format === 'text'`, gzip-compressed or not) in UTF-8, UTF-16 or a single-byte
 * code page. Returns `undefined` where no exact answer exists: other formats (a JSON or CSV string
 * with escapes or quotes, WARC payloads, SGML/HTML with markup and entities), encodings decoded by
 * the platform's fallback (e.g. Shift-JIS), or a UTF-8 record with invalid bytes (a U+FFFD stands
 * for 1 to 3 bytes) before `end`.
 *
 * @param doc - a document from `readDocuments`
 * @param start - start of the span in the record text (UTF-16 code units)
 * @param end - end (exclusive) of the span in the record text
 * @returns `[byteStart, byteEnd]` in the input, or `undefined`
 * @throws `NuqtaArgumentError` (from `@nuqta/core`) when the span is not inside the record text
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('Share on Facebook\nمرحبا Kyiv')
 * for await (const doc of readDocuments(bytes)) {
 *   const [s, e] = sourceAlignment(doc).toOriginal(6, 10) // 'Kyiv' in doc.text
 *   console.log(byteRange(doc, s, e)) // [ 28, 32 ]
 * }
 * ```
 */
export function byteRange(doc: Document, start: number, end: number): [number, number] | undefined {
  const record = sourceText(doc)
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end)) {
    throw new NuqtaArgumentError({
      argument: 'start',
      message: `expected integers 0 ≤ start ≤ end, got ${start} and ${end}`,
    })
  }
  if (end > record.length) {
    throw new NuqtaArgumentError({
      argument: 'end',
      message: `${end} is past the record text (${record.length} code units)`,
    })
  }
  const { format, encoding, byteOffset } = doc.source
  if (format !== 'text') return undefined
  const exact =
    encoding === 'utf-8' ||
    encoding === 'utf-16le' ||
    encoding === 'utf-16be' ||
    isSingleByte(encoding)
  if (!exact) return undefined
  if (encoding === 'utf-8' && record.lastIndexOf('\uFFFD', end - 1) >= 0) {
    const lossy = doc.warnings.some(
      (w) =>
        w.ruleId === 'corpus/encoding-invalid-bytes' ||
        w.ruleId === 'corpus/encoding-truncated-sequence',
    )
    if (lossy) return undefined
  }
  const from = byteOffset + byteLength(record, encoding, 0, start)
  return [from, from + byteLength(record, encoding, start, end)]
}
