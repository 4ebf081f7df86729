import { ALL_GROUPS, type FeatureGroups, type FeatureResources, sentenceFeatures } from './features'
import { Gazetteer } from './features-gazetteer'
import type { WordSet } from './features-wordset'
import { createTaggerModel, type TaggerModel, type TaggerModelData, toBase64 } from './model'
import { L, LABELS } from './perceptron'
import {
  mulberry32,
  type PerceptronWeights,
  type TrainSentence,
  trainPerceptron,
} from './perceptron-train'
import type { ConllSentence } from './tagger-conll'
import { splitClitics } from './tokenize-clitics'

/** A gazetteer entry from outside the training data (a city, a country). */
export interface ExternalEntry {
  /** Search-normalized tokens. */
  tokens: string[]
  /** Class name, e.g. `'CITY'`. */
  cls: string
}

/** Inputs of {@link trainModel}. */
export interface TrainModelOptions {
  /** Training sentences, words already search-normalized. */
  sentences: readonly ConllSentence[]
  /** External gazetteer entries. */
  external: readonly ExternalEntry[]
  /** Ordinary dictionary words. */
  dictionary: WordSet
  /** Feature groups (default all). */
  groups?: Readonly<FeatureGroups>
  /** Passes over the data. */
  epochs: number
  /** Shuffle seed. */
  seed: number
  /** Folds for the jackknifed word lists (default 10). */
  folds?: number
  /** Weights whose largest magnitude is below this share of the scale step are dropped. */
  prune?: number
  /**
   * Share of the tokens whose word occurs once in the training data that are trained without
   * their identity features (default 0): a word seen once looks like an unseen word.
   */
  hideRare?: number
  /** Confidence temperature stored in the model (default 1). */
  temperature?: number
  /** Attribution text stored in the model. */
  attribution?: string
  /** Called after each epoch with a loadable model (for choosing the epoch count). */
  onEpoch?: (epoch: number, model: () => TaggerModel) => void
}

const LABEL_ID = new Map<string, number>(LABELS.map((l, i) => [l, i]))

/** Builds the word lists harvested from training tags: entity names and label distributions. */
export function harvest(
  sentences: readonly ConllSentence[],
  external: readonly ExternalEntry[],
  dictionary: WordSet,
): FeatureResources {
  const gazetteer = new Gazetteer()
  for (const e of external) gazetteer.add(e.tokens, e.cls)
  const dist = new Map<string, Int32Array>()
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i] as string
      let d = dist.get(w)
      if (!d) {
        d = new Int32Array(L)
        dist.set(w, d)
      }
      const id = LABEL_ID.get(s.tags[i] as string) ?? 0
      d[id] = (d[id] as number) + 1
    }
  }
  // a word that begins an entity somewhere in the data
  const startsName = (w: string): boolean => {
    const d = dist.get(w)
    if (!d) return false
    for (let y = 1; y < L; y += 2) if ((d[y] as number) > 0) return true
    return false
  }
  for (const s of sentences) {
    let i = 0
    while (i < s.tags.length) {
      const t = s.tags[i] as string
      if (!t.startsWith('B-')) {
        i++
        continue
      }
      const type = t.slice(2)
      let j = i + 1
      while (j < s.tags.length && s.tags[j] === `I-${type}`) j++
      const tokens = s.words.slice(i, j)
      gazetteer.add(tokens, type)
      // the clitic-free form too, when it begins a name of its own elsewhere (وبيروت → بيروت;
      // not بيروت → يروت, not فيصل → يصل "arrives")
      const stem = splitClitics(tokens[0] as string).stem
      if (stem !== tokens[0] && startsName(stem)) gazetteer.add([stem, ...tokens.slice(1)], type)
      if (type === 'PERS') for (const tok of tokens) gazetteer.add([tok], 'PERSt')
      i = j
    }
  }
  const tagDist = new Map<string, string>()
  for (const [w, d] of dist) {
    let total = 0
    let best = 0
    for (let y = 0; y < L; y++) {
      total += d[y] as number
      if ((d[y] as number) > (d[best] as number)) best = y
    }
    if (total < 2) continue
    const share = (d[best] as number) / total
    const bucket = share >= 0.95 ? 3 : share >= 0.7 ? 2 : 1
    const entity = total - (d[0] as number)
    // words that are never an entity carry no entry: an absent word and an always-O word differ
    // only by frequency, and the list stays small
    if (entity === 0 && total < 5) continue
    tagDist.set(w, `${LABELS[best]}${bucket}`)
  }
  return { dictionary, gazetteer, tagDist }
}

/** Maps feature hashes to dense row indices while training. */
class FeatureIndex {
  readonly ids = new Map<number, number>()
  readonly hashes: number[] = []
  indices(hashes: Uint32Array): Int32Array {
    const out = new Int32Array(hashes.length)
    for (let k = 0; k < hashes.length; k++) {
      const h = hashes[k] as number
      let id = this.ids.get(h)
      if (id === undefined) {
        id = this.hashes.length
        this.ids.set(h, id)
        this.hashes.push(h)
      }
      out[k] = id
    }
    return out
  }
}

function serializeTagDist(m: ReadonlyMap<string, string>): string {
  return [...m]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w, c]) => `${w}\t${c}`)
    .join('\n')
}

/**
 * Quantizes averaged weights to int8 (one scale for the whole model), drops features whose
 * weights all round to zero, and writes the model data with the runtime word lists.
 */
export function packModel(
  weights: PerceptronWeights,
  hashes: readonly number[],
  runtime: FeatureResources,
  groups: Readonly<FeatureGroups>,
  attribution: string,
  prune: number,
  temperature = 1,
): TaggerModelData {
  let max = 0
  for (const v of weights.emit) max = Math.max(max, Math.abs(v))
  for (const v of weights.trans) max = Math.max(max, Math.abs(v))
  const scale = max === 0 ? 1 : max / 127
  const q = (v: number): number => Math.max(-127, Math.min(127, Math.round(v / scale)))
  const rows: { hash: number; row: number }[] = []
  for (let r = 0; r < hashes.length; r++) {
    let keep = false
    for (let y = 0; y < L; y++) {
      if (Math.abs(weights.emit[r * L + y] as number) >= scale * (0.5 + prune)) keep = true
    }
    if (keep) rows.push({ hash: hashes[r] as number, row: r })
  }
  rows.sort((a, b) => a.hash - b.hash)
  const keys = new Uint8Array(rows.length * 4)
  const view = new DataView(keys.buffer)
  const w = new Int8Array(rows.length * L)
  rows.forEach(({ hash, row }, i) => {
    view.setUint32(i * 4, hash, true)
    for (let y = 0; y < L; y++) w[i * L + y] = q(weights.emit[row * L + y] as number)
  })
  return {
    format: 'nuqta-tagger',
    version: 1,
    labels: [...LABELS],
    groups: { ...groups },
    scale,
    temperature,
    trans: Array.from(weights.trans, q),
    start: Array.from(weights.start, q),
    keys: toBase64(keys),
    weights: toBase64(new Uint8Array(w.buffer)),
    dictionary: { probes: runtime.dictionary.probes, bits: toBase64(runtime.dictionary.bits) },
    gazetteer: runtime.gazetteer.serialize(),
    tagDist: serializeTagDist(runtime.tagDist),
    attribution,
  }
}

/**
 * Trains the Arabic tagger end to end: word lists harvested per fold (jackknife: the sentences
 * of fold k see lists built from the other folds, so the model learns how far a list match can
 * be trusted on unseen text), features, the averaged perceptron, then quantized weights with the
 * lists built from all sentences. Deterministic for the same inputs and seed.
 *
 * @param options - data, lists and training settings
 * @returns the model data, ready to serialise
 *
 * @example
 * ```ts
 * const data = trainModel({ sentences, external: [], dictionary, epochs: 5, seed: 1 })
 * ```
 */
export function trainModel(options: TrainModelOptions): TaggerModelData {
  const groups = options.groups ?? ALL_GROUPS
  const folds = options.folds ?? 10
  const sents = options.sentences
  const index = new FeatureIndex()
  const train: TrainSentence[] = []
  const per = Math.ceil(sents.length / folds)
  const counts = new Map<string, number>()
  for (const s of sents) for (const w of s.words) counts.set(w, (counts.get(w) ?? 0) + 1)
  const hideRare = options.hideRare ?? 0
  const rand = mulberry32(options.seed ^ 0x9e3779b9)
  for (let k = 0; k < folds; k++) {
    const lo = k * per
    const hi = Math.min(sents.length, lo + per)
    if (lo >= hi) continue
    const others = [...sents.slice(0, lo), ...sents.slice(hi)]
    const res = harvest(others, options.external, options.dictionary)
    for (let s = lo; s < hi; s++) {
      const sent = sents[s] as ConllSentence
      const hide = (i: number): boolean =>
        hideRare > 0 && counts.get(sent.words[i] as string) === 1 && rand() < hideRare
      const feats = sentenceFeatures(sent.words, res, groups, hide).map((h) => index.indices(h))
      const gold = Int32Array.from(sent.tags, (t) => LABEL_ID.get(t) ?? 0)
      train.push({ feats, gold })
    }
  }
  const runtime = harvest(sents, options.external, options.dictionary)
  const attribution = options.attribution ?? ''
  const prune = options.prune ?? 0
  const temperature = options.temperature ?? 1
  const weights = trainPerceptron(train, index.hashes.length, {
    epochs: options.epochs,
    seed: options.seed,
    onEpoch: options.onEpoch
      ? (epoch, w) =>
          options.onEpoch?.(epoch, () =>
            createTaggerModel(
              packModel(w, index.hashes, runtime, groups, attribution, prune, temperature),
            ),
          )
      : undefined,
  })
  return packModel(weights, index.hashes, runtime, groups, attribution, prune, temperature)
}
