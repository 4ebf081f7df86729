/**
 * `extract` and `extractDocument`: mentions of people, places and organisations in Arabic and
 * English text, each with an entity id, offsets into the text the caller holds.
 * @module
 */

import { Alignment, NuqtaArgumentError, revertChanges, type TextChange } from '@nuqta/core'
import type { Lexicon } from '@nuqta/normalize'
import { type ArabicResources, findArabic } from './arabic'
import type { Candidate } from './candidate'
import { findEnglish } from './english'
import { aliasEntries, type CityList, cityEntries, countryEntries, seatEntries } from './entries'
import { arabicWords, NameIndex } from './gazetteer'
import { linkDocument } from './link/link'
import type { TaggerModel } from './model'
import { scriptCounts } from './script'
import type { EntityType } from './tagger'

/**
 * One mention of an entity in a text.
 *
 * @example
 * ```ts
 * const m: Mention = { start: 12, end: 26, text: 'فلاديمير بوتين', type: 'PERSON', id: 'Q7747', confidence: 0.95 }
 * ```
 */
export interface Mention {
  /** Offset of the first UTF-16 code unit, in the text passed in (or the document's source). @example `12` */
  start: number
  /** Offset just past the last code unit. @example `26` */
  end: number
  /** The mention as written: `text.slice(start, end)`. @example `'فلاديمير بوتين'` */
  text: string
  /** What it names. @example `'PERSON'` */
  type: EntityType
  /**
   * The entity id, the same for every spelling of the entity in any document and either
   * language: a Wikidata id for the curated table (`Q7747`), `iso:XX` for a country,
   * `geo:<country>:<key>` for a city, and for any other name a key derived from its consonant
   * skeleton (`per:mdnsk`, `org:krmln`).
   * @example `'Q7747'`
   */
  id: string
  /** How sure the extractor is, 0–1, rounded to four decimals. @example `0.95` */
  confidence: number
}

/**
 * Options of {@link extract}, {@link extractDocument} and {@link createExtractor}.
 *
 * @example
 * ```ts
 * import { loadArabicModel } from '@nuqta/entities/model'
 * import { worldCities } from '@nuqta/entities/cities'
 * const options: ExtractOptions = { model: loadArabicModel(), cities: worldCities, minConfidence: 0.5 }
 * ```
 */
export interface ExtractOptions {
  /**
   * The statistical Arabic tagger (`loadArabicModel()` from `@nuqta/entities/model`). Without it,
   * Arabic names come from the name index and the title and organisation rules only.
   * @example `{ model: loadArabicModel() }`
   */
  model?: TaggerModel
  /**
   * World cities to match and link (`worldCities` from `@nuqta/entities/cities`); without them
   * only countries, the curated people and organisations, and what the tagger finds.
   * @example `{ cities: worldCities }`
   */
  cities?: CityList
  /**
   * Word data for normalization's run-on repair (`arabicLexicon` from `@nuqta/normalize/lexicon`).
   * Known multi-word names written run together (الولاياتالمتحدة) are found without it too.
   * @example `{ lexicon: arabicLexicon }`
   */
  lexicon?: Lexicon
  /** Drop mentions below this confidence (default 0). @example `0.5` */
  minConfidence?: number
}

/**
 * Any document with a text and, optionally, the edit script from its source text to that text.
 * A `Document` of `@nuqta/corpus` fits.
 *
 * @example
 * ```ts
 * const doc: DocumentLike = { text: 'قال بوتين', changes: [] }
 * ```
 */
export interface DocumentLike {
  /** The document's text. @example `'قال بوتين'` */
  readonly text: string
  /** Edits from the source text to `text` (sorted, as `@nuqta/core` defines them). @example `[]` */
  readonly changes?: readonly TextChange[]
}

/**
 * An extractor: the name index and resources built once, for many texts.
 *
 * @example
 * ```ts
 * const ex = createExtractor()
 * ex.extract('Kremlin spokesman Dmitry Peskov said.').map((m) => m.text) // ['Kremlin', 'Dmitry Peskov']
 * ```
 */
export interface Extractor {
  /**
   * Same as {@link extract} with this extractor's options.
   * @example `ex.extract('قال بوتين')`
   */
  extract(text: string): Mention[]
  /**
   * Same as {@link extractDocument} with this extractor's options.
   * @example `ex.extractDocument({ text: 'قال بوتين' })`
   */
  extractDocument(doc: DocumentLike): Mention[]
  /**
   * The canonical Arabic and English names of a known entity id (curated table, countries,
   * cities), or undefined for a derived id.
   * @example `ex.canonical('Q7747') // { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' }`
   */
  canonical(id: string): CanonicalNames | undefined
}

/**
 * The canonical names of a known entity.
 *
 * @example
 * ```ts
 * const names: CanonicalNames = { ar: 'فلاديمير بوتين', en: 'Vladimir Putin' }
 * ```
 */
export interface CanonicalNames {
  /** The Arabic name ('' when none is known). @example `'فلاديمير بوتين'` */
  ar: string
  /** The English name ('' when none is known). @example `'Vladimir Putin'` */
  en: string
}

let defaultIndex: NameIndex | undefined
const cityIndexes = new WeakMap<CityList, NameIndex>()

function indexFor(cities: CityList | undefined): NameIndex {
  const base = () => [...aliasEntries(), ...seatEntries(), ...countryEntries()]
  if (!cities) {
    defaultIndex ??= NameIndex.build(base())
    return defaultIndex
  }
  let idx = cityIndexes.get(cities)
  if (!idx) {
    idx = NameIndex.build([...base(), ...cityEntries(cities)])
    cityIndexes.set(cities, idx)
  }
  return idx
}

/** Stems of place names for telling nationality adjectives: روسيا → روس، أوكرانيا → أوكران. */
function placeStems(index: NameIndex): Set<string> {
  const out = new Set<string>()
  for (const e of index.byId.values()) {
    if (e.type !== 'LOCATION' || !e.ar) continue
    const words = arabicWords(e.ar)
    if (words.length !== 1) continue
    const w = (words[0] as string).startsWith('ال')
      ? (words[0] as string).slice(2)
      : (words[0] as string)
    out.add(w)
    if (w.endsWith('يا')) out.add(w.slice(0, -2))
    if (w.endsWith('ا')) out.add(w.slice(0, -1))
  }
  // places whose everyday name is not a country entry (America for the United States, Europe)
  for (const s of ['امريك', 'اميرك', 'اوروب', 'اورب', 'بريطان', 'غرب', 'عرب', 'شرق', 'بيلاروس']) {
    out.add(s)
  }
  return out
}

function checkOptions(options: ExtractOptions | undefined): void {
  if (options === undefined) return
  if (typeof options !== 'object' || options === null) {
    throw new NuqtaArgumentError({
      argument: 'options',
      message: `expected an object, got ${options === null ? 'null' : typeof options}`,
    })
  }
  const m = options.minConfidence
  if (m !== undefined && (typeof m !== 'number' || !(m >= 0 && m <= 1))) {
    throw new NuqtaArgumentError({
      argument: 'options.minConfidence',
      message: `expected a number in [0, 1], got ${String(m)}`,
    })
  }
}

/**
 * Builds an extractor once for many texts (the index of names is built on the first call and
 * shared by extractors with the same cities).
 *
 * @param options - see {@link ExtractOptions}
 * @returns the extractor
 * @throws NuqtaArgumentError when `options` is not an object or `minConfidence` is out of range
 *
 * @example
 * ```ts
 * const ex = createExtractor()
 * ex.extract('وقال الرئيس الروسي فلاديمير بوتين').map((m) => [m.text, m.id])
 * // [['فلاديمير بوتين', 'Q7747']]
 * ```
 */
export function createExtractor(options?: ExtractOptions): Extractor {
  checkOptions(options)
  const index = indexFor(options?.cities)
  const res: ArabicResources = {
    index,
    model: options?.model,
    lexicon: options?.lexicon,
    placeStems: placeStems(index),
    firstNames: firstNames(index, options?.model),
  }
  const min = options?.minConfidence ?? 0
  const run = (text: string): Mention[] => {
    const cands = findAll(text, res, index)
    const linked = linkDocument(cands, index)
    const out: Mention[] = []
    for (const c of linked) {
      if (c.confidence < min) continue
      // four decimals: the same in every JavaScript engine (Math.exp differs in the last bits)
      out.push({
        start: c.start,
        end: c.end,
        text: c.text,
        type: c.type,
        id: c.id,
        confidence: Math.round(c.confidence * 10_000) / 10_000,
      })
    }
    return out
  }
  return {
    extract(text: string): Mention[] {
      checkText(text, 'text')
      return run(text)
    },
    extractDocument(doc: DocumentLike): Mention[] {
      if (typeof doc !== 'object' || doc === null) {
        throw new NuqtaArgumentError({
          argument: 'doc',
          message: `expected a document object, got ${doc === null ? 'null' : typeof doc}`,
        })
      }
      checkText(doc.text, 'doc.text')
      const changes = doc.changes ?? []
      if (!Array.isArray(changes)) {
        throw new NuqtaArgumentError({
          argument: 'doc.changes',
          message: 'expected an array of changes',
        })
      }
      const mentions = run(doc.text)
      if (changes.length === 0) return mentions
      return toSource(doc.text, changes, mentions)
    },
    canonical(id: string) {
      const e = index.byId.get(id)
      return e ? { ar: e.ar, en: e.en } : undefined
    },
  }
}

/** First names the title rule may trust: the index's and, with a model, the tagger's. */
function firstNames(index: NameIndex, model: TaggerModel | undefined): Set<string> {
  const out = new Set<string>()
  for (const w of index.firstNames) out.add(w.startsWith('ال') ? w.slice(2) : w)
  if (model) {
    for (const [w, label] of model.resources.tagDist) if (label.startsWith('B-PERS')) out.add(w)
  }
  return out
}

function checkText(text: unknown, argument: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new NuqtaArgumentError({
      argument,
      message: `expected a string, got ${text === null ? 'null' : typeof text}`,
    })
  }
}

/** Mentions in the document's text mapped to its source text through its changes. */
function toSource(text: string, changes: readonly TextChange[], mentions: Mention[]): Mention[] {
  let inputLength = text.length
  for (const c of changes) inputLength -= c.after.length - (c.end - c.start)
  const source = revertChanges(text, changes)
  const a = Alignment.fromChanges(inputLength, changes)
  const out: Mention[] = []
  for (const m of mentions) {
    const [s, e] = a.toOriginal(m.start, m.end)
    if (e <= s) continue
    out.push({ ...m, start: s, end: e, text: source.slice(s, e) })
  }
  return out
}

/** Splits the text into lines, each read as Arabic or English by its letters. */
function findAll(text: string, res: ArabicResources, index: NameIndex): Candidate[] {
  const out: Candidate[] = []
  const n = text.length
  let from = 0
  // consecutive lines of the same script form one block (linear in the text)
  let blockStart = 0
  let blockLang: 'ar' | 'en' | undefined
  const flush = (end: number): void => {
    if (blockLang === 'ar') for (const c of findArabic(text, blockStart, end, res)) out.push(c)
    else if (blockLang === 'en')
      for (const c of findEnglish(text, blockStart, end, index)) out.push(c)
  }
  while (from <= n) {
    let to = text.indexOf('\n', from)
    if (to < 0) to = n
    const [ar, la] = scriptCounts(text, from, to)
    const lang = ar === 0 && la === 0 ? blockLang : ar >= la ? 'ar' : 'en'
    if (lang !== blockLang) {
      flush(from)
      blockStart = from
      blockLang = lang
    }
    from = to + 1
  }
  flush(n)
  return out
}

/**
 * Finds the people, places and organisations named in Arabic or English text, each with an
 * entity id shared by all its spellings, in any document and either language.
 *
 * Arabic: proclitics stay outside a span (وبأوكرانيا → أوكرانيا), the article inside when it is
 * part of the name (الكرملين); Egyptian spellings, a missing hamza and names run together are
 * found; titles and cue words are evidence, never part of a span; nationality adjectives are not
 * entities. English: titles and possessive ’s are trimmed; Kremlin, White House and Pentagon are
 * organisations. Linear in the length of the text.
 *
 * @param text - the text (any mix of Arabic and English lines)
 * @param options - see {@link ExtractOptions}
 * @returns the mentions in text order, UTF-16 offsets into `text`
 * @throws NuqtaArgumentError when `text` is not a string or `options` is malformed
 *
 * @example
 * ```ts
 * extract('وقال الرئيس الأوكراني فولوديمير زيلينسكي في كييف').map((m) => [m.text, m.type, m.id])
 * // [['فولوديمير زيلينسكي', 'PERSON', 'Q3874799'], …]
 * ```
 */
export function extract(text: string, options?: ExtractOptions): Mention[] {
  checkText(text, 'text')
  if (text === '') return []
  return extractorFor(options).extract(text)
}

/**
 * Like {@link extract} for a document: a `@nuqta/corpus` `Document` or any `{ text, changes? }`.
 * Offsets point into the document's *source* text (before its cleaning changes): each mention is
 * mapped through the normalization alignment and then through `Alignment.fromChanges` of the
 * document's changes, never found again by search. `text` is the source's slice.
 *
 * @param doc - the document
 * @param options - see {@link ExtractOptions}
 * @returns the mentions, offsets into the source text
 * @throws NuqtaArgumentError when `doc` is not a document or its `text` is not a string
 *
 * @example
 * ```ts
 * // the source 'قال  بوتين' had a doubled space removed by cleaning
 * const doc = { text: 'قال بوتين', changes: [{ start: 3, end: 4, outputStart: 3, outputEnd: 3,
 *   before: ' ', after: '', ruleId: 'corpus/space', source: '@nuqta/corpus', reason: 'space', kind: 'removal' }] }
 * extractDocument(doc).map((m) => [m.start, m.end, m.text]) // [[5, 10, 'بوتين']]
 * ```
 */
export function extractDocument(doc: DocumentLike, options?: ExtractOptions): Mention[] {
  return extractorFor(options).extractDocument(doc)
}

let defaultExtractor: Extractor | undefined
const byModel = new WeakMap<object, Extractor>()

function sharedExtractor(): Extractor {
  defaultExtractor ??= createExtractor()
  return defaultExtractor
}

function extractorFor(options: ExtractOptions | undefined): Extractor {
  if (options === undefined) return sharedExtractor()
  checkOptions(options)
  const simple =
    options.lexicon === undefined &&
    options.cities === undefined &&
    options.minConfidence === undefined
  if (simple && options.model === undefined) return sharedExtractor()
  if (simple && options.model) {
    let ex = byModel.get(options.model)
    if (!ex) {
      ex = createExtractor(options)
      byModel.set(options.model, ex)
    }
    return ex
  }
  return createExtractor(options)
}
