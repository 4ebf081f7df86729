import { DedupOptionsError } from './errors'
import { combine32 } from './hash'

/**
 * Banding of a signature: `bands` bands of `rows` rows each (bands × rows ≤ numPerm). Two
 * documents become candidates when all rows of at least one band agree, which happens with
 * probability 1 − (1 − J^rows)^bands for Jaccard J.
 * @example
 * ```ts
 * const p: LshParams = { bands: 9, rows: 13 }
 * ```
 */
export interface LshParams {
  /**
   * Number of bands.
   * @example
   * ```ts
   * const bands: LshParams['bands'] = 9
   * ```
   */
  bands: number
  /**
   * Rows (signature positions) per band.
   * @example
   * ```ts
   * const rows: LshParams['rows'] = 13
   * ```
   */
  rows: number
}

/**
 * Weights of the two error areas minimised by {@link optimalParams}.
 * @example
 * ```ts
 * const w: LshWeights = { falsePositive: 0.5, falseNegative: 0.5 }
 * ```
 */
export interface LshWeights {
  /**
   * Weight of the false-positive area ∫₀ᵗ P(candidate | s) ds (default 0.5).
   * @example
   * ```ts
   * const falsePositive: LshWeights['falsePositive'] = 0.3
   * ```
   */
  falsePositive?: number
  /**
   * Weight of the false-negative area ∫ₜ¹ (1 − P(candidate | s)) ds (default 0.5).
   * @example
   * ```ts
   * const falseNegative: LshWeights['falseNegative'] = 0.7
   * ```
   */
  falseNegative?: number
}

/**
 * The two error areas of a banding at a threshold (see {@link lshErrorAreas}).
 * @example
 * ```ts
 * const a: LshErrorAreas = lshErrorAreas(0.8, { bands: 9, rows: 13 })
 * ```
 */
export interface LshErrorAreas {
  /**
   * ∫₀ᵗ P(candidate | s) ds: the weight of pairs below the threshold that become candidates.
   * @example
   * ```ts
   * const fp: LshErrorAreas['falsePositive'] = 0.005
   * ```
   */
  falsePositive: number
  /**
   * ∫ₜ¹ (1 − P(candidate | s)) ds: the weight of pairs above the threshold that are missed.
   * @example
   * ```ts
   * const fn: LshErrorAreas['falseNegative'] = 0.004
   * ```
   */
  falseNegative: number
}

const STEP = 0.001

function candidateProbability(s: number, b: number, r: number): number {
  return 1 - (1 - s ** r) ** b
}

function midpoints(lo: number, hi: number): Float64Array {
  const out: number[] = []
  let x = lo
  while (x < hi) {
    out.push(x + 0.5 * STEP)
    x += STEP
  }
  return Float64Array.from(out)
}

function powers(points: Float64Array, maxR: number): Float64Array[] {
  const out: Float64Array[] = []
  for (let r = 1; r <= maxR; r++) out.push(points.map((s) => s ** r))
  return out
}

/** Midpoint-rule integral with step 0.001 (the rule datasketch uses without scipy). */
function integrate(f: (s: number) => number, lo: number, hi: number): number {
  let area = 0
  let x = lo
  while (x < hi) {
    area += f(x + 0.5 * STEP) * STEP
    x += STEP
  }
  return area
}

/**
 * The false-positive and false-negative areas of a banding at a threshold.
 * @param threshold - Jaccard threshold in (0, 1]
 * @param params - bands and rows
 * @returns the two areas
 * @example
 * ```ts
 * const { falsePositive, falseNegative } = lshErrorAreas(0.8, { bands: 9, rows: 13 })
 * ```
 */
export function lshErrorAreas(threshold: number, params: LshParams): LshErrorAreas {
  const { bands: b, rows: r } = params
  return {
    falsePositive: integrate((s) => candidateProbability(s, b, r), 0, threshold),
    falseNegative: integrate((s) => 1 - candidateProbability(s, b, r), threshold, 1),
  }
}

/**
 * Chooses bands and rows for a threshold by minimising the weighted sum of the false-positive
 * and false-negative probability areas over every (b, r) with b·r ≤ numPerm, the way datasketch's
 * `MinHashLSH` does (midpoint integration, step 0.001; the first minimum in b-then-r order wins).
 * @param threshold - Jaccard threshold in (0, 1]
 * @param numPerm - signature length
 * @param weights - area weights (default 0.5 / 0.5)
 * @returns the optimal banding
 * @throws {@link DedupOptionsError} for a threshold outside (0, 1] or weights not summing to 1
 * @example
 * ```ts
 * optimalParams(0.8, 128) // { bands: 9, rows: 13 }
 * ```
 */
export function optimalParams(
  threshold: number,
  numPerm: number,
  weights: LshWeights = {},
): LshParams {
  checkThreshold(threshold)
  if (!Number.isInteger(numPerm) || numPerm < 1) {
    throw new DedupOptionsError({
      option: 'numPerm',
      message: `must be a positive integer, got ${numPerm}`,
    })
  }
  const fpw = weights.falsePositive ?? 0.5
  const fnw = weights.falseNegative ?? 0.5
  if (Math.abs(fpw + fnw - 1) > 1e-9 || fpw < 0 || fnw < 0) {
    throw new DedupOptionsError({
      option: 'weights',
      message: `must be non-negative and sum to 1, got ${fpw} + ${fnw}`,
    })
  }
  const cacheKey = `${threshold}/${numPerm}/${fpw}/${fnw}`
  const cached = optimalCache.get(cacheKey)
  if (cached) return { ...cached }
  // midpoints of both integration ranges, as the step-0.001 midpoint rule visits them
  const fpPoints = midpoints(0, threshold)
  const fnPoints = midpoints(threshold, 1)
  // s ** r for every point and r, computed once (the same values the direct formula uses)
  const fpPow = powers(fpPoints, numPerm)
  const fnPow = powers(fnPoints, numPerm)
  let best = Number.POSITIVE_INFINITY
  let opt: LshParams = { bands: 0, rows: 0 }
  for (let b = 1; b <= numPerm; b++) {
    const maxR = Math.floor(numPerm / b)
    for (let r = 1; r <= maxR; r++) {
      let fp = 0
      const fpr = fpPow[r - 1] as Float64Array
      for (let j = 0; j < fpr.length; j++) fp += (1 - (1 - (fpr[j] as number)) ** b) * STEP
      let fn = 0
      const fnr = fnPow[r - 1] as Float64Array
      for (let j = 0; j < fnr.length; j++) fn += (1 - (1 - (1 - (fnr[j] as number)) ** b)) * STEP
      const error = fp * fpw + fn * fnw
      if (error < best) {
        best = error
        opt = { bands: b, rows: r }
      }
    }
  }
  optimalCache.set(cacheKey, opt)
  return { ...opt }
}

const optimalCache = new Map<string, LshParams>()

/** @internal */
export function checkThreshold(threshold: number): void {
  if (!(threshold > 0 && threshold <= 1)) {
    throw new DedupOptionsError({
      option: 'threshold',
      message: `must be in (0, 1], got ${threshold}`,
    })
  }
}

/**
 * Band key of band `band` of the signature stored at `offset`: a 32-bit hash of its rows,
 * seeded with the band number so equal rows in different bands do not collide.
 * @internal
 */
export function bandKey(sigs: Uint32Array, offset: number, band: number, rows: number): number {
  const start = offset + band * rows
  return combine32(sigs, start, start + rows, 0x3c6ef372 + band)
}

/**
 * The LSH band keys of a signature: one 32-bit hash (8 hex digits) of each band's rows, seeded
 * with the band number. Two documents are candidates when they share a key at the same band
 * index. Use it to group bands in another system (see the README on sharding).
 * @param signature - a MinHash signature
 * @param params - the banding (bands × rows ≤ signature length)
 * @returns `params.bands` keys
 * @throws {@link DedupOptionsError} when the banding needs more rows than the signature has
 * @example
 * ```ts
 * const sig = new MinHasher().signature('some text to index')
 * bandKeys(sig, optimalParams(0.8, 128)).length // 9
 * ```
 */
export function bandKeys(signature: Uint32Array, params: LshParams): string[] {
  if (params.bands * params.rows > signature.length) {
    throw new DedupOptionsError({
      option: 'params',
      message: `bands × rows exceeds the signature length ${signature.length}`,
    })
  }
  const out: string[] = []
  for (let b = 0; b < params.bands; b++) {
    out.push(bandKey(signature, 0, b, params.rows).toString(16).padStart(8, '0'))
  }
  return out
}

/**
 * One band's hash table: key → chain of document slots, all in typed arrays (open addressing
 * on keys, a `next` array threaded through slots). No per-entry objects.
 * @internal
 */
export class BandTable {
  keys: Uint32Array
  heads: Int32Array
  used = 0
  next: Int32Array
  constructor(capacity: number) {
    const size = tableSize(capacity)
    this.keys = new Uint32Array(size)
    this.heads = new Int32Array(size).fill(-1)
    this.next = new Int32Array(capacity).fill(-1)
  }

  private find(key: number): number {
    const mask = this.keys.length - 1
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask
    while (this.heads[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask
    return i
  }

  /** First slot in the chain of `key`, or a negative number when there is none. */
  head(key: number): number {
    return this.heads[this.find(key)] as number
  }

  insert(key: number, slot: number): void {
    if (slot >= this.next.length)
      this.growSlots(Math.max(slot + 1, Math.ceil(this.next.length * 1.25)))
    if (this.used + 1 > this.keys.length * MAX_LOAD) this.rehash(this.keys.length * 2)
    const i = this.find(key)
    const h = this.heads[i] as number
    if (h === -1) {
      this.keys[i] = key
      this.used++
    }
    this.next[slot] = h < 0 ? -1 : h
    this.heads[i] = slot
  }

  /** Unlinks `slot` (whose band key is `key`) from its chain. */
  remove(slot: number, key: number): void {
    const i = this.find(key)
    let cur = this.heads[i] as number
    let prev = -1
    while (cur >= 0 && cur !== slot) {
      prev = cur
      cur = this.next[cur] as number
    }
    if (cur < 0) return
    if (prev === -1) this.heads[i] = this.next[slot] as number
    else this.next[prev] = this.next[slot] as number
    this.next[slot] = -1
    if (this.heads[i] === -1) this.heads[i] = -2 // tombstone keeps probe chains intact
  }

  private growSlots(n: number): void {
    const next = new Int32Array(n).fill(-1)
    next.set(this.next)
    this.next = next
  }

  private rehash(size: number): void {
    const oldKeys = this.keys
    const oldHeads = this.heads
    this.keys = new Uint32Array(size)
    this.heads = new Int32Array(size).fill(-1)
    this.used = 0
    for (let i = 0; i < oldKeys.length; i++) {
      const h = oldHeads[i] as number
      if (h < 0) continue
      const j = this.find(oldKeys[i] as number)
      this.keys[j] = oldKeys[i] as number
      this.heads[j] = h
      this.used++
    }
  }

  /** Bytes held by the typed arrays. */
  get byteLength(): number {
    return this.keys.byteLength + this.heads.byteLength + this.next.byteLength
  }
}

const MAX_LOAD = 0.75

function tableSize(capacity: number): number {
  let size = 16
  while (size * MAX_LOAD < capacity) size *= 2
  return size
}
