import { cueClass } from './features-cues'
import type { Gazetteer } from './features-gazetteer'
import { hashFeature, hashPair, hashSlice } from './features-hash'
import type { WordSet } from './features-wordset'
import { type CliticSplit, splitClitics } from './tokenize-clitics'

/**
 * Which feature groups the tagger uses. The trained model records its groups so tagging computes
 * exactly the features it was trained with.
 */
export interface FeatureGroups {
  /** Word, stem (no proclitics) and core (no article) of the token. */
  word: boolean
  /** Words two positions away, and the stems of neighbours. */
  context: boolean
  /** Word bigrams with the neighbours. */
  bigrams: boolean
  /** Prefixes and suffixes (1–3 letters) of the core. */
  affixes: boolean
  /** The proclitic prefix and the article. */
  clitics: boolean
  /** Script, length and punctuation shape. */
  shape: boolean
  /** Whether the core is an ordinary dictionary word (and the neighbours' flags). */
  dictionary: boolean
  /** Gazetteer marks (cities, countries, harvested train names) of the token and neighbours. */
  gazetteer: boolean
  /** The word's label distribution in the training data (built per fold while training). */
  tagDist: boolean
  /** Cue words (titles, speech verbs, organisation and place heads) around the token. */
  cues: boolean
  /** Character 3-grams of the core. */
  ngrams: boolean
}

/** Every group on. */
export const ALL_GROUPS: Readonly<FeatureGroups> = Object.freeze({
  word: true,
  context: true,
  bigrams: true,
  affixes: true,
  clitics: true,
  shape: true,
  dictionary: true,
  gazetteer: true,
  tagDist: true,
  cues: true,
  ngrams: true,
})

/** The word lists the features read. */
export interface FeatureResources {
  /** Ordinary Arabic words (search-normalized, no clitics). */
  dictionary: WordSet
  /** Cities, countries and names harvested from training tags. */
  gazetteer: Gazetteer
  /** Word → its dominant training label and share bucket, e.g. `'B-PERS3'`. */
  tagDist: ReadonlyMap<string, string>
}

// template ids: stable numbers, part of the model format
const T = {
  bias: 1,
  w: 2,
  stem: 3,
  core: 4,
  wPrev: 5,
  wNext: 6,
  wPrev2: 7,
  wNext2: 8,
  stemPrev: 9,
  stemNext: 10,
  bigPrev: 11,
  bigNext: 12,
  pre: 13,
  suf: 14,
  prefix: 15,
  article: 16,
  shape: 17,
  shapePrev: 18,
  shapeNext: 19,
  dict: 20,
  dictPrev: 21,
  dictNext: 22,
  gaz: 23,
  gazPrev: 24,
  gazNext: 25,
  tagDist: 26,
  tagDistPrev: 27,
  tagDistNext: 28,
  cuePrev: 29,
  cuePrev2: 30,
  cueNext: 31,
  ngram: 32,
  dictCue: 33,
  dictArticle: 34,
  sentStart: 35,
  coreLen: 36,
  gazDict: 37,
} as const

const SUFFIXES = ['يه', 'ات', 'ون', 'ين', 'ان', 'ه', 'ي'] as const

/** Per-token facts the templates read, computed once per sentence. */
interface TokenInfo {
  word: string
  split: CliticSplit
  shape: string
  dict: string
  cue: string
  tagDist: string
}

function shapeOf(w: string): string {
  const c = w.charCodeAt(0)
  if (c >= 0x0600 && c <= 0x06ff) {
    const n = w.length
    return n <= 3 ? `A${n}` : n <= 5 ? 'A45' : n <= 7 ? 'A67' : 'A8'
  }
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde)) return 'Lu'
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0x24f)) return 'Ll'
  if (c >= 0x30 && c <= 0x39) return w.length <= 2 ? 'D2' : w.length === 4 ? 'D4' : 'Dn'
  return w.length === 1 ? `P${w}` : 'X'
}

function dictFlag(split: CliticSplit, dictionary: WordSet): string {
  const core = split.core
  if (dictionary.has(core)) return 'W'
  for (const s of SUFFIXES) {
    if (
      core.length > s.length + 2 &&
      core.endsWith(s) &&
      dictionary.has(core.slice(0, -s.length))
    ) {
      return 'S'
    }
  }
  if (split.stem !== split.core && dictionary.has(split.stem)) return 'W'
  return 'N'
}

function infoOf(word: string, res: FeatureResources): TokenInfo {
  const split = splitClitics(word)
  return {
    word,
    split,
    shape: shapeOf(word),
    dict: dictFlag(split, res.dictionary),
    cue: cueClass(split.stem) ?? cueClass(word) ?? '',
    tagDist: res.tagDist.get(word) ?? '',
  }
}

/**
 * Computes the feature hashes of every token of one sentence.
 *
 * @param words - the sentence's search-normalized tokens
 * @param res - the word lists the features read
 * @param groups - which feature groups to compute
 * @param hideWord - while training: tokens whose own identity features (word, stem, core,
 *   bigrams) are left out, so the model learns to tag a word it has not memorised
 * @returns for each token, its feature hashes
 *
 * @example
 * ```ts
 * const feats = sentenceFeatures(['قال', 'بوتين'], resources, ALL_GROUPS)
 * feats[1].length > 10 // true
 * ```
 */
export function sentenceFeatures(
  words: readonly string[],
  res: FeatureResources,
  groups: Readonly<FeatureGroups>,
  hideWord?: (i: number) => boolean,
): Uint32Array[] {
  const n = words.length
  const info = words.map((w) => infoOf(w, res))
  const gaz = groups.gazetteer
    ? res.gazetteer.mark(
        words,
        info.map((t) => t.split.stem),
      )
    : []
  const out: Uint32Array[] = new Array(n)
  const f: number[] = []
  const none = ''
  for (let i = 0; i < n; i++) {
    f.length = 0
    const t = info[i] as TokenInfo
    const prev = info[i - 1]
    const next = info[i + 1]
    const { split } = t
    f.push(hashFeature(T.bias, none))
    const hw = hashFeature(T.w, t.word)
    const hidden = hideWord?.(i) === true
    if (groups.word) {
      if (!hidden) f.push(hw, hashFeature(T.stem, split.stem), hashFeature(T.core, split.core))
      f.push(hashFeature(T.wPrev, prev?.word ?? '<s>'), hashFeature(T.wNext, next?.word ?? '</s>'))
      if (i === 0) f.push(hashFeature(T.sentStart, none))
    }
    if (groups.context) {
      f.push(hashFeature(T.wPrev2, info[i - 2]?.word ?? '<s>'))
      f.push(hashFeature(T.wNext2, info[i + 2]?.word ?? '</s>'))
      f.push(hashFeature(T.stemPrev, prev?.split.stem ?? '<s>'))
      f.push(hashFeature(T.stemNext, next?.split.stem ?? '</s>'))
    }
    if (groups.bigrams && !hidden) {
      f.push(hashPair(T.bigPrev, hashFeature(T.w, prev?.word ?? '<s>'), hw))
      f.push(hashPair(T.bigNext, hw, hashFeature(T.w, next?.word ?? '</s>')))
    }
    const core = split.core
    if (groups.affixes) {
      for (let k = 1; k <= 3 && k < core.length; k++) {
        f.push(hashSlice(T.pre + 100 * k, core, 0, k))
        f.push(hashSlice(T.suf + 100 * k, core, core.length - k, core.length))
      }
      f.push(hashFeature(T.coreLen, String(Math.min(core.length, 9))))
    }
    if (groups.clitics) {
      f.push(hashFeature(T.prefix, split.prefix))
      f.push(hashFeature(T.article, split.article ? '1' : '0'))
    }
    if (groups.shape) {
      f.push(hashFeature(T.shape, t.shape))
      f.push(hashFeature(T.shapePrev, prev?.shape ?? '<s>'))
      f.push(hashFeature(T.shapeNext, next?.shape ?? '</s>'))
    }
    if (groups.dictionary) {
      f.push(hashFeature(T.dict, t.dict))
      f.push(hashFeature(T.dictPrev, prev?.dict ?? '<s>'))
      f.push(hashFeature(T.dictNext, next?.dict ?? '</s>'))
      f.push(hashFeature(T.dictArticle, t.dict + (split.article ? '1' : '0') + split.prefix))
      if (groups.cues) f.push(hashFeature(T.dictCue, `${t.dict}|${prev?.cue ?? '<s>'}`))
    }
    if (groups.gazetteer) {
      const g = gaz[i]
      if (g) {
        for (const m of g) {
          f.push(hashFeature(T.gaz, m))
          if (groups.dictionary) f.push(hashFeature(T.gazDict, m + t.dict))
        }
      } else f.push(hashFeature(T.gaz, none))
      for (const m of gaz[i - 1] ?? []) f.push(hashFeature(T.gazPrev, m))
      for (const m of gaz[i + 1] ?? []) f.push(hashFeature(T.gazNext, m))
    }
    if (groups.tagDist) {
      f.push(hashFeature(T.tagDist, t.tagDist))
      f.push(hashFeature(T.tagDistPrev, prev?.tagDist ?? '<s>'))
      f.push(hashFeature(T.tagDistNext, next?.tagDist ?? '</s>'))
    }
    if (groups.cues) {
      f.push(hashFeature(T.cuePrev, prev?.cue ?? '<s>'))
      f.push(hashFeature(T.cuePrev2, info[i - 2]?.cue ?? '<s>'))
      f.push(hashFeature(T.cueNext, next?.cue ?? '</s>'))
    }
    if (groups.ngrams && core.length >= 3) {
      const padded = `^${core}$`
      for (let k = 0; k + 3 <= padded.length; k++) f.push(hashSlice(T.ngram, padded, k, k + 3))
    }
    out[i] = Uint32Array.from(f)
  }
  return out
}
