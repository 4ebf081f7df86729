import { describe, expect, it } from 'vitest'
import { L, viterbi } from './perceptron'
import { mulberry32, type TrainSentence, trainPerceptron } from './perceptron-train'

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(7)
    const b = mulberry32(7)
    for (let i = 0; i < 100; i++) {
      const x = a()
      expect(x).toBe(b())
      expect(x >= 0 && x < 1).toBe(true)
    }
  })
})

describe('trainPerceptron', () => {
  // feature 0 = "capitalised word" → B-PERS (1), feature 1 = "follows a name" → I-PERS (2), 2 = other
  const sentence = (pattern: number[]): TrainSentence => ({
    feats: pattern.map((f) => Int32Array.of(f, 3)),
    gold: Int32Array.from(pattern, (f) => (f === 0 ? 1 : f === 1 ? 2 : 0)),
  })
  const data = [sentence([2, 0, 1, 2]), sentence([0, 2, 2]), sentence([2, 2, 0, 1, 1])]

  it('learns which label each feature announces, and tags the training data', () => {
    const w = trainPerceptron(data, 4, { epochs: 20, seed: 1 })
    const argmax = (f: number) => {
      const row = Array.from(w.emit.subarray(f * L, f * L + L))
      return row.indexOf(Math.max(...row))
    }
    expect([argmax(0), argmax(1), argmax(2)]).toEqual([1, 2, 0])
    let right = 0
    let total = 0
    for (const s of data) {
      const n = s.gold.length
      const emit = new Float64Array(n * L)
      s.feats.forEach((fs, t) => {
        for (const f of fs)
          for (let y = 0; y < L; y++)
            emit[t * L + y] = (emit[t * L + y] as number) + (w.emit[f * L + y] as number)
      })
      const path = viterbi(emit, w.trans, w.start, n)
      for (let t = 0; t < n; t++) if (path[t] === s.gold[t]) right++
      total += n
    }
    expect(right / total).toBeGreaterThanOrEqual(11 / 12)
  })

  it('gives the same weights for the same data and seed', () => {
    const a = trainPerceptron(data, 4, { epochs: 3, seed: 5 })
    const b = trainPerceptron(data, 4, { epochs: 3, seed: 5 })
    expect(Buffer.from(a.emit.buffer).equals(Buffer.from(b.emit.buffer))).toBe(true)
    expect(Array.from(a.trans)).toEqual(Array.from(b.trans))
  })
})
