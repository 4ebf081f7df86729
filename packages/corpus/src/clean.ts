/**
 * Cleaning: mojibake repair, then boilerplate labelling, then the body text as paragraphs, with
 * every change recorded as a `TextChange` (offsets in the input and in the output, and the rule).
 * @module
 */
import { Alignment, composeChanges, type Message, type TextChange } from '@nuqta/core'
import { type ClassifyLinesOptions, classifyLines, type LabelledSpan } from './boilerplate'
import { ChangeBuilder, type ChangeRule } from './changes'
import { type RepairMojibakeOptions, type RepairMojibakeResult, repairMojibake } from './mojibake'

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
  /** Remove boilerplate lines from the text (each is still listed in `changes`). Default `true`. @example `false` */
  boilerplate?: boolean
  /** Split run-in headlines out of body lines. Default `true`. @example `false` */
  splitInlineHeadings?: boolean
  /** Keep headings in the text as their own paragraphs (`false` removes them, listed in `changes`). Default `true`. @example `false` */
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
 * // r.text === 'Kyiv was shelled.'; r.changes[1].ruleId === 'corpus/boilerplate-share'
 * ```
 */
export interface CleanResult {
  /** The cleaned text: body (and heading) paragraphs joined by `\n`. @example `'Kyiv was shelled.'` */
  text: string
  /** The paragraphs, with their spans in `text`. @example `[{ text: 'Kyiv was shelled.', start: 0, end: 17, kind: 'body' }]` */
  paragraphs: CleanParagraph[]
  /**
   * Every change from the input to `text`, sorted: mojibake repairs, removed lines (with the rule
   * that removed them), removed whitespace between paragraphs and inserted paragraph breaks. A
   * complete edit script: `applyChanges(input, changes) === text`.
   * @example `[{ start: 17, end: 18, outputStart: 17, outputEnd: 17, before: '\n', after: '', ruleId: 'corpus/paragraph-break', … }, { start: 18, end: 35, before: 'Share on Facebook', after: '', ruleId: 'corpus/boilerplate-share', kind: 'removal', … }]`
   */
  changes: TextChange[]
  /** Low-confidence or lossy repairs worth a look, with their span in `text`. @example `[]` */
  warnings: Message[]
}

const BREAK: ChangeRule = {
  ruleId: 'corpus/paragraph-break',
  reason: 'Whitespace between paragraphs written as one \n',
  kind: 'substitution',
}
const INSERTED_BREAK: ChangeRule = {
  ruleId: 'corpus/paragraph-break',
  reason: 'Paragraph break inserted (a run-in headline split from its paragraph)',
  kind: 'insertion',
}
const SPACE: ChangeRule = {
  ruleId: 'corpus/paragraph-break',
  reason: 'Whitespace between paragraphs removed',
  kind: 'removal',
}

/**
 * Clean one news text: repair mojibake, label every line (body, heading, boilerplate), and return
 * the body as paragraphs (headings as their own paragraphs, run-in headlines split out), with
 * every change from the input recorded on the result (`changes`: `start`/`end` in the input text,
 * `outputStart`/`outputEnd` in the cleaned `text`). Deterministic; never throws.
 * @param text - The raw text of one document.
 * @param options - See {@link CleanOptions}.
 * @returns The cleaned text, its paragraphs, every change, and warnings.
 * @example
 * ```ts
 * import { cleanText } from '@nuqta/corpus'
 *
 * const r = cleanText('سي إن إن â € Â Â زار بوتين كورسك.\nadmin in: Why?\nGreat article ...')
 * console.log(r.text) // 'سي إن إن — زار بوتين كورسك.'
 * console.log(r.changes.filter((c) => c.kind === 'removal').map((c) => c.ruleId))
 * // ['corpus/paragraph-break', 'corpus/boilerplate-comment-widget', 'corpus/paragraph-break', 'corpus/boilerplate-comment-excerpt']
 * console.log(r.changes[0]?.after) // '—'
 * ```
 */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  const repairOption = options.repair ?? true
  const repaired: RepairMojibakeResult =
    repairOption === false
      ? { text, changes: [], warnings: [] }
      : repairMojibake(text, repairOption === true ? {} : repairOption)
  const mid = repaired.text
  const classifyOptions: ClassifyLinesOptions = {
    splitInlineHeadings: options.splitInlineHeadings ?? true,
  }
  const spans = classifyLines(mid, classifyOptions)
  const dropBoilerplate = options.boilerplate ?? true
  const keepHeadings = options.keepHeadings ?? true
  const paragraphs: CleanParagraph[] = []
  const b = new ChangeBuilder(mid)
  // what lies between two kept spans (whitespace pieces and dropped spans), flushed once the next
  // kept span or the end is reached: the first whitespace piece becomes the paragraph break
  const pending: { start: number; end: number; span?: LabelledSpan }[] = []
  const flush = (breakAt: number | undefined): void => {
    let needBreak = breakAt !== undefined
    for (const p of pending) {
      if (p.span) {
        b.push(p.start, p.end, '', {
          ruleId: p.span.ruleId ?? 'corpus/boilerplate-unknown',
          reason: p.span.reason ?? 'Removed by cleaning',
          kind: 'removal',
        })
      } else if (needBreak) {
        b.push(p.start, p.end, '\n', BREAK)
        needBreak = false
      } else b.push(p.start, p.end, '', SPACE)
    }
    if (needBreak) b.push(breakAt as number, breakAt as number, '\n', INSERTED_BREAK)
    pending.length = 0
  }
  let out = ''
  let pos = 0 // end of the last span handled, in `mid`
  for (const span of spans) {
    if (span.start > pos) pending.push({ start: pos, end: span.start })
    pos = span.end
    const drop =
      (span.label === 'boilerplate' && dropBoilerplate) ||
      (span.label === 'heading' && !keepHeadings)
    if (drop) {
      pending.push({ start: span.start, end: span.end, span })
      continue
    }
    flush(out === '' ? undefined : span.start)
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
  if (mid.length > pos) pending.push({ start: pos, end: mid.length })
  flush(undefined)
  const second = b.changes
  const changes =
    repaired.changes.length === 0
      ? second
      : second.length === 0
        ? repaired.changes
        : composeChanges(repaired.changes, second, mid)
  let warnings = repaired.warnings
  if (warnings.length > 0 && second.length > 0) {
    const align = Alignment.fromChanges(mid.length, second)
    warnings = warnings.map((w) => {
      const [start, end] = align.toNormalized(w.start ?? 0, w.end ?? 0)
      return { ...w, start, end }
    })
  }
  return { text: out, paragraphs, changes, warnings }
}
