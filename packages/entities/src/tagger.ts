import { NuqtaArgumentError } from '@nuqta/core'
import { createNormalizer, type Lexicon, type Normalizer, profiles } from '@nuqta/normalize'
import { sentenceFeatures } from './features'
import type { TaggerModel } from './model'
import { L, marginals, viterbi } from './perceptron'
import { type Token, tokenize } from './tokenize'
import { procliticLength, splitClitics } from './tokenize-clitics'

/**
 * The entity types the Arabic tagger predicts. ANERcorp's `PERS`, `LOC`, `ORG` and `MISC` map to
 * these names.
 *
 * @example
 * ```ts
 * const t: EntityType = 'LOCATION'
 * ```
 */
export type EntityType = 'PERSON' | 'LOCATION' | 'ORGANIZATION' | 'MISC'

/**
 * One entity span found by {@link tagArabic}: UTF-16 offsets into the text that was passed in,
 * proclitics (و ف ب ل ك) outside the span, the article ال inside it.
 *
 * @example
 * ```ts
 * const span: TaggedSpan = { start: 6, end: 14, type: 'LOCATION', confidence: 0.97 }
 * ```
 */
export interface TaggedSpan {
  /** Offset of the first UTF-16 code unit of the span. @example `6` */
  start: number
  /** Offset just past the last UTF-16 code unit of the span. @example `14` */
  end: number
  /** What the span names. @example `'LOCATION'` */
  type: EntityType
  /**
   * How sure the model is, 0–1: the smallest per-token marginal probability of the span's labels
   * (forward–backward over the perceptron scores). @example `0.97`
   */
  confidence: number
}

/**
 * Options of {@link tagArabic}.
 *
 * @example
 * ```ts
 * const options: TagOptions = { minConfidence: 0.5 }
 * ```
 */
export interface TagOptions {
  /** Drop spans whose confidence is below this (default 0: keep every span). @example `0.5` */
  minConfidence?: number
  /**
   * Word data for the `search` profile's run-on split and final ى repair (pass `arabicLexicon`
   * from `@nuqta/normalize/lexicon` to find run-on names such as الولاياتالمتحدة).
   * @example `arabicLexicon`
   */
  lexicon?: Lexicon
}

/**
 * Labels each token of one sentence of search-normalized words (the form ANERcorp is written in)
 * with an IOB2 label. The lower-level entry behind {@link tagArabic}, used for evaluation on
 * pre-tokenized corpora.
 *
 * @param words - the sentence's tokens, already search-normalized
 * @param model - the tagger model
 * @returns labels and per-token marginals of the chosen label
 *
 * @example
 * ```ts
 * tagWords(['قال', 'بوتين'], model).labels // ['O', 'B-PERS']
 * ```
 */
export function tagWords(
  words: readonly string[],
  model: TaggerModel,
  withConfidence = false,
): { labels: string[]; confidence: Float64Array | undefined } {
  const n = words.length
  if (n === 0) return { labels: [], confidence: undefined }
  const feats = sentenceFeatures(words, model.resources, model.groups)
  const emit = model.emissions(feats)
  const path = viterbi(emit, model.trans, model.start, n)
  const labels = Array.from(path, (y) => model.labels[y] as string)
  if (!withConfidence) return { labels, confidence: undefined }
  const t = 1 / model.temperature
  const m = marginals(
    emit.map((v) => v * t),
    model.trans.map((v) => v * t),
    model.start.map((v) => v * t),
    n,
  )
  const confidence = new Float64Array(n)
  for (let k = 0; k < n; k++) confidence[k] = m[k * L + (path[k] as number)] as number
  return { labels, confidence }
}

const TYPE_OF: Readonly<Record<string, EntityType>> = {
  PERS: 'PERSON',
  LOC: 'LOCATION',
  ORG: 'ORGANIZATION',
  MISC: 'MISC',
}

/** Sentences longer than this are cut (Viterbi stays linear either way; this bounds memory). */
const MAX_SENTENCE = 256

let searchNormalizer: Normalizer | undefined

/**
 * How many leading code units of the first token of a span are proclitics to leave out of it. A
 * name may itself begin with a clitic letter (بيروت, لندن, فرنسا, فلاديمير), so the word lists
 * decide: cut when the rest is a known name (or the article follows the clitic); keep a word
 * known as a name whose rest is not; otherwise cut only the conjunction و from a word that is not
 * itself a dictionary word (in news text و before a name is far more often "and" than a letter
 * of the name; ف ب ك ل before an unknown name are kept).
 */
function cliticCut(word: string, model: TaggerModel): number {
  const split = splitClitics(word)
  const p = procliticLength(split)
  if (p === 0) return 0
  const { gazetteer, tagDist, dictionary } = model.resources
  const isName = (w: string): boolean => {
    if (gazetteer.startsEntry(w)) return true
    const d = tagDist.get(w)
    return d !== undefined && !d.startsWith('O')
  }
  if (isName(split.stem)) return p
  if (isName(word)) return 0
  if (split.article) return p
  return split.prefix.charCodeAt(0) === 0x0648 && !dictionary.has(word) ? p : 0
}

/**
 * Finds person, place, organisation and other (MISC) names in Arabic text with the statistical
 * tagger: the text is normalized with the `search` profile (alignment kept), split into tokens
 * and sentences, labelled by the averaged perceptron with IOB2 Viterbi decoding, and each span is
 * mapped back to the text passed in, proclitics (و ف ب ل ك) left out and ال kept.
 *
 * @param text - raw Arabic text
 * @param model - the model, e.g. `loadArabicModel()` from `@nuqta/entities/model`
 * @param options - see {@link TagOptions}
 * @returns the spans in text order, UTF-16 offsets into `text`
 * @throws NuqtaArgumentError when `text` is not a string
 *
 * @example
 * ```ts
 * import { loadArabicModel } from '@nuqta/entities/model'
 * const text = 'وقال الرئيس الروسي فلاديمير بوتين في موسكو'
 * tagArabic(text, loadArabicModel()).map((s) => [text.slice(s.start, s.end), s.type])
 * // [['فلاديمير بوتين', 'PERSON'], ['موسكو', 'LOCATION']]
 * ```
 */
export function tagArabic(text: string, model: TaggerModel, options?: TagOptions): TaggedSpan[] {
  if (typeof text !== 'string') {
    throw new NuqtaArgumentError({
      argument: 'text',
      message: `expected a string, got ${text === null ? 'null' : typeof text}`,
    })
  }
  const minConfidence = options?.minConfidence ?? 0
  if (options?.lexicon === undefined) searchNormalizer ??= createNormalizer('search')
  const normalizer =
    options?.lexicon === undefined
      ? (searchNormalizer as Normalizer)
      : createNormalizer({ ...profiles.search, lexicon: options.lexicon })
  const { text: norm, alignment } = normalizer.normalizeDetailed(text)
  const tokens = tokenize(norm)
  const spans: TaggedSpan[] = []
  let from = 0
  while (from < tokens.length) {
    let to = from + 1
    while (to < tokens.length && to - from < MAX_SENTENCE && !(tokens[to] as Token).sentenceStart)
      to++
    const sentence = tokens.slice(from, to)
    const words = sentence.map((t) => t.text)
    const { labels, confidence } = tagWords(words, model, true)
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i] as string
      if (!label.startsWith('B-')) continue
      let j = i + 1
      while (j < labels.length && labels[j] === `I-${label.slice(2)}`) j++
      let conf = 1
      for (let k = i; k < j; k++) conf = Math.min(conf, (confidence as Float64Array)[k] as number)
      const first = sentence[i] as Token
      const last = sentence[j - 1] as Token
      const cut = Math.min(cliticCut(first.text, model), first.end - first.start - 1)
      const [start, end] = alignment.toOriginal(first.start + cut, last.end)
      if (conf >= minConfidence && end > start) {
        spans.push({ start, end, type: TYPE_OF[label.slice(2)] as EntityType, confidence: conf })
      }
      i = j - 1
    }
    from = to
  }
  return spans
}
