/**
 * `TextChange`: the one shape of every edit any nuqta package makes, and the functions that apply,
 * invert, check and compose lists of them (edit scripts).
 * @module
 */
import { NuqtaArgumentError } from './errors'

/**
 * What a change did: `repair` (broken text made right, e.g. mojibake), `removal` (text dropped,
 * e.g. a boilerplate line), `insertion` (text added, e.g. a paragraph break), `fold` (a character
 * replaced by its normal form, e.g. أ → ا), `substitution` (a character replaced by another that
 * is not its normal form, e.g. an invalid byte by U+FFFD, or whitespace collapsed).
 * @example
 * ```ts
 * const kind: ChangeKind = 'removal'
 * ```
 */
export type ChangeKind = 'repair' | 'removal' | 'insertion' | 'fold' | 'substitution'

/**
 * One edit: `before` at `[start, end)` of the text a step read became `after` at
 * `[outputStart, outputEnd)` of the text it wrote. A list of changes, sorted by `start` and not
 * overlapping, is a complete edit script between the two texts: {@link applyChanges} turns the
 * input into the output, {@link revertChanges} the output back into the input, and
 * `Alignment.fromChanges` maps spans between them.
 *
 * Invariants: `input.slice(start, end) === before`, `output.slice(outputStart, outputEnd) ===
 * after`, and `outputStart - start` is the sum of the length differences of the changes before it.
 *
 * @example
 * ```ts
 * const change: TextChange = {
 *   start: 4,
 *   end: 6,
 *   outputStart: 4,
 *   outputEnd: 5,
 *   before: 'Ã©',
 *   after: 'é',
 *   ruleId: 'corpus/mojibake-cp1252-utf8',
 *   source: '@nuqta/corpus',
 *   reason: 'UTF-8 read as Windows-1252',
 *   kind: 'repair',
 *   confidence: 0.98,
 * }
 * ```
 */
export interface TextChange {
  /** Start of `before` in the text the step read (UTF-16 code units). @example `4` */
  start: number
  /** End (exclusive) of `before` in the text the step read. @example `6` */
  end: number
  /** Start of `after` in the text the step wrote. @example `4` */
  outputStart: number
  /** End (exclusive) of `after` in the text the step wrote. @example `5` */
  outputEnd: number
  /** The text that was there. @example `'Ã©'` */
  before: string
  /** The text that replaced it (`''` for a removal). @example `'é'` */
  after: string
  /** The rule that made the change, `<package>/<rule>`. @example `'corpus/mojibake-cp1252-utf8'` */
  ruleId: string
  /** The package that made it. @example `'@nuqta/corpus'` */
  source: string
  /** Why, for a person. @example `'UTF-8 read as Windows-1252'` */
  reason: string
  /** What kind of change it is. @example `'repair'` */
  kind: ChangeKind
  /** How sure the step was, 0 to 1, when it guessed. @example `0.98` */
  confidence?: number
}

/**
 * Checks that `changes` are sorted, do not overlap and lie inside an input of `inputLength`.
 * Internal: used by every function that walks an edit script.
 */
export function checkChangeOrder(inputLength: number, changes: readonly TextChange[]): void {
  let pos = 0
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k] as TextChange
    if (!(c.start >= pos && c.end >= c.start && c.end <= inputLength)) {
      throw new NuqtaArgumentError({
        argument: `changes[${k}]`,
        message: `span [${c.start}, ${c.end}) is out of order, overlapping or outside an input of ${inputLength}`,
      })
    }
    if (c.end - c.start !== c.before.length) {
      throw new NuqtaArgumentError({
        argument: `changes[${k}]`,
        message: `before has length ${c.before.length} but the span has ${c.end - c.start}`,
      })
    }
    pos = c.end
  }
}

/**
 * Applies an edit script to the text it was made for.
 *
 * @param input - the text the changes were made to
 * @param changes - sorted, non-overlapping changes with `start`/`end` in `input`
 * @returns the output text
 * @throws {@link NuqtaArgumentError} when the changes are out of order or out of range
 *
 * @example
 * ```ts
 * applyChanges('a--b', [
 *   { start: 1, end: 3, outputStart: 1, outputEnd: 1, before: '--', after: '',
 *     ruleId: 'corpus/control', source: '@nuqta/corpus', reason: 'removed', kind: 'removal' },
 * ]) // 'ab'
 * ```
 */
export function applyChanges(input: string, changes: readonly TextChange[]): string {
  checkChangeOrder(input.length, changes)
  const parts: string[] = []
  let pos = 0
  for (const c of changes) {
    parts.push(input.slice(pos, c.start), c.after)
    pos = c.end
  }
  parts.push(input.slice(pos))
  return parts.join('')
}

/**
 * Undoes an edit script: gives back the input from the output and its changes, exactly. This is
 * how a document's decoded record text is recovered from `doc.text` and `doc.changes` without a
 * second copy being kept.
 *
 * @param output - the text the changes produced
 * @param changes - the changes, with `outputStart`/`outputEnd` in `output`
 * @returns the input text
 * @throws {@link NuqtaArgumentError} when the changes are out of order or out of range in `output`
 *
 * @example
 * ```ts
 * revertChanges('ab', [
 *   { start: 1, end: 3, outputStart: 1, outputEnd: 1, before: '--', after: '',
 *     ruleId: 'corpus/control', source: '@nuqta/corpus', reason: 'removed', kind: 'removal' },
 * ]) // 'a--b'
 * ```
 */
export function revertChanges(output: string, changes: readonly TextChange[]): string {
  const parts: string[] = []
  let pos = 0
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k] as TextChange
    if (!(c.outputStart >= pos && c.outputEnd >= c.outputStart && c.outputEnd <= output.length)) {
      throw new NuqtaArgumentError({
        argument: `changes[${k}]`,
        message: `output span [${c.outputStart}, ${c.outputEnd}) is out of order or outside an output of ${output.length}`,
      })
    }
    parts.push(output.slice(pos, c.outputStart), c.before)
    pos = c.outputEnd
  }
  parts.push(output.slice(pos))
  return parts.join('')
}

/**
 * Lists what is wrong with an edit script between two texts: order, overlap, `before`/`after`
 * not matching the texts at their spans, output offsets that do not add up, or an output that
 * `applyChanges` would not produce. An empty list means the script is exact.
 *
 * @param input - the text the step read
 * @param output - the text the step wrote
 * @param changes - the step's changes
 * @returns one sentence per problem; empty when the script is exact
 *
 * @example
 * ```ts
 * const changes = [
 *   { start: 1, end: 3, outputStart: 1, outputEnd: 1, before: '--', after: '',
 *     ruleId: 'corpus/control', source: '@nuqta/corpus', reason: 'removed', kind: 'removal' as const },
 * ]
 * validateChanges('a--b', 'ab', changes) // []
 * validateChanges('a--b', 'a-b', changes).length > 0 // true
 * ```
 */
export function validateChanges(
  input: string,
  output: string,
  changes: readonly TextChange[],
): string[] {
  const problems: string[] = []
  let pos = 0
  let delta = 0
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k] as TextChange
    if (c.start < pos || c.end < c.start || c.end > input.length) {
      problems.push(`changes[${k}]: span [${c.start}, ${c.end}) out of order or out of range`)
      continue
    }
    if (input.slice(c.start, c.end) !== c.before) {
      problems.push(
        `changes[${k}]: before ${JSON.stringify(c.before)} is not the input at its span`,
      )
    }
    if (c.outputStart !== c.start + delta) {
      problems.push(`changes[${k}]: outputStart ${c.outputStart}, expected ${c.start + delta}`)
    }
    if (c.outputEnd - c.outputStart !== c.after.length) {
      problems.push(`changes[${k}]: output span length differs from after's`)
    }
    if (output.slice(c.outputStart, c.outputEnd) !== c.after) {
      problems.push(`changes[${k}]: after ${JSON.stringify(c.after)} is not the output at its span`)
    }
    delta += c.after.length - c.before.length
    pos = c.end
  }
  if (problems.length === 0 && applyChanges(input, changes) !== output) {
    problems.push('applying the changes to the input does not give the output')
  }
  return problems
}

/**
 * Chains two edit scripts: `first` turns A into B, `second` turns B (`middle`) into C; the result
 * turns A into C directly, with `start`/`end` in A and `outputStart`/`outputEnd` in C. Changes of
 * the two steps that touch the same text are merged into one change: it keeps the later step's
 * `ruleId`, `kind` and `source` (the first step's when only it changed the text), the reasons of
 * all of them joined by `'; '`, and the lowest confidence.
 *
 * @param first - changes from A to B
 * @param second - changes from B to C
 * @param middle - the text B
 * @returns changes from A to C
 * @throws {@link NuqtaArgumentError} when a script does not fit `middle`
 *
 * @example
 * ```ts
 * const rm = { ruleId: 'corpus/control', source: '@nuqta/corpus', reason: 'removed', kind: 'removal' as const }
 * const first = [{ start: 1, end: 2, outputStart: 1, outputEnd: 1, before: '-', after: '', ...rm }] // 'a-bc' → 'abc'
 * const second = [{ start: 2, end: 3, outputStart: 2, outputEnd: 2, before: 'c', after: '', ...rm }] // 'abc' → 'ab'
 * composeChanges(first, second, 'abc').map((c) => [c.start, c.end, c.before]) // [[1, 2, '-'], [3, 4, 'c']]
 * ```
 */
export function composeChanges(
  first: readonly TextChange[],
  second: readonly TextChange[],
  middle: string,
): TextChange[] {
  checkChangeOrder(middle.length, second)
  for (let k = 0; k < first.length; k++) {
    const c = first[k] as TextChange
    const prevEnd = k > 0 ? (first[k - 1] as TextChange).outputEnd : 0
    if (!(c.outputStart >= prevEnd && c.outputEnd - c.outputStart === c.after.length)) {
      throw new NuqtaArgumentError({
        argument: `first[${k}]`,
        message: 'output spans out of order or not matching after',
      })
    }
    if (c.outputEnd > middle.length) {
      throw new NuqtaArgumentError({
        argument: `first[${k}]`,
        message: 'output span outside middle',
      })
    }
  }
  const out: TextChange[] = []
  let i = 0 // next change of `first`
  let j = 0 // next change of `second`
  let d1 = 0 // (B length − A length) of the first-step changes already passed
  let d2 = 0 // (C length − B length) of the second-step changes already passed
  while (i < first.length || j < second.length) {
    // open a group at the leftmost change (by its span in B)
    const f = first[i]
    const s = second[j]
    let lo: number
    let hi: number
    const gi = i
    const gj = j
    if (f !== undefined && (s === undefined || f.outputStart <= s.start)) {
      lo = f.outputStart
      hi = f.outputEnd
      i++
    } else {
      lo = (s as TextChange).start
      hi = (s as TextChange).end
      j++
    }
    // grow it while a change of either step touches it
    for (;;) {
      const nf = first[i]
      const ns = second[j]
      if (nf !== undefined && touches(lo, hi, nf.outputStart, nf.outputEnd)) {
        hi = Math.max(hi, nf.outputEnd)
        i++
      } else if (ns !== undefined && touches(lo, hi, ns.start, ns.end)) {
        hi = Math.max(hi, ns.end)
        j++
      } else break
    }
    const fs = first.slice(gi, i)
    const ss = second.slice(gj, j)
    let before = ''
    let pos = lo
    for (const c of fs) {
      before += middle.slice(pos, c.outputStart) + c.before
      pos = c.outputEnd
    }
    before += middle.slice(pos, hi)
    let after = ''
    pos = lo
    for (const c of ss) {
      after += middle.slice(pos, c.start) + c.after
      pos = c.end
    }
    after += middle.slice(pos, hi)
    const start = lo - d1
    const outputStart = lo + d2
    for (const c of fs) d1 += c.after.length - c.before.length
    for (const c of ss) d2 += c.after.length - c.before.length
    const only = fs.length + ss.length === 1 ? (fs[0] ?? ss[0]) : undefined
    const lead = (ss[0] ?? fs[0]) as TextChange
    const merged: TextChange = {
      start,
      end: start + before.length,
      outputStart,
      outputEnd: outputStart + after.length,
      before,
      after,
      ruleId: lead.ruleId,
      source: lead.source,
      reason: only ? only.reason : [...new Set([...fs, ...ss].map((c) => c.reason))].join('; '),
      kind: lead.kind,
    }
    const conf = [...fs, ...ss].flatMap((c) => (c.confidence === undefined ? [] : [c.confidence]))
    if (conf.length > 0) merged.confidence = Math.min(...conf)
    if (before !== after) out.push(merged)
  }
  return out
}

/** Whether span [a, b) of B touches the group [lo, hi): overlapping, or meeting when either is empty. */
function touches(lo: number, hi: number, a: number, b: number): boolean {
  if (a < hi && lo < b) return true
  return (a === b || lo === hi) && a <= hi && lo <= b
}
