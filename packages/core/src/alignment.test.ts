import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textWithChanges } from '../test/arbitraries'
import { Alignment } from './alignment'
import type { TextChange } from './change'
import { NuqtaArgumentError } from './errors'

const base = { ruleId: 'core/test', source: '@nuqta/core', reason: 'test' } as const

describe('Alignment', () => {
  it('maps spans both ways through a deletion absorbed by the character before it', () => {
    const a = new Alignment(3, Int32Array.of(0, 2)) // 'aXb' → 'ab'
    expect(a.toOriginal(0, 1)).toEqual([0, 2])
    expect(a.toOriginal(1, 2)).toEqual([2, 3])
    expect(a.toNormalized(1, 2)).toEqual([0, 1])
    expect(a.toNormalized(2, 3)).toEqual([1, 2])
  })
  it('treats an expansion as one group', () => {
    const a = new Alignment(2, Int32Array.of(0, 0, 0, 1))
    expect(a.toOriginal(1, 2)).toEqual([0, 1])
    expect(a.toNormalized(0, 1)).toEqual([0, 3])
  })
  it('maps empty spans to positions and clamps out-of-range input', () => {
    const a = Alignment.identity(4)
    expect(a.toOriginal(2, 2)).toEqual([2, 2])
    expect(a.toOriginal(-5, 99)).toEqual([0, 4])
    expect(a.toNormalized(3, 1)).toEqual([3, 3])
  })
  it('maps every span to an empty one when the output is empty', () => {
    const a = new Alignment(3, new Int32Array(0))
    expect(a.toOriginal(0, 0)).toEqual([3, 3])
    expect(a.toNormalized(0, 3)).toEqual([0, 0])
  })
  it('rejects groups out of order or out of range with an argument error', () => {
    expect(() => new Alignment(3, Int32Array.of(0, 2, 1))).toThrow(/decrease/)
    expect(() => new Alignment(2, Int32Array.of(0, 2))).toThrow(NuqtaArgumentError)
    expect(() => new Alignment(2, Int32Array.of(0, 1), Int32Array.of(1, 3))).toThrow(
      NuqtaArgumentError,
    )
    expect(() => new Alignment(2, Int32Array.of(0, 1), Int32Array.of(1))).toThrow(/one entry/)
  })
  it('leaves text before the first group and gaps between explicit groups to no output', () => {
    const lead = new Alignment(3, Int32Array.of(1, 2)) // 'Xab' → 'ab'
    expect(lead.toOriginal(0, 1)).toEqual([1, 2])
    expect(lead.toNormalized(0, 1)).toEqual([0, 0])
    expect(lead.toNormalized(0, 2)).toEqual([0, 1])
    const gap = new Alignment(4, Int32Array.of(0, 3), Int32Array.of(1, 4)) // 'aXYb' → 'ab'
    expect(gap.toOriginal(0, 1)).toEqual([0, 1])
    expect(gap.toOriginal(0, 2)).toEqual([0, 4])
    expect(gap.toNormalized(1, 3)).toEqual([1, 1])
    expect(gap.toNormalized(0, 4)).toEqual([0, 2])
    expect([...gap.groupEnds()]).toEqual([1, 4])
    expect([...new Alignment(3, Int32Array.of(0, 2)).groupEnds()]).toEqual([2, 3])
  })
  it('accepts text inserted into an empty original', () => {
    const a = Alignment.fromChanges(0, [
      {
        ...base,
        kind: 'insertion',
        start: 0,
        end: 0,
        outputStart: 0,
        outputEnd: 2,
        before: '',
        after: 'ab',
      },
    ])
    expect(a.toOriginal(0, 2)).toEqual([0, 0])
  })
  it('composes two steps and refuses alignments that do not chain', () => {
    const ab = new Alignment(3, Int32Array.of(0, 2))
    const bc = new Alignment(2, Int32Array.of(0, 0, 1))
    const ac = ab.compose(bc)
    expect(ac.toOriginal(0, 2)).toEqual([0, 2])
    expect(ac.toOriginal(2, 3)).toEqual([2, 3])
    expect(() => bc.compose(bc)).toThrow(NuqtaArgumentError)
  })
  it('gives a copy of its group starts', () => {
    const a = new Alignment(1, Int32Array.of(0, 0))
    const g = a.groupStarts()
    g[1] = 5
    expect([...a.groupStarts()]).toEqual([0, 0])
  })
})

describe('Alignment.fromChanges', () => {
  it('gives inserted text an empty origin at its position', () => {
    const a = Alignment.fromChanges(4, [
      {
        ...base,
        kind: 'insertion',
        start: 2,
        end: 2,
        outputStart: 2,
        outputEnd: 3,
        before: '',
        after: ' ',
      },
    ]) // 'abcd' → 'ab cd'
    expect(a.toOriginal(2, 3)).toEqual([2, 2])
    expect(a.toOriginal(1, 4)).toEqual([1, 3])
    expect(a.toNormalized(2, 3)).toEqual([3, 4])
    expect(a.toNormalized(1, 3)).toEqual([1, 4])
  })
  it('maps a word after a removed line back to the word alone', () => {
    const input = 'Share\nMoscow said'
    const a = Alignment.fromChanges(input.length, [
      {
        ...base,
        kind: 'removal',
        start: 0,
        end: 6,
        outputStart: 0,
        outputEnd: 0,
        before: 'Share\n',
        after: '',
      },
    ])
    expect(input.slice(...a.toOriginal(0, 6))).toBe('Moscow')
  })
  it('composes explicit and derived groups', () => {
    const ab = Alignment.fromChanges(4, [
      {
        ...base,
        kind: 'removal',
        start: 0,
        end: 2,
        outputStart: 0,
        outputEnd: 0,
        before: 'XY',
        after: '',
      },
    ]) // 'XYab' → 'ab'
    const bc = new Alignment(2, Int32Array.of(0, 0, 1)) // 'ab' → 'aab'
    const ac = ab.compose(bc)
    expect(ac.toOriginal(0, 2)).toEqual([2, 3])
    expect(ac.toOriginal(2, 3)).toEqual([3, 4])
    expect(ac.toNormalized(0, 2)).toEqual([0, 0])
  })
  it('maps every changed span onto its before and after, monotone, on random scripts', () => {
    fc.assert(
      fc.property(textWithChanges, ({ input, changes, output }) => {
        const a = Alignment.fromChanges(input.length, changes)
        expect(a.normalizedLength).toBe(output.length)
        for (const c of changes as TextChange[]) {
          if (c.after.length === 0) continue
          // the output of a change comes exactly from its input (an insertion: from its position)
          expect(a.toOriginal(c.outputStart, c.outputEnd)).toEqual([c.start, c.end])
          if (c.before.length > 0) {
            expect(a.toNormalized(c.start, c.end)).toEqual([c.outputStart, c.outputEnd])
          }
        }
        let prev = 0
        for (let j = 0; j < output.length; j++) {
          const [s] = a.toOriginal(j, j + 1)
          expect(s).toBeGreaterThanOrEqual(prev)
          prev = s
        }
      }),
    )
  })
  it('maps unchanged characters onto the same characters', () => {
    fc.assert(
      fc.property(textWithChanges, ({ input, changes, output }) => {
        const a = Alignment.fromChanges(input.length, changes)
        let pos = 0
        let delta = 0
        for (const c of [...changes, null]) {
          const stop = c ? c.start : input.length
          for (let i = pos; i < stop; i++) {
            const [s, e] = a.toNormalized(i, i + 1)
            expect(output.slice(s, e)).toContain(input[i])
            expect(s).toBeLessThanOrEqual(i + delta)
          }
          if (!c) break
          delta += c.after.length - c.before.length
          pos = c.end
        }
      }),
    )
  })
  it('maps empty spans monotonically: after the group before, a whole group when inside one', () => {
    // 'abc\n' → 'abc' (trailing newline removed): the end of the output is the end of 'c'
    const trimmed = Alignment.fromChanges(4, [
      {
        ...base,
        kind: 'removal',
        start: 3,
        end: 4,
        outputStart: 3,
        outputEnd: 3,
        before: '\n',
        after: '',
      },
    ])
    expect(trimmed.toOriginal(3, 3)).toEqual([3, 3])
    expect(trimmed.toOriginal(0, 3)).toEqual([0, 3])
    // 'ﷲ' → 'الله': an empty span inside the expansion is the whole ﷲ
    const expansion = new Alignment(1, Int32Array.of(0, 0, 0, 0))
    expect(expansion.toOriginal(2, 2)).toEqual([0, 1])
    expect(expansion.toOriginal(4, 4)).toEqual([1, 1])
  })
  it('keeps every mapped span monotone in both ends, on random scripts', () => {
    fc.assert(
      fc.property(textWithChanges, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (t, w, x, y, z) => {
        const a = Alignment.fromChanges(t.input.length, t.changes)
        const n = t.output.length + 1
        const [s1, e1] = [w % n, x % n].sort((p, q) => p - q) as [number, number]
        const [s2, e2] = [y % n, z % n].sort((p, q) => p - q) as [number, number]
        const [a1, b1] = a.toOriginal(s1, e1)
        const [a2, b2] = a.toOriginal(s2, e2)
        expect(a1).toBeLessThanOrEqual(b1)
        if (s1 <= s2) expect(a1).toBeLessThanOrEqual(a2)
        if (e1 <= e2) expect(b1).toBeLessThanOrEqual(b2)
      }),
    )
  })
})
