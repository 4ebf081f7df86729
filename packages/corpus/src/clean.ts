/**
 * Cleaning: mojibake repair, then boilerplate labelling, then the body text as paragraphs, with
 * everything removed kept (with offsets in the input and the rule that removed it).
 * @module
 */
import { type ClassifyLinesOptions, classifyLines } from './boilerplate'
import { type RepairMojibakeOptions, repairMojibake } from './mojibake'
import type { Removed, Repair, Warning } from './types'

export {
  type ClassifyLinesOptions,
  classifyLines,
  type LabelledSpan,
  type LineLabel,
} from './boilerplate'
export { type RepairMojibakeOptions, type RepairMojibakeResult, repairMojibake } from './mojibake'

/**
 * Options of {@link cleanText}.
 * @example
 * ```ts
 * const options: CleanOptions = { repair: { minConfidence: 0.8 }, boilerplate: true }
 * ```
 */
export interface CleanOptions {
  /** Repair mojibake first (`false` to skip, or options for {@link repairMojibake}). Default `true`. @example `{ minConfidence: 0.8 }` */
  repair?: boolean | RepairMojibakeOptions
  /** Remove boilerplate lines from the text (they are still listed in `removed`). Default `true`. @example `false` */
  boilerplate?: boolean
  /** Split run-in headlines out of body lines. Default `true`. @example `false` */
  splitInlineHeadings?: boolean
  /** Keep headings in the text as their own paragraphs (`false` moves them to `removed`). Default `true`. @example `false` */
  keepHeadings?: boolean
}

/**
 * A paragraph of cleaned text, with its span in the cleaned `text`.
 * @example
 * ```ts
 * const p: CleanParagraph = { text: 'Kyiv was shelled.', start: 0, end: 17, kind: 'body' }
 * ```
 */
export interface CleanParagraph {
  /** The paragraph's text, `text.slice(start, end)` of the cleaned text. @example `'Kyiv was shelled.'` */
  text: string
  /** Start in the cleaned text (UTF-16 code units). @example `0` */
  start: number
  /** End (exclusive) in the cleaned text. @example `17` */
  end: number
  /** A body paragraph or a heading (kept as its own paragraph, never glued to a sentence). @example `'body'` */
  kind: 'body' | 'heading'
}

/**
 * The result of {@link cleanText}.
 * @example
 * ```ts
 * const r: CleanResult = cleanText('Kyiv was shelled.\nShare on Facebook')
 * // r.text === 'Kyiv was shelled.'; r.removed[0].ruleId === 'boilerplate/share'
 * ```
 */
export interface CleanResult {
  /** The cleaned text: body (and heading) paragraphs joined by `\n`. @example `'Kyiv was shelled.'` */
  text: string
  /** The paragraphs, with their spans in `text`. @example `[{ text: 'Kyiv was shelled.', start: 0, end: 17, kind: 'body' }]` */
  paragraphs: CleanParagraph[]
  /** Everything removed, with its span in the input text and the rule that removed it. @example `[{ start: 18, end: 35, text: 'Share on Facebook', ruleId: 'boilerplate/share', kind: 'boilerplate' }]` */
  removed: Removed[]
  /** Every mojibake repair, with its span in the input text. @example `[]` */
  repairs: Repair[]
  /** Low-confidence or lossy repairs worth a look, with their span in the input text. @example `[]` */
  warnings: Warning[]
}

/** Maps offsets in the repaired text back to the input text. */
function offsetMapper(repairs: Repair[]): (pos: number) => number {
  const points: { out: number; outEnd: number; in: number; inEnd: number }[] = []
  let delta = 0
  for (const r of repairs) {
    const start = r.start ?? 0
    const end = r.end ?? start
    const outStart = start + delta
    points.push({ out: outStart, outEnd: outStart + r.after.length, in: start, inEnd: end })
    delta += r.after.length - (end - start)
  }
  return (pos: number) => {
    let lo = 0
    let hi = points.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if ((points[mid] as (typeof points)[number]).out <= pos) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (found < 0) return pos
    const p = points[found] as (typeof points)[number]
    if (pos < p.outEnd) return pos === p.out ? p.in : p.inEnd
    return p.inEnd + (pos - p.outEnd)
  }
}

/**
 * Clean one news text: repair mojibake, label every line (body, heading, boilerplate), and return
 * the body as paragraphs (headings as their own paragraphs, run-in headlines split out), with
 * everything removed kept on the result. Offsets of `removed`, `repairs` and `warnings` are in the
 * input text; paragraph offsets are in the cleaned `text`. Deterministic; never throws.
 * @param text - The raw text of one document.
 * @param options - See {@link CleanOptions}.
 * @returns The cleaned text, its paragraphs, and what was removed and repaired.
 * @example
 * ```ts
 * import { cleanText } from '@nuqta/corpus'
 *
 * const r = cleanText('سي إن إن â € Â Â زار بوتين كورسك.\nadmin in: Why?\nGreat article ...')
 * console.log(r.text) // 'سي إن إن — زار بوتين كورسك.'
 * console.log(r.removed.map((x) => x.ruleId)) // ['boilerplate/comment-widget', 'boilerplate/comment-excerpt']
 * console.log(r.repairs[0]?.after) // '—'
 * ```
 */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  const repairOption = options.repair ?? true
  const repaired =
    repairOption === false
      ? { text, repairs: [] as Repair[] }
      : repairMojibake(text, repairOption === true ? {} : repairOption)
  const toInput = offsetMapper(repaired.repairs)
  const classifyOptions: ClassifyLinesOptions = {
    splitInlineHeadings: options.splitInlineHeadings ?? true,
  }
  const spans = classifyLines(repaired.text, classifyOptions)
  const dropBoilerplate = options.boilerplate ?? true
  const keepHeadings = options.keepHeadings ?? true
  const paragraphs: CleanParagraph[] = []
  const removed: Removed[] = []
  let out = ''
  for (const span of spans) {
    const drop =
      (span.label === 'boilerplate' && dropBoilerplate) ||
      (span.label === 'heading' && !keepHeadings)
    if (drop) {
      const start = toInput(span.start)
      const end = toInput(span.end)
      removed.push({
        start,
        end,
        text: text.slice(start, end),
        ruleId: span.ruleId ?? 'boilerplate/unknown',
        kind: span.label === 'heading' ? 'other' : 'boilerplate',
      })
      continue
    }
    if (out !== '') out += '\n'
    const start = out.length
    out += span.text
    paragraphs.push({
      text: span.text,
      start,
      end: out.length,
      kind: span.label === 'heading' ? 'heading' : 'body',
    })
  }
  const warnings: Warning[] = repaired.repairs
    .filter((r) => r.severity === 'error' || r.confidence < 0.7)
    .map((r) => ({
      ruleId: 'clean/uncertain-repair',
      reason: `Uncertain repair (${r.ruleId}, confidence ${r.confidence}): "${r.before}" → "${r.after}"`,
      source: '@nuqta/corpus' as const,
      start: r.start,
      end: r.end,
    }))
  return { text: out, paragraphs, removed, repairs: repaired.repairs, warnings }
}
