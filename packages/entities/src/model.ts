import { TaggerModelError } from './errors'
import type { FeatureGroups, FeatureResources } from './features'
import { Gazetteer } from './features-gazetteer'
import { WordSet } from './features-wordset'
import { L, LABELS } from './perceptron'

/**
 * The serialisable form of a trained tagger (what `scripts/train.ts` writes to
 * `data/ar-tagger.json`): quantized perceptron weights under 32-bit feature hashes, and the word
 * lists the features read. Plain JSON; binary parts are base64.
 *
 * @example
 * ```ts
 * const data: TaggerModelData = JSON.parse(readFileSync('data/ar-tagger.json', 'utf8'))
 * data.format // 'nuqta-tagger'
 * ```
 */
export interface TaggerModelData {
  /** Always `'nuqta-tagger'`. @example `'nuqta-tagger'` */
  format: 'nuqta-tagger'
  /** Format version; this release reads 1. @example `1` */
  version: 1
  /** Label names in model order. @example `['O', 'B-PERS', …]` */
  labels: string[]
  /** The feature groups the model was trained with. @example `{ word: true, … }` */
  groups: FeatureGroups
  /** A stored weight `q` means `q * scale`. @example `0.01` */
  scale: number
  /**
   * Scores are divided by this before the forward–backward confidences (chosen on the dev slice
   * so that confidences track precision). @example `8`
   */
  temperature: number
  /** Quantized transition weights, `L × L`, from-major. @example `[0, -3, …]` */
  trans: number[]
  /** Quantized start weights, `L`. @example `[4, 1, -20, …]` */
  start: number[]
  /** Base64 of the sorted feature hashes, uint32 little-endian. @example `'AAECAw=='` */
  keys: string
  /** Base64 of the int8 weights, `L` per key, key-major. @example `'AP8B…'` */
  weights: string
  /** The Bloom filter of ordinary dictionary words. @example `{ probes: 6, bits: '…' }` */
  dictionary: {
    /** Hash probes per word. @example `6` */
    probes: number
    /** Base64 of the filter's bits. @example `'AAEC…'` */
    bits: string
  }
  /** Gazetteer, one `class<TAB>tokens` line per entry. @example `'CITY\tالقاهره'` */
  gazetteer: string
  /** Training label distribution, one `word<TAB>code` line per word. @example `'بوتين\tB-PERS3'` */
  tagDist: string
  /** Where the weights and lists come from, with their licences. @example `'ANERcorp …'` */
  attribution: string
}

/**
 * A loaded Arabic tagger model: the weights in a hash table and the word lists its features read.
 * Get the shipped one from `loadArabicModel()` in `@nuqta/entities/model`, or build one from
 * {@link TaggerModelData} with {@link createTaggerModel}.
 *
 * @example
 * ```ts
 * import { loadArabicModel } from '@nuqta/entities/model'
 * const model: TaggerModel = loadArabicModel()
 * model.labels[0] // 'O'
 * ```
 */
export interface TaggerModel {
  /** IOB2 labels, index = label id; `O` first. @example `['O', 'B-PERS', 'I-PERS', …]` */
  readonly labels: readonly string[]
  /** The feature groups the model computes. @example `model.groups.dictionary // true` */
  readonly groups: Readonly<FeatureGroups>
  /** The word lists the features read. @example `model.resources.gazetteer.size` */
  readonly resources: FeatureResources
  /** Divides scores before computing confidences. @example `model.temperature // 8` */
  readonly temperature: number
  /** Transition scores, `L × L`. @example `model.trans.length // 81` */
  readonly trans: Float64Array
  /** Start scores, `L`. @example `model.start.length // 9` */
  readonly start: Float64Array
  /**
   * Adds the weights of the features of each token into an `n × L` score array.
   *
   * @param feats - feature hashes of each token
   * @returns the emission scores
   *
   * @example
   * ```ts
   * model.emissions([Uint32Array.of(1, 2)]).length // 9
   * ```
   */
  emissions(feats: readonly Uint32Array[]): Float64Array
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

/**
 * Encodes bytes as base64 (the binary fields of {@link TaggerModelData}).
 *
 * @param bytes - any bytes
 * @returns base64 text
 *
 * @example
 * ```ts
 * toBase64(Uint8Array.of(0, 1, 2)) // 'AAEC'
 * ```
 */
export function toBase64(bytes: Uint8Array): string {
  let s = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) {
    s += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(s)
}

function fail(field: string, message: string): never {
  throw new TaggerModelError({ field, message })
}

class HashedModel implements TaggerModel {
  readonly labels: readonly string[]
  readonly groups: Readonly<FeatureGroups>
  readonly resources: FeatureResources
  readonly trans: Float64Array
  readonly start: Float64Array
  readonly temperature: number
  readonly #slots: Int32Array
  readonly #keys: Uint32Array
  readonly #weights: Float32Array
  readonly #mask: number

  constructor(data: TaggerModelData) {
    this.labels = Object.freeze([...data.labels])
    this.temperature = data.temperature
    this.groups = Object.freeze({ ...data.groups })
    const keyBytes = fromBase64(data.keys)
    if (keyBytes.length % 4 !== 0) fail('keys', 'length is not a multiple of 4 bytes')
    const n = keyBytes.length / 4
    const view = new DataView(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength)
    const keys = new Uint32Array(n)
    for (let i = 0; i < n; i++) keys[i] = view.getUint32(i * 4, true)
    const q = new Int8Array(fromBase64(data.weights).buffer)
    if (q.length !== n * L) fail('weights', `expected ${n * L} weights, got ${q.length}`)
    const weights = new Float32Array(q.length)
    for (let i = 0; i < q.length; i++) weights[i] = (q[i] as number) * data.scale
    let size = 2
    while (size < n * 2) size *= 2
    const slots = new Int32Array(size).fill(-1)
    const mask = size - 1
    for (let i = 0; i < n; i++) {
      let s = (keys[i] as number) & mask
      while (slots[s] !== -1) s = (s + 1) & mask
      slots[s] = i
    }
    this.#slots = slots
    this.#keys = keys
    this.#weights = weights
    this.#mask = mask
    this.trans = Float64Array.from(data.trans, (v) => v * data.scale)
    this.start = Float64Array.from(data.start, (v) => v * data.scale)
    if (this.trans.length !== L * L) fail('trans', `expected ${L * L} values`)
    if (this.start.length !== L) fail('start', `expected ${L} values`)
    const tagDist = new Map<string, string>()
    for (const line of data.tagDist.split('\n')) {
      const tab = line.indexOf('\t')
      if (tab > 0) tagDist.set(line.slice(0, tab), line.slice(tab + 1))
    }
    this.resources = {
      dictionary: new WordSet(fromBase64(data.dictionary.bits), data.dictionary.probes),
      gazetteer: Gazetteer.parse(data.gazetteer),
      tagDist,
    }
  }

  emissions(feats: readonly Uint32Array[]): Float64Array {
    const out = new Float64Array(feats.length * L)
    const slots = this.#slots
    const keys = this.#keys
    const w = this.#weights
    const mask = this.#mask
    for (let t = 0; t < feats.length; t++) {
      const fs = feats[t] as Uint32Array
      const base = t * L
      for (let k = 0; k < fs.length; k++) {
        const key = fs[k] as number
        let s = key & mask
        let idx = slots[s] as number
        while (idx !== -1 && keys[idx] !== key) {
          s = (s + 1) & mask
          idx = slots[s] as number
        }
        if (idx === -1) continue
        const row = idx * L
        for (let y = 0; y < L; y++)
          out[base + y] = (out[base + y] as number) + (w[row + y] as number)
      }
    }
    return out
  }
}

/**
 * Builds a usable model from its serialised form, checking its shape.
 *
 * @param data - parsed `ar-tagger.json` (or a model you trained)
 * @returns the model
 * @throws TaggerModelError when the data has the wrong shape
 *
 * @example
 * ```ts
 * const model = createTaggerModel(JSON.parse(readFileSync('my-model.json', 'utf8')))
 * ```
 */
export function createTaggerModel(data: TaggerModelData): TaggerModel {
  if (typeof data !== 'object' || data === null) fail('data', 'expected an object')
  if (data.format !== 'nuqta-tagger') fail('format', `expected 'nuqta-tagger'`)
  if (data.version !== 1) fail('version', `expected 1, got ${String(data.version)}`)
  if (!Array.isArray(data.labels) || data.labels.join() !== LABELS.join()) {
    fail('labels', `expected ${LABELS.join(' ')}`)
  }
  for (const f of ['keys', 'weights', 'gazetteer', 'tagDist'] as const) {
    if (typeof data[f] !== 'string') fail(f, 'expected a string')
  }
  if (typeof data.temperature !== 'number' || !(data.temperature > 0)) {
    fail('temperature', 'expected a number > 0')
  }
  if (typeof data.scale !== 'number' || !(data.scale > 0)) fail('scale', 'expected a number > 0')
  if (typeof data.groups !== 'object' || data.groups === null) fail('groups', 'expected an object')
  if (typeof data.dictionary?.bits !== 'string') fail('dictionary', 'expected { probes, bits }')
  try {
    return new HashedModel(data)
  } catch (e) {
    if (TaggerModelError.isInstance(e)) throw e
    throw new TaggerModelError({ field: 'data', message: String(e), cause: e })
  }
}
