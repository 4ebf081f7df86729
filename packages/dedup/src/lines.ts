/**
 * Repeated-line (boilerplate) finding across documents: {@link RepeatedLines}.
 * @module
 */
import type { TextChange } from '@nuqta/core'
import { contentHash, defaultNormalize, type NormalizeFn } from './minhash'
import { BLANK_LINE, LINE_BREAK } from './patterns'

/** The rule id of every removal {@link RepeatedLines.strip} records. */
const REPEATED_LINE = 'dedup/repeated-line'

/**
 * Options of {@link RepeatedLines}.
 * @example
 * ```ts
 * const o: RepeatedLinesOptions = { minDocuments: 5, unit: 'line' }
 * ```
 */
export interface RepeatedLinesOptions {
  /**
   * A line is repeated (boilerplate) when it occurs in at least this many distinct documents
   * (default 3). Occurrences inside one document count once.
   * @example
   * ```ts
   * const minDocuments: RepeatedLinesOptions['minDocuments'] = 10
   * ```
   */
  minDocuments?: number
  /**
   * `'line'` (default): every line break ends a unit. `'paragraph'`: units are separated by
   * blank lines.
   * @example
   * ```ts
   * const unit: RepeatedLinesOptions['unit'] = 'paragraph'
   * ```
   */
  unit?: 'line' | 'paragraph'
  /**
   * NormalizeFn applied to each unit before hashing (default NFKC + lower case); whitespace runs
   * are collapsed and trimmed after it.
   * @example
   * ```ts
   * const normalize: RepeatedLinesOptions['normalize'] = (t) => t.toLowerCase()
   * ```
   */
  normalize?: NormalizeFn
}

/**
 * One line or paragraph of a text with its corpus frequency.
 * @example
 * ```ts
 * const f: LineFlag = { start: 0, end: 12, line: 1, text: 'Share on X', count: 40, repeated: true }
 * ```
 */
export interface LineFlag {
  /**
   * Start offset (UTF-16, inclusive).
   * @example
   * ```ts
   * const start: LineFlag['start'] = 0
   * ```
   */
  start: number
  /**
   * End offset (UTF-16, exclusive), before the line break.
   * @example
   * ```ts
   * const end: LineFlag['end'] = 12
   * ```
   */
  end: number
  /**
   * 1-based line number of the unit's first line.
   * @example
   * ```ts
   * const line: LineFlag['line'] = 3
   * ```
   */
  line: number
  /**
   * The unit's text as written.
   * @example
   * ```ts
   * const text: LineFlag['text'] = 'Share on X'
   * ```
   */
  text: string
  /**
   * Number of distinct documents added so far that contain it.
   * @example
   * ```ts
   * const count: LineFlag['count'] = 40
   * ```
   */
  count: number
  /**
   * `count ≥ minDocuments`.
   * @example
   * ```ts
   * const repeated: LineFlag['repeated'] = true
   * ```
   */
  repeated: boolean
}

/**
 * Result of {@link RepeatedLines.strip}: the text without its repeated units, and the edit script
 * from the input to it (one removal per unit), so positions map back with `Alignment.fromChanges`
 * of `@nuqta/core`.
 * @example
 * ```ts
 * const r: StripResult = { text: 'story\n', changes: [] }
 * ```
 */
export interface StripResult {
  /**
   * The text without the repeated units.
   * @example
   * ```ts
   * const text: StripResult['text'] = 'Story three.\n'
   * ```
   */
  text: string
  /**
   * One `TextChange` per removed unit, in order: `ruleId` `'dedup/repeated-line'`, `kind`
   * `'removal'`, `before` the unit with its line break(s), `after` `''`, `start`/`end` in the
   * input and `outputStart`/`outputEnd` (equal) in {@link StripResult.text}.
   * @example
   * ```ts
   * const changes: StripResult['changes'] = []
   * ```
   */
  changes: TextChange[]
}

/**
 * A repeated line with its document count (from {@link RepeatedLines.repeated}).
 * @example
 * ```ts
 * const r: RepeatedLine = { text: 'Share on X', count: 40 }
 * ```
 */
export interface RepeatedLine {
  /**
   * The line as first seen, trimmed.
   * @example
   * ```ts
   * const text: RepeatedLine['text'] = 'Share on X'
   * ```
   */
  text: string
  /**
   * Number of documents containing it.
   * @example
   * ```ts
   * const count: RepeatedLine['count'] = 40
   * ```
   */
  count: number
}

interface Unit {
  start: number
  end: number
  next: number
  line: number
}

function lineUnits(text: string): Unit[] {
  const out: Unit[] = []
  let start = 0
  let line = 1
  for (const m of text.matchAll(LINE_BREAK)) {
    const end = m.index
    out.push({ start, end, next: end + m[0].length, line })
    start = end + m[0].length
    line++
  }
  out.push({ start, end: text.length, next: text.length, line })
  return out
}

function paragraphUnits(text: string): Unit[] {
  const out: Unit[] = []
  let cur: Unit | undefined
  for (const u of lineUnits(text)) {
    if (BLANK_LINE.test(text.slice(u.start, u.end))) {
      if (cur) {
        out.push(cur)
        cur = undefined
      }
      const last = out[out.length - 1]
      if (last) last.next = u.next
      continue
    }
    if (cur) {
      cur.end = u.end
      cur.next = u.next
    } else cur = { ...u }
  }
  if (cur) out.push(cur)
  return out
}

/**
 * CCNet-style boilerplate finder: hashes every normalized line (or paragraph) of each document,
 * counts in how many documents each occurs, and flags or strips the ones at or above a
 * frequency threshold: site templates, share buttons, widget text. Memory: one map entry (a
 * 52-bit hash and a count) per distinct line, plus a sample text for lines seen in two or more documents (or in one, when `minDocuments` is 1).
 * @example
 * ```ts
 * const lines = new RepeatedLines({ minDocuments: 2 })
 * lines.add('Story one.\nShare on X')
 * lines.add('Story two.\nShare on X')
 * lines.strip('Story three.\nShare on X').text // 'Story three.\n'
 * ```
 */
export class RepeatedLines {
  /**
   * Frequency threshold in documents.
   * @example
   * ```ts
   * new RepeatedLines().minDocuments // 3
   * ```
   */
  readonly minDocuments: number
  /**
   * Unit in use.
   * @example
   * ```ts
   * new RepeatedLines().unit // 'line'
   * ```
   */
  readonly unit: 'line' | 'paragraph'
  /**
   * Number of documents added.
   * @example
   * ```ts
   * new RepeatedLines().documents // 0
   * ```
   */
  documents = 0
  private readonly normalize: NormalizeFn
  private readonly counts = new Map<number, number>()
  private readonly samples = new Map<number, string>()

  /**
   * Creates an empty counter.
   * @param options - see {@link RepeatedLinesOptions}
   * @example
   * ```ts
   * const lines = new RepeatedLines({ unit: 'paragraph', minDocuments: 10 })
   * ```
   */
  constructor(options: RepeatedLinesOptions = {}) {
    this.minDocuments = options.minDocuments ?? 3
    this.unit = options.unit ?? 'line'
    this.normalize = options.normalize ?? defaultNormalize
  }

  private units(text: string): Unit[] {
    return this.unit === 'line' ? lineUnits(text) : paragraphUnits(text)
  }

  private key(unitText: string): number | undefined {
    if (BLANK_LINE.test(unitText)) return undefined
    const hex = contentHash(this.normalize(unitText))
    return Number.parseInt(hex.slice(0, 13), 16)
  }

  /**
   * Counts the distinct lines (paragraphs) of one document.
   * @param text - a document
   * @example
   * ```ts
   * new RepeatedLines().add('a\nb\na') // counts 'a' once and 'b' once
   * ```
   */
  add(text: string): void {
    this.documents++
    const seen = new Set<number>()
    for (const u of this.units(text)) {
      const t = text.slice(u.start, u.end)
      const k = this.key(t)
      if (k === undefined || seen.has(k)) continue
      seen.add(k)
      const c = (this.counts.get(k) ?? 0) + 1
      this.counts.set(k, c)
      if (c === Math.min(this.minDocuments, 2)) this.samples.set(k, t.trim())
    }
  }

  /**
   * Number of documents containing a line (after normalization).
   * @param line - the line text
   * @returns the document count
   * @example
   * ```ts
   * const l = new RepeatedLines(); l.add('x\ny'); l.add('X'); l.count('x') // 2
   * ```
   */
  count(line: string): number {
    const k = this.key(line)
    return k === undefined ? 0 : (this.counts.get(k) ?? 0)
  }

  /**
   * Every line (paragraph) of a text with its count and whether it is repeated.
   * @param text - any text (it need not have been added)
   * @returns one flag per non-blank unit, in order
   * @example
   * ```ts
   * const l = new RepeatedLines({ minDocuments: 1 }); l.add('x')
   * l.flag('x\ny').map((f) => f.repeated) // [true, false]
   * ```
   */
  flag(text: string): LineFlag[] {
    const out: LineFlag[] = []
    for (const u of this.units(text)) {
      const t = text.slice(u.start, u.end)
      const k = this.key(t)
      if (k === undefined) continue
      const count = this.counts.get(k) ?? 0
      out.push({
        start: u.start,
        end: u.end,
        line: u.line,
        text: t,
        count,
        repeated: count >= this.minDocuments,
      })
    }
    return out
  }

  /**
   * Removes the repeated lines (paragraphs) of a text, each with its line break.
   * @param text - any text
   * @returns the remaining text and one removal (`TextChange`, rule `dedup/repeated-line`) per
   * removed unit
   * @example
   * ```ts
   * const l = new RepeatedLines({ minDocuments: 1 }); l.add('menu')
   * l.strip('menu\nstory').changes[0]?.before // 'menu\n'
   * ```
   */
  strip(text: string): StripResult {
    const changes: TextChange[] = []
    let kept = ''
    let last = 0
    for (const u of this.units(text)) {
      const k = this.key(text.slice(u.start, u.end))
      const count = k === undefined ? 0 : (this.counts.get(k) ?? 0)
      if (k === undefined || count < this.minDocuments) continue
      kept += text.slice(last, u.start)
      changes.push({
        start: u.start,
        end: u.next,
        outputStart: kept.length,
        outputEnd: kept.length,
        before: text.slice(u.start, u.next),
        after: '',
        ruleId: REPEATED_LINE,
        source: '@nuqta/dedup',
        reason: `${this.unit} ${u.line} occurs in ${count} documents (threshold ${this.minDocuments})`,
        kind: 'removal',
      })
      last = u.next
    }
    return { text: kept + text.slice(last), changes }
  }

  /**
   * The repeated lines seen so far, most frequent first (text as first seen, trimmed).
   * @param limit - at most this many (default all)
   * @returns lines with their document counts
   * @example
   * ```ts
   * const l = new RepeatedLines({ minDocuments: 2 }); l.add('menu\na'); l.add('menu\nb')
   * l.repeated() // [{ text: 'menu', count: 2 }]
   * ```
   */
  repeated(limit = Number.POSITIVE_INFINITY): RepeatedLine[] {
    const out: RepeatedLine[] = []
    for (const [k, count] of this.counts) {
      if (count < this.minDocuments) continue
      out.push({ text: this.samples.get(k) ?? '', count })
    }
    out.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    return out.slice(0, limit)
  }
}
