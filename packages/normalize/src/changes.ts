/**
 * The changes of a run, read off its alignment: each group whose text changed gives one
 * `TextChange`, trimmed of the prefix and suffix it shares with its source and named by the last
 * rule that touched it.
 * @module
 */
import type { TextChange } from '@nuqta/core'
import { DELETING, kindOf, RULES, reasonOf } from './rules'
import type { RuleId } from './types'

/** The package name recorded as `source` on every change. */
export const SOURCE = '@nuqta/normalize'

/** A change whose `before`/`after`, `kind` and `reason` are filled in at the end. */
interface Pending {
  rule: RuleId
  start: number
  end: number
  outputStart: number
  outputEnd: number
}

const ruleOf = (r: number): RuleId => (RULES[r] || 'normalize/nfkc') as RuleId

/**
 * Builds the edit script from input `s` to output `t`.
 *
 * @param s - the input
 * @param t - the output
 * @param starts - the group start in `s` of each unit of `t`
 * @param ruleAt - the last rule (engine index) that touched each input position, 0 for none
 * @returns the changes, sorted and not overlapping
 */
export function buildChanges(
  s: string,
  t: string,
  starts: Int32Array,
  ruleAt: Uint8Array,
): TextChange[] {
  const pending: Pending[] = []
  const n = s.length
  const N = t.length
  const ruleFor = (a: number, b: number): RuleId => {
    for (let x = a; x <= Math.min(b, n); x++)
      if (ruleAt[x] !== 0) return ruleOf(ruleAt[x] as number)
    return 'normalize/nfkc'
  }
  const add = (e: Pending) => {
    const last = pending[pending.length - 1]
    if (
      last !== undefined &&
      last.rule === e.rule &&
      last.end === e.start &&
      last.outputEnd === e.outputStart
    ) {
      last.end = e.end
      last.outputEnd = e.outputEnd
    } else pending.push(e)
  }
  const push = (a: number, b: number, c: number, d: number) => {
    let p = 0
    while (a + p < b && c + p < d && s.charCodeAt(a + p) === t.charCodeAt(c + p)) p++
    let q = 0
    while (b - q > a + p && d - q > c + p && s.charCodeAt(b - 1 - q) === t.charCodeAt(d - 1 - q))
      q++
    const a1 = a + p
    const b1 = b - q
    const c1 = c + p
    const d1 = d - q
    // split the changed input into runs of one rule; when all runs but one only delete, each run
    // becomes its own change (ى + a popped space → final-ya ى→ي, then punctuation-spacing ' '→'')
    const runs: [number, number, number][] = []
    for (let x = a1; x < b1; x++) {
      const r = ruleAt[x] as number
      const last = runs[runs.length - 1]
      if (last !== undefined && last[2] === r) last[1] = x + 1
      else runs.push([x, x + 1, r])
    }
    const keeping = runs.filter((r) => !DELETING.has(r[2]))
    if (runs.length > 1 && (keeping.length === 1 || (keeping.length === 0 && d1 === c1))) {
      let o = c1
      for (const [x, y, r] of runs) {
        const del = DELETING.has(r)
        add({ rule: ruleOf(r), start: x, end: y, outputStart: o, outputEnd: del ? o : d1 })
        if (!del) o = d1
      }
      return
    }
    add({ rule: ruleFor(a1, b1), start: a1, end: b1, outputStart: c1, outputEnd: d1 })
  }
  if (N === 0) {
    if (n > 0) push(0, n, 0, 0)
  } else {
    let j = 0
    while (j < N) {
      const a = starts[j] as number
      let k = j + 1
      while (k < N && starts[k] === a) k++
      const b = k < N ? (starts[k] as number) : n
      if (b - a !== k - j || s.slice(a, b) !== t.slice(j, k)) push(a, b, j, k)
      j = k
    }
  }
  return pending.map((e) => {
    const before = s.slice(e.start, e.end)
    const after = t.slice(e.outputStart, e.outputEnd)
    return {
      start: e.start,
      end: e.end,
      outputStart: e.outputStart,
      outputEnd: e.outputEnd,
      before,
      after,
      ruleId: e.rule,
      source: SOURCE,
      reason: reasonOf(e.rule),
      kind: kindOf(e.rule, before, after),
    }
  })
}
