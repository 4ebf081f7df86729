import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textWithChanges } from '../test/arbitraries'
import { Alignment } from './alignment'
import {
  applyChanges,
  composeChanges,
  revertChanges,
  type TextChange,
  validateChanges,
} from './change'
import { NuqtaArgumentError } from './errors'

const base = { ruleId: 'core/test', source: '@nuqta/core', reason: 'test' } as const
const removal = (start: number, before: string, outputStart = start): TextChange => ({
  ...base,
  kind: 'removal',
  start,
  end: start + before.length,
  outputStart,
  outputEnd: outputStart,
  before,
  after: '',
})

describe('applyChanges', () => {
  it('replaces each span by its after text', () => {
    expect(applyChanges('a--b', [removal(1, '--')])).toBe('ab')
  })
  it('rejects overlapping or out-of-range changes with an argument error', () => {
    expect(() => applyChanges('ab', [removal(1, 'bc')])).toThrow(NuqtaArgumentError)
    expect(() => applyChanges('abcd', [removal(2, 'c'), removal(1, 'b')])).toThrow(/out of order/)
  })
  it('is exact on random edit scripts', () => {
    fc.assert(
      fc.property(textWithChanges, ({ input, changes, output }) => {
        expect(applyChanges(input, changes)).toBe(output)
      }),
    )
  })
})

describe('revertChanges', () => {
  it('gives the input back from the output', () => {
    expect(revertChanges('ab', [removal(1, '--')])).toBe('a--b')
  })
  it('gives the input back exactly on random edit scripts', () => {
    fc.assert(
      fc.property(textWithChanges, ({ input, changes, output }) => {
        expect(revertChanges(output, changes)).toBe(input)
      }),
    )
  })
})

describe('validateChanges', () => {
  it('finds no problem in an exact script', () => {
    fc.assert(
      fc.property(textWithChanges, ({ input, changes, output }) => {
        expect(validateChanges(input, output, changes)).toEqual([])
      }),
    )
  })
  it('names a before that is not the input, and a wrong output offset', () => {
    const bad = { ...removal(1, 'xx'), outputStart: 3, outputEnd: 3 }
    const problems = validateChanges('a--b', 'ab', [bad])
    expect(problems.join('\n')).toMatch(/before/)
    expect(problems.join('\n')).toMatch(/outputStart 3, expected 1/)
  })
})

describe('composeChanges', () => {
  it('keeps separate changes separate, with spans in the first input and last output', () => {
    const first = [removal(1, '-')] // 'a-bc' → 'abc'
    const second = [removal(2, 'c')] // 'abc' → 'ab'
    const c = composeChanges(first, second, 'abc')
    expect(c.map((x) => [x.start, x.end, x.before, x.outputStart])).toEqual([
      [1, 2, '-', 1],
      [3, 4, 'c', 2],
    ])
    expect(validateChanges('a-bc', 'ab', c)).toEqual([])
  })
  it('merges changes of both steps that touch the same text, keeping the later rule', () => {
    const fix: TextChange = {
      ...base,
      ruleId: 'corpus/mojibake',
      kind: 'repair',
      start: 0,
      end: 2,
      outputStart: 0,
      outputEnd: 1,
      before: 'Ã©',
      after: 'é',
      reason: 'mojibake',
    }
    const fold: TextChange = {
      ...base,
      ruleId: 'normalize/accents',
      kind: 'fold',
      start: 0,
      end: 1,
      outputStart: 0,
      outputEnd: 1,
      before: 'é',
      after: 'e',
      reason: 'accent',
    }
    const [c] = composeChanges([fix], [fold], 'é!')
    expect(c).toMatchObject({
      start: 0,
      end: 2,
      before: 'Ã©',
      after: 'e',
      ruleId: 'normalize/accents',
    })
    expect(c?.reason).toBe('mojibake; accent')
  })
  it('equals applying both scripts in turn, on random scripts', () => {
    fc.assert(
      fc.property(textWithChanges, (a) => {
        // build a second script over a's output
        const second = scriptOver(a.output)
        const c = composeChanges(a.changes, second.changes, a.output)
        expect(validateChanges(a.input, second.output, c)).toEqual([])
        expect(revertChanges(second.output, c)).toBe(a.input)
        const direct = Alignment.fromChanges(a.input.length, c)
        expect(direct.normalizedLength).toBe(second.output.length)
      }),
    )
  })
})

/** A deterministic edit script over any text: removes every 'b', replaces ' ' by '  '. */
function scriptOver(text: string): { changes: TextChange[]; output: string } {
  const changes: TextChange[] = []
  let delta = 0
  let output = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    const after = ch === 'b' ? '' : ch === ' ' ? '  ' : ch
    if (after !== ch) {
      changes.push({
        ...base,
        kind: 'substitution',
        start: i,
        end: i + 1,
        outputStart: i + delta,
        outputEnd: i + delta + after.length,
        before: ch,
        after,
      })
      delta += after.length - 1
    }
    output += after
  }
  return { changes, output }
}
