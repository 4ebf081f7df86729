/**
 * Container format detection from the first bytes (never from the file name).
 * @module
 */
import { codeOf, detectCsvDelimiter } from './formats/csv'
import { findDocOpen } from './formats/sgml'
import type { Format } from './types'

/**
 * Formats tried by auto-detection, in order.
 * @internal
 */
export const TRIED_FORMATS: Format[] = [
  'gzip',
  'parquet',
  'arrow',
  'warc',
  'jsonl',
  'sgml',
  'html',
  'csv',
  'tsv',
  'text',
]

const startsWithAscii = (b: Uint8Array, s: string, at = 0): boolean => {
  if (b.length < at + s.length) return false
  for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false
  return true
}

/**
 * Binary containers recognised by their magic bytes.
 * @internal
 */
export function detectBinaryFormat(head: Uint8Array): Format | undefined {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip'
  if (startsWithAscii(head, 'PAR1')) return 'parquet'
  if (startsWithAscii(head, 'ARROW1')) return 'arrow'
  // Arrow IPC stream: continuation marker 0xFFFFFFFF then a metadata length
  if (
    head[0] === 0xff &&
    head[1] === 0xff &&
    head[2] === 0xff &&
    head[3] === 0xff &&
    head.length > 8
  )
    return 'arrow'
  return undefined
}

/** True when the text looks binary: control characters (other than tab, newline, carriage return,
 * form feed) above 2 %, or replacement characters above 25 %. */
function looksBinary(text: string): boolean {
  let controls = 0
  let replaced = 0
  const len = Math.min(text.length, 65536)
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) controls++
    else if (c === 0xfffd) replaced++
  }
  return len > 0 && (controls / len > 0.02 || replaced / len > 0.25)
}

/**
 * Text formats from the decoded start of the input. Returns `undefined` for binary-looking text.
 * @internal
 */
export function detectTextFormat(sample: string): { format: Format; reason?: string } | undefined {
  if (looksBinary(sample)) return undefined
  let i = 0
  while (
    i < sample.length &&
    /* whitespace or BOM */ (sample.charCodeAt(i) <= 0x20 || sample.charCodeAt(i) === 0xfeff)
  )
    i++
  const first = sample.charCodeAt(i)
  if (sample.startsWith('WARC/', i)) return { format: 'warc' }
  if (first === 0x7b /* { */ || first === 0x5b /* [ */) return { format: 'jsonl' }
  if (first === 0x3c /* < */) {
    if (findDocOpen(sample, i) >= 0) return { format: 'sgml' }
    const lower = sample.slice(i, i + 512).toLowerCase()
    if (lower.includes('<html') || lower.startsWith('<!doctype html')) return { format: 'html' }
    return { format: 'sgml' }
  }
  const delim = detectCsvDelimiter(sample.slice(i))
  if (delim !== undefined) return { format: codeOf(delim) === 9 ? 'tsv' : 'csv' }
  return { format: 'text' }
}
