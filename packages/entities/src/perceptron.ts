/**
 * The IOB2 labels, in model order (`O` first). `I-X` may only follow `B-X` or `I-X`.
 */
export const LABELS = [
  'O',
  'B-PERS',
  'I-PERS',
  'B-LOC',
  'I-LOC',
  'B-ORG',
  'I-ORG',
  'B-MISC',
  'I-MISC',
] as const

/** Number of labels. */
export const L = LABELS.length

/** Whether label `cur` may follow label `prev` (`-1` = sentence start) under IOB2. */
export function allowed(prev: number, cur: number): boolean {
  const c = LABELS[cur] as string
  if (!c.startsWith('I-')) return true
  if (prev < 0) return false
  return (LABELS[prev] as string).slice(2) === c.slice(2)
}

const NEG = Number.NEGATIVE_INFINITY

/**
 * First-order Viterbi decoding under the IOB2 constraints.
 *
 * @param emit - emission scores, `n × L` (token-major)
 * @param trans - transition scores, `L × L` (from-major)
 * @param start - start scores, `L`
 * @param n - number of tokens
 * @returns the best label id per token
 *
 * @example
 * ```ts
 * viterbi(new Float64Array(9), new Float64Array(81), new Float64Array(9), 1) // Int32Array [0]
 * ```
 */
export function viterbi(
  emit: Float64Array,
  trans: Float64Array,
  start: Float64Array,
  n: number,
): Int32Array {
  const path = new Int32Array(n)
  if (n === 0) return path
  const back = new Int32Array(n * L)
  let prev = new Float64Array(L)
  let cur = new Float64Array(L)
  for (let y = 0; y < L; y++)
    prev[y] = allowed(-1, y) ? (start[y] as number) + (emit[y] as number) : NEG
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let best = NEG
      let arg = 0
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + y]) continue
        const s = (prev[p] as number) + (trans[p * L + y] as number)
        if (s > best) {
          best = s
          arg = p
        }
      }
      cur[y] = best + (emit[t * L + y] as number)
      back[t * L + y] = arg
    }
    const tmp = prev
    prev = cur
    cur = tmp
  }
  let best = NEG
  let arg = 0
  for (let y = 0; y < L; y++) {
    if ((prev[y] as number) > best) {
      best = prev[y] as number
      arg = y
    }
  }
  path[n - 1] = arg
  for (let t = n - 1; t > 0; t--) {
    arg = back[t * L + arg] as number
    path[t - 1] = arg
  }
  return path
}

const ALLOWED = new Uint8Array(L * L)
for (let p = 0; p < L; p++) for (let y = 0; y < L; y++) ALLOWED[p * L + y] = allowed(p, y) ? 1 : 0

/**
 * Per-token label marginals by forward–backward over the same scores, read as log-potentials
 * (a softmax of perceptron scores: a confidence ranking, not a calibrated probability).
 *
 * @param emit - emission scores, `n × L`
 * @param trans - transition scores, `L × L`
 * @param start - start scores, `L`
 * @param n - number of tokens
 * @returns marginals, `n × L`
 *
 * @example
 * ```ts
 * marginals(new Float64Array(9), new Float64Array(81), new Float64Array(9), 1)[0] // 0.2
 * ```
 */
export function marginals(
  emit: Float64Array,
  trans: Float64Array,
  start: Float64Array,
  n: number,
): Float64Array {
  const alpha = new Float64Array(n * L)
  const beta = new Float64Array(n * L)
  for (let y = 0; y < L; y++) {
    alpha[y] = allowed(-1, y) ? (start[y] as number) + (emit[y] as number) : NEG
  }
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      alpha[t * L + y] = logSumExp(alpha, (t - 1) * L, trans, y, true) + (emit[t * L + y] as number)
    }
  }
  for (let t = n - 2; t >= 0; t--) {
    for (let y = 0; y < L; y++) {
      let m = NEG
      for (let z = 0; z < L; z++) {
        if (!ALLOWED[y * L + z]) continue
        const s =
          (trans[y * L + z] as number) +
          (emit[(t + 1) * L + z] as number) +
          (beta[(t + 1) * L + z] as number)
        if (s > m) m = s
      }
      let sum = 0
      if (m !== NEG) {
        for (let z = 0; z < L; z++) {
          if (!ALLOWED[y * L + z]) continue
          sum += Math.exp(
            (trans[y * L + z] as number) +
              (emit[(t + 1) * L + z] as number) +
              (beta[(t + 1) * L + z] as number) -
              m,
          )
        }
      }
      beta[t * L + y] = m === NEG ? NEG : m + Math.log(sum)
    }
  }
  const out = new Float64Array(n * L)
  for (let t = 0; t < n; t++) {
    let m = NEG
    for (let y = 0; y < L; y++)
      m = Math.max(m, (alpha[t * L + y] as number) + (beta[t * L + y] as number))
    let sum = 0
    for (let y = 0; y < L; y++) {
      const v = Math.exp((alpha[t * L + y] as number) + (beta[t * L + y] as number) - m)
      out[t * L + y] = v
      sum += v
    }
    for (let y = 0; y < L; y++) out[t * L + y] = (out[t * L + y] as number) / sum
  }
  return out
}

function logSumExp(
  alpha: Float64Array,
  off: number,
  trans: Float64Array,
  y: number,
  _fwd: boolean,
): number {
  let m = NEG
  for (let p = 0; p < L; p++) {
    if (!ALLOWED[p * L + y]) continue
    const s = (alpha[off + p] as number) + (trans[p * L + y] as number)
    if (s > m) m = s
  }
  if (m === NEG) return NEG
  let sum = 0
  for (let p = 0; p < L; p++) {
    if (!ALLOWED[p * L + y]) continue
    sum += Math.exp((alpha[off + p] as number) + (trans[p * L + y] as number) - m)
  }
  return m + Math.log(sum)
}
