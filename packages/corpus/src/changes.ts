/**
 * Building edit scripts: the changes a cleaning step makes, pushed in text order, with their output
 * offsets computed as they go.
 * @module
 */
import type { ChangeKind, TextChange } from '@nuqta/core'

/** The package name every change and warning of `@nuqta/corpus` carries. @internal */
export const SOURCE = '@nuqta/corpus'

/** What a change is, besides where: its rule, reason, kind and confidence. @internal */
export interface ChangeRule {
  ruleId: string
  reason: string
  kind: ChangeKind
  confidence?: number
}

/**
 * Collects the changes of one step over one input. Changes are pushed sorted by `start` and not
 * overlapping; a removal that starts where the previous removal of the same rule ended is merged
 * into it.
 * @internal
 */
export class ChangeBuilder {
  readonly changes: TextChange[] = []
  readonly #input: string
  #delta = 0

  constructor(input: string) {
    this.#input = input
  }

  /** Replace `[start, end)` of the input by `after`. A change that changes nothing is dropped. */
  push(start: number, end: number, after: string, rule: ChangeRule): void {
    const before = this.#input.slice(start, end)
    if (before === after) return
    const last = this.changes[this.changes.length - 1]
    if (
      last !== undefined &&
      last.end === start &&
      after === '' &&
      last.after === '' &&
      last.ruleId === rule.ruleId
    ) {
      last.end = end
      last.before += before
      this.#delta -= end - start
      return
    }
    const outputStart = start + this.#delta
    const change: TextChange = {
      start,
      end,
      outputStart,
      outputEnd: outputStart + after.length,
      before,
      after,
      ruleId: rule.ruleId,
      source: SOURCE,
      reason: rule.reason,
      kind: rule.kind,
    }
    if (rule.confidence !== undefined) change.confidence = rule.confidence
    this.changes.push(change)
    this.#delta += after.length - (end - start)
  }
}
