import { describe, expect, it } from 'vitest'
import { allowed, L, LABELS, marginals, viterbi } from './perceptron'

const id = (l: string) => LABELS.indexOf(l as (typeof LABELS)[number])

describe('allowed', () => {
  it('lets I-X follow only B-X or I-X', () => {
    expect(allowed(id('B-PERS'), id('I-PERS'))).toBe(true)
    expect(allowed(id('I-PERS'), id('I-PERS'))).toBe(true)
    expect(allowed(id('B-LOC'), id('I-PERS'))).toBe(false)
    expect(allowed(id('O'), id('I-ORG'))).toBe(false)
    expect(allowed(-1, id('I-ORG'))).toBe(false)
    expect(allowed(-1, id('B-ORG'))).toBe(true)
  })
})

describe('viterbi', () => {
  it('picks the best path that obeys IOB2', () => {
    const emit = new Float64Array(2 * L)
    // token 0 prefers I-PERS (forbidden at the start), then B-PERS; token 1 prefers I-PERS
    emit[id('I-PERS')] = 5
    emit[id('B-PERS')] = 3
    emit[L + id('I-PERS')] = 4
    const path = viterbi(emit, new Float64Array(L * L), new Float64Array(L), 2)
    expect(Array.from(path, (y) => LABELS[y])).toEqual(['B-PERS', 'I-PERS'])
  })

  it('uses transition scores', () => {
    const emit = new Float64Array(2 * L)
    emit[id('O')] = 1
    emit[L + id('B-LOC')] = 1
    emit[L + id('O')] = 0.5
    const trans = new Float64Array(L * L)
    trans[id('O') * L + id('B-LOC')] = -2
    const path = viterbi(emit, trans, new Float64Array(L), 2)
    expect(Array.from(path, (y) => LABELS[y])).toEqual(['O', 'O'])
  })

  it('returns an empty path for no tokens', () => {
    expect(
      viterbi(new Float64Array(0), new Float64Array(L * L), new Float64Array(L), 0).length,
    ).toBe(0)
  })
})

describe('marginals', () => {
  it('sums to one per token and gives forbidden labels zero', () => {
    const emit = Float64Array.from({ length: 3 * L }, (_, i) => (i * 7919) % 5)
    const m = marginals(emit, new Float64Array(L * L), new Float64Array(L), 3)
    for (let t = 0; t < 3; t++) {
      let sum = 0
      for (let y = 0; y < L; y++) sum += m[t * L + y] as number
      expect(sum).toBeCloseTo(1, 10)
    }
    expect(m[id('I-PERS')]).toBe(0)
  })
})
