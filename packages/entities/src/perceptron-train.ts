import { L, viterbi } from './perceptron'

/** One training sentence: per token the feature indices, and the gold label ids. */
export interface TrainSentence {
  /** Feature indices of each token (into the weight rows). */
  feats: Int32Array[]
  /** Gold label id of each token. */
  gold: Int32Array
}

/** Averaged weights of a trained perceptron. */
export interface PerceptronWeights {
  /** `features × L` emission weights, feature-major. */
  emit: Float64Array
  /** `L × L` transition weights, from-major. */
  trans: Float64Array
  /** `L` start weights. */
  start: Float64Array
}

/** Options of {@link trainPerceptron}. */
export interface TrainOptions {
  /** Passes over the data. */
  epochs: number
  /** Seed of the per-epoch shuffle. */
  seed: number
  /** Called after each epoch with the averaged weights so far (for choosing the epoch count). */
  onEpoch?: (epoch: number, weights: PerceptronWeights) => void
}

/** A small deterministic PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Trains an averaged structured perceptron (Collins 2002) with first-order Viterbi under IOB2
 * constraints. Deterministic: the same sentences, feature count and seed give the same weights.
 *
 * @param sentences - the training sentences
 * @param featureCount - number of feature rows
 * @param options - epochs, seed, progress callback
 * @returns the averaged weights
 *
 * @example
 * ```ts
 * const w = trainPerceptron(sentences, 1000, { epochs: 5, seed: 1 })
 * ```
 */
export function trainPerceptron(
  sentences: readonly TrainSentence[],
  featureCount: number,
  options: TrainOptions,
): PerceptronWeights {
  const W = new Float64Array(featureCount * L)
  const U = new Float64Array(featureCount * L)
  const TW = new Float64Array(L * L)
  const TU = new Float64Array(L * L)
  const SW = new Float64Array(L)
  const SU = new Float64Array(L)
  let c = 1
  const order = sentences.map((_, i) => i)
  const rand = mulberry32(options.seed)
  const average = (): PerceptronWeights => ({
    emit: W.map((w, i) => w - (U[i] as number) / c),
    trans: TW.map((w, i) => w - (TU[i] as number) / c),
    start: SW.map((w, i) => w - (SU[i] as number) / c),
  })
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      const tmp = order[i] as number
      order[i] = order[j] as number
      order[j] = tmp
    }
    for (const si of order) {
      const s = sentences[si] as TrainSentence
      const n = s.gold.length
      if (n === 0) continue
      const emit = new Float64Array(n * L)
      for (let t = 0; t < n; t++) {
        const fs = s.feats[t] as Int32Array
        for (let k = 0; k < fs.length; k++) {
          const row = (fs[k] as number) * L
          for (let y = 0; y < L; y++)
            emit[t * L + y] = (emit[t * L + y] as number) + (W[row + y] as number)
        }
      }
      const pred = viterbi(emit, TW, SW, n)
      let wrong = false
      for (let t = 0; t < n; t++) {
        if (pred[t] !== s.gold[t]) {
          wrong = true
          break
        }
      }
      if (wrong) {
        for (let t = 0; t < n; t++) {
          const g = s.gold[t] as number
          const p = pred[t] as number
          if (g !== p) {
            const fs = s.feats[t] as Int32Array
            for (let k = 0; k < fs.length; k++) {
              const row = (fs[k] as number) * L
              W[row + g] = (W[row + g] as number) + 1
              U[row + g] = (U[row + g] as number) + c
              W[row + p] = (W[row + p] as number) - 1
              U[row + p] = (U[row + p] as number) - c
            }
          }
          const gp = t === 0 ? -1 : (s.gold[t - 1] as number)
          const pp = t === 0 ? -1 : (pred[t - 1] as number)
          if (g !== p || gp !== pp) {
            if (t === 0) {
              SW[g] = (SW[g] as number) + 1
              SU[g] = (SU[g] as number) + c
              SW[p] = (SW[p] as number) - 1
              SU[p] = (SU[p] as number) - c
            } else {
              TW[gp * L + g] = (TW[gp * L + g] as number) + 1
              TU[gp * L + g] = (TU[gp * L + g] as number) + c
              TW[pp * L + p] = (TW[pp * L + p] as number) - 1
              TU[pp * L + p] = (TU[pp * L + p] as number) - c
            }
          }
        }
      }
      c++
    }
    options.onEpoch?.(epoch, average())
  }
  return average()
}
