/**
 * `Message`: the one shape of every warning any nuqta package records (vfile-message's role).
 * @module
 */

/**
 * How serious a message is: `'error'` when input was lost or replaced, `'warning'` when the output
 * may be wrong, `'info'` for a note (a decision worth knowing, nothing lost).
 * @example
 * ```ts
 * const s: Severity = 'warning'
 * ```
 */
export type Severity = 'info' | 'warning' | 'error'

/**
 * A problem found while reading, cleaning, normalizing or analysing text, with its position.
 * Plain JSON data: filter by `ruleId`, jump to the spot with `start`/`end` (in the text the message
 * is attached to, for a document its `text`) or `file`/`line`/`byteOffset` (in the input).
 *
 * Rule ids are `<package>/<rule>` with the package's short name and a kebab-case rule, e.g.
 * `corpus/jsonl-malformed-line`, `normalize/alef`, `dedup/repeated-line`.
 *
 * @example
 * ```ts
 * const m: Message = {
 *   ruleId: 'corpus/jsonl-malformed-line',
 *   reason: 'Line 3 is not valid JSON',
 *   source: '@nuqta/corpus',
 *   severity: 'error',
 *   line: 3,
 *   byteOffset: 120,
 *   file: 'news.jsonl',
 * }
 * ```
 */
export interface Message {
  /** Stable id of the rule that fired, `<package>/<rule>`. @example `'corpus/encoding-invalid-bytes'` */
  ruleId: string
  /** Human-readable explanation. @example `'Invalid UTF-8 bytes replaced by U+FFFD'` */
  reason: string
  /** The package that raised it. @example `'@nuqta/corpus'` */
  source: string
  /** How serious it is. @example `'warning'` */
  severity: Severity
  /** Start of the concerned span in the text it is attached to (UTF-16 code units). @example `0` */
  start?: number
  /** End (exclusive) of that span. @example `12` */
  end?: number
  /** 1-based line in the input where the problem is. @example `3` */
  line?: number
  /** Byte offset in the input (after decompression) where the problem is. @example `120` */
  byteOffset?: number
  /** Path or URL of the input, when known. @example `'news/2022.jsonl'` */
  file?: string
}

/**
 * Builds a {@link Message}, leaving out the position fields that are `undefined` (so the message
 * stays small and JSON-stable).
 *
 * @param fields - the message's fields; `severity` defaults to `'warning'`
 * @returns the message
 *
 * @example
 * ```ts
 * createMessage({ ruleId: 'corpus/text-empty', reason: 'empty record', source: '@nuqta/corpus' })
 * // { ruleId: 'corpus/text-empty', reason: 'empty record', source: '@nuqta/corpus', severity: 'warning' }
 * ```
 */
export function createMessage(
  fields: Omit<Message, 'severity'> & { severity?: Severity | undefined },
): Message {
  const m: Message = {
    ruleId: fields.ruleId,
    reason: fields.reason,
    source: fields.source,
    severity: fields.severity ?? 'warning',
  }
  if (fields.start !== undefined) m.start = fields.start
  if (fields.end !== undefined) m.end = fields.end
  if (fields.line !== undefined) m.line = fields.line
  if (fields.byteOffset !== undefined) m.byteOffset = fields.byteOffset
  if (fields.file !== undefined) m.file = fields.file
  return m
}
