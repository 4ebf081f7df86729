// Random texts and random edit scripts over them, for the property tests.
import fc from 'fast-check'
import type { ChangeKind, TextChange } from '../src/index'

const kinds: ChangeKind[] = ['repair', 'removal', 'insertion', 'fold', 'substitution']

/** A text and a random valid edit script over it, with the output it produces. */
export const textWithChanges = fc
  .tuple(
    fc.string({ unit: fc.constantFrom('a', 'b', 'ا', 'ب', ' ', '\n', 'é'), maxLength: 40 }),
    fc.array(
      fc.record({
        gap: fc.nat({ max: 5 }),
        len: fc.nat({ max: 4 }),
        after: fc.string({ unit: fc.constantFrom('x', 'ي', ' ', ''), maxLength: 3 }),
        kind: fc.constantFrom(...kinds),
      }),
      { maxLength: 8 },
    ),
  )
  .map(([input, ops]) => {
    const changes: TextChange[] = []
    let pos = 0
    let delta = 0
    for (const op of ops) {
      const start = pos + op.gap
      if (start > input.length) break
      const end = Math.min(input.length, start + op.len)
      if (end === start && op.after === '') continue
      // two insertions at the same point would be ambiguous: keep scripts strictly ordered
      const prev = changes[changes.length - 1]
      if (prev && prev.end === start && (prev.start === prev.end || start === end)) continue
      const before = input.slice(start, end)
      changes.push({
        start,
        end,
        outputStart: start + delta,
        outputEnd: start + delta + op.after.length,
        before,
        after: op.after,
        ruleId: `core/test-${op.kind}`,
        source: '@nuqta/core',
        reason: op.kind,
        kind: op.kind,
      })
      delta += op.after.length - before.length
      pos = end
    }
    let output = ''
    let p = 0
    for (const c of changes) {
      output += input.slice(p, c.start) + c.after
      p = c.end
    }
    output += input.slice(p)
    return { input, changes, output }
  })
