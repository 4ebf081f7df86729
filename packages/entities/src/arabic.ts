/**
 * Arabic mention finding: the text is folded with the `search` profile (alignment kept), split
 * into tokens, and matched against the name index (proclitics left outside the span, the article
 * kept); rules add people named after a title (الرئيس الأوكراني فولوديمير زيلينسكي) and
 * organisations opened by a head noun (وزارة الدفاع الروسية); the statistical tagger, when a
 * model is given, adds what neither finds. Nationality adjectives and the accusative that looks
 * like a country (جنديا أوكرانيا) are rejected.
 * @module
 */

import {
  type Alignment,
  createNormalizer,
  type Lexicon,
  type Normalizer,
  profiles,
} from '@nuqta/normalize'
import {
  FUNCTION_WORDS,
  isDateWord,
  MEDIA_AFTER,
  MEDIA_CUES,
  NISBA_SUFFIXES,
  ORG_HEADS,
  PERSON_TITLES,
  PLACE_CUES,
  TITLE_MODIFIERS,
  WEAK_ORG_HEADS,
} from './arabic-words'
import type { Candidate } from './candidate'
import type { IndexMatch, KnownEntity, NameIndex } from './gazetteer'
import type { TaggerModel } from './model'
import { isArabicLetter } from './script'
import { skeleton } from './skeleton'
import { type EntityType, tagArabic } from './tagger'
import { type Token, tokenize } from './tokenize'

/** Proclitic letter sequences (conjunction, then preposition), longest first. */
const CLITICS = ['وب', 'وك', 'ول', 'فب', 'فك', 'فل', 'و', 'ف', 'ب', 'ك', 'ل'] as const

/** One way to read a token as the start of a name. */
interface Reading {
  /** Code units of proclitics left out of the span. */
  cut: number
  /** The name's first word as the index stores it (article removed). */
  first: string
}

/** A token of the search-normalized text. */
interface Tok {
  start: number
  end: number
  /** The normalized token text. */
  w: string
  /** Arabic letters only. */
  ar: boolean
  /** Sentence boundary before it. */
  sentenceStart: boolean
  /** Starts with ال that is the article (no hamza on the alef in the original). */
  article: boolean
  /** The readings of the token as a name start, most literal first. */
  readings: Reading[]
}

/** باسم "in the name of" (المتحدث باسم الوزارة). */
const ASM = new Set(['اسم'])

const stripArticle = (w: string): string => (w.length > 3 && w.startsWith('ال') ? w.slice(2) : w)

const readingCache = new Map<string, Reading[]>()

/** The readings of a word (cached: news text repeats its words; callers never mutate them). */
function readingsOf(w: string, hamza: boolean): Reading[] {
  const key = hamza ? `#${w}` : w
  const hit = readingCache.get(key)
  if (hit) return hit
  const out = computeReadings(w, hamza)
  if (readingCache.size >= 20_000) readingCache.clear()
  readingCache.set(key, out)
  return out
}

function computeReadings(w: string, hamza: boolean): Reading[] {
  // a hamza on the alef in the original (ألكسندر) means the word has no article
  const out: Reading[] = [{ cut: 0, first: hamza ? w : stripArticle(w) }]
  for (const p of CLITICS) {
    if (!w.startsWith(p) || w.length < p.length + 2) continue
    const rest = w.slice(p.length)
    // ل + ال: the article's alef is elided (للرئيس); the span starts at the core
    if (p.endsWith('ل') && rest.startsWith('ل') && rest.length >= 3) {
      out.push({ cut: p.length + 1, first: rest.slice(1) })
    }
    out.push({ cut: p.length, first: stripArticle(rest) })
  }
  return out
}

function isArabicWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isArabicLetter(w.charCodeAt(i))) return false
  return w.length > 0
}

/** Whether some reading of the token (the literal one first) is in the set. */
function anyIn(t: Tok, words: { has(w: string): boolean }): boolean {
  if (words.has(t.w)) return true
  for (const r of t.readings) if (words.has(r.first)) return true
  return false
}

/** The token without its article (its literal reading). */
function coreOf(t: Tok): string {
  return (t.readings[0] as Reading).first
}

/** Everything the Arabic finder needs, built once per extractor. */
export interface ArabicResources {
  readonly index: NameIndex
  readonly model: TaggerModel | undefined
  readonly lexicon: Lexicon | undefined
  /** Stems of place names, for telling nationality adjectives (روسي ← روسيا). */
  readonly placeStems: ReadonlySet<string>
  /** First names (search spelling): evidence that a name follows. */
  readonly firstNames: ReadonlySet<string>
}

let plainNormalizer: Normalizer | undefined
const lexiconNormalizers = new WeakMap<Lexicon, Normalizer>()

function normalizerFor(lexicon: Lexicon | undefined): Normalizer {
  if (!lexicon) {
    plainNormalizer ??= createNormalizer('search')
    return plainNormalizer
  }
  let n = lexiconNormalizers.get(lexicon)
  if (!n) {
    n = createNormalizer({ ...profiles.search, lexicon, runOn: true })
    lexiconNormalizers.set(lexicon, n)
  }
  return n
}

/** Whether a search-normalized word is a nationality (or place) adjective: الروسية، أوكراني. */
export function isNisba(word: string, placeStems: ReadonlySet<string>): boolean {
  const w = stripArticle(word)
  for (const s of NISBA_SUFFIXES) {
    if (w.length - s.length < 3 || !w.endsWith(s)) continue
    if (placeStems.has(w.slice(0, -s.length))) return true
  }
  return false
}

/**
 * Finds the mentions of Arabic text: spans in `text` (the original), candidates unlinked.
 *
 * @param text - the text passed to `extract`
 * @param from - start of the Arabic block in `text`
 * @param to - end of the block
 * @param res - the resources
 * @returns the candidates in text order
 */
export function findArabic(
  text: string,
  from: number,
  to: number,
  res: ArabicResources,
): Candidate[] {
  const block = text.slice(from, to)
  const { text: norm, alignment } = normalizerFor(res.lexicon).normalizeDetailed(block)
  const toks: Tok[] = tokenize(norm).map((t: Token) => {
    const ar = isArabicWord(t.text)
    const o = alignment.toOriginal(t.start, t.start + 1)[0]
    const c = block.charCodeAt(o)
    const hamza = c === 0x0623 || c === 0x0625 || c === 0x0622
    return {
      start: t.start,
      end: t.end,
      w: t.text,
      ar,
      sentenceStart: t.sentenceStart,
      article: ar && !hamza && t.text.startsWith('ال'),
      readings: ar ? readingsOf(t.text, hamza) : [{ cut: 0, first: t.text }],
    }
  })
  const found: Found[] = []
  const taken = new Uint8Array(toks.length)
  indexMatches(toks, norm, res, found, taken)
  orgRule(toks, res, found, taken)
  titleRule(toks, res, found, taken)
  firstNameRule(toks, res, found, taken)
  placeRule(toks, res, found, taken)
  documentSurnames(toks, found, taken)
  const out: Candidate[] = []
  for (const f of found) if (!f.dropped) out.push(toCandidate(f, toks, alignment, from, block))
  if (res.model) {
    for (const c of taggerCandidates(block, from, res, toks, taken, alignment)) out.push(c)
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end)
  return out
}

/** A span found on the token level. */
interface Found {
  from: number
  to: number
  cut: number
  type: EntityType
  entity: KnownEntity | undefined
  confidence: number
  source: Candidate['source']
  /** Given up for a better reading (a city that is a first name after a title). */
  dropped?: boolean
}

/** Marks tokens as taken: 2 by a person, 1 by anything else. */
function mark(taken: Uint8Array, from: number, to: number, person = false): void {
  for (let k = from; k < to; k++) taken[k] = person ? 2 : 1
}

function free(taken: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (taken[k]) return false
  return true
}

function indexMatches(
  toks: Tok[],
  _norm: string,
  res: ArabicResources,
  found: Found[],
  taken: Uint8Array,
): void {
  const words = toks.map((t) => t.w)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok
    if (!t.ar || taken[i]) continue
    let best: { m: IndexMatch; cut: number } | undefined
    for (const r of t.readings) {
      if (FUNCTION_WORDS.has(r.first) && r.cut === 0) continue
      const m = res.index.matchArabic(words, i, r.first)
      if (!m) continue
      if (!best || m.to > best.m.to || (m.to === best.m.to && best.m.surname && !m.surname)) {
        best = { m, cut: r.cut }
      }
    }
    if (!best) {
      const sk = skeletonMatch(t, i, res)
      if (sk) best = sk
    }
    if (!best) continue
    if (best.m.entity.ambiguous && !hasMediaCue(toks, i, best.m.to)) {
      // روسيا اليوم without a media cue: the longest reading that is not the media name
      const one = words.slice(i, i + 1)
      best = undefined
      for (const r of t.readings) {
        const m1 = res.index.matchArabic(one, 0, r.first)
        if (m1 && !m1.entity.ambiguous) {
          best = { m: { ...m1, from: i, to: i + 1 }, cut: r.cut }
          break
        }
      }
      if (!best) continue
    }
    const { m, cut } = best
    if (m.entity.type === 'LOCATION' && m.to - i === 1) {
      if (accusativeAdjective(toks, i)) continue
      // a city spelled like a first name, before a name: فلاديمير ميدينسكي
      const firstName = t.readings.some((r) => res.firstNames.has(r.first))
      if (firstName && !m.entity.id.startsWith('iso:') && nameLike(toks[i + 1], res)) continue
    }
    let start = i
    // a first name before a known surname belongs to the name when its skeleton agrees
    if (m.surname && i > 0 && !taken[i - 1]) {
      const prev = toks[i - 1] as Tok
      if (prev.ar && prev.readings.some((r) => firstNameAgrees(r.first, m.entity, res)))
        start = i - 1
    }
    const startCut = start === i ? cut : firstNameCut(toks[start] as Tok, m.entity, res)
    found.push({
      from: start,
      to: m.to,
      cut: startCut,
      type: m.entity.type,
      entity: m.entity,
      confidence: m.bySkeleton ? 0.75 : m.surname ? 0.85 : 0.95,
      source: m.bySkeleton ? 'skeleton' : 'gazetteer',
    })
    mark(taken, start, m.to, m.entity.type === 'PERSON')
    i = m.to - 1
  }
}

/**
 * Proclitics to leave out of a token that opens a span: only when the token is not itself in
 * `words` and a reading without them is (وزارة stays whole, بوزارة loses ب).
 */
function cutFor(t: Tok, words: { has(w: string): boolean }): number {
  if (words.has(t.w) || words.has((t.readings[0] as Reading).first)) return 0
  for (const r of t.readings) if (r.cut > 0 && words.has(r.first)) return r.cut
  return 0
}

/** The proclitics of a first name that fits a person by skeleton (وفلاديمير → و). */
function firstNameCut(t: Tok, entity: KnownEntity, res: ArabicResources): number {
  for (const r of t.readings) {
    if (firstNameAgrees(r.first, entity, res)) return r.cut
  }
  return 0
}

/** A bare surname spelled differently from the table (زلينسكي for زيلينسكي), by skeleton. */
function skeletonMatch(
  t: Tok,
  i: number,
  res: ArabicResources,
): { m: IndexMatch; cut: number } | undefined {
  for (const r of t.readings) {
    if (r.first.length < 5 || FUNCTION_WORDS.has(r.first)) continue
    if (res.model?.resources.dictionary.has(r.first)) continue
    const sk = skeleton(r.first)
    if (sk.length < 4) continue
    const persons = res.index.personsBySurname(sk)
    if (persons.length !== 1) continue
    const entity = persons[0] as KnownEntity
    return { m: { from: i, to: i + 1, entity, surname: true, bySkeleton: true }, cut: r.cut }
  }
  return undefined
}

function firstNameAgrees(word: string, entity: KnownEntity, res: ArabicResources): boolean {
  const first = entity.ar.split(' ')[0]
  const en = entity.en.split(' ')[0]
  if (!first && !en) return false
  const sk = skeleton(word)
  if (sk.length < 3) return false
  if (first && sk === skeleton(stripArticle(first))) return true
  return en !== undefined && sk === skeleton(en) && res.index.firstNameFits(entity.id, en)
}

/** Tokens before `i` within two words, or the word after the match, announce a media name. */
function hasMediaCue(toks: Tok[], i: number, to: number): boolean {
  for (let k = Math.max(0, i - 2); k < i; k++) {
    const t = toks[k] as Tok
    if (!t.ar) {
      if (k === i - 1 && '("«“\'['.includes(t.w)) return true
      continue
    }
    if (anyIn(t, MEDIA_CUES)) return true
  }
  const i0 = (toks[i] as Tok).readings
  for (const r of i0)
    if (r.cut > 0 && (r.cut === 1 || r.cut === 2) && MEDIA_CUES.has(r.first)) return true
  const after = toks[to]
  return after !== undefined && (MEDIA_AFTER.has(after.w) || '")»”\''.includes(after.w))
}

/**
 * The accusative adjective that spells like a country: `150 جنديا أوكرانيا` ("150 Ukrainian
 * soldiers"). The word before is an indefinite accusative noun (ending in ا) after a number, or
 * carries tanween.
 */
function accusativeAdjective(toks: Tok[], i: number): boolean {
  const t = toks[i] as Tok
  const prev = toks[i - 1]
  if (!prev?.ar || t.readings[0]?.cut !== 0) return false
  const p = prev.w
  if (p.startsWith('ال') || !p.endsWith('ا') || p.length < 4) return false
  const before = toks[i - 2]
  return before !== undefined && !before.ar && before.w.length > 0 && isNumber(before.w)
}

function isNumber(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k)
    if (c < 0x30 || c > 0x39) return false
  }
  return true
}

/** Whether a token can be part of a name after a title. */
function nameLike(t: Tok | undefined, res: ArabicResources): boolean {
  if (!t?.ar) return false
  const w = t.w
  if (w.length < 3 || FUNCTION_WORDS.has(w) || isDateWord(w)) return false
  if (t.article || w.startsWith('وال') || w.startsWith('بال')) return false
  if (anyIn(t, PERSON_TITLES) || anyIn(t, ORG_HEADS) || anyIn(t, FUNCTION_WORDS)) return false
  if (isNisba(w, res.placeStems)) return false
  if (res.model?.resources.dictionary.has(w) && !res.firstNames.has(w)) return false
  return true
}

/** A word that ends a name after a title: punctuation, a function word, a title, the end. */
function endsName(t: Tok | undefined): boolean {
  if (!t?.ar) return true
  return anyIn(t, FUNCTION_WORDS) || anyIn(t, PERSON_TITLES)
}

/**
 * People named after a title: الرئيس [modifiers, nationality, office] NAME. The title and its
 * complements are evidence, outside the span.
 */
function titleRule(toks: Tok[], res: ArabicResources, found: Found[], taken: Uint8Array): void {
  const cities = new Map<number, Found>()
  for (const f of found) {
    if (f.to - f.from === 1 && f.type === 'LOCATION' && f.entity?.id.startsWith('geo:'))
      cities.set(f.from, f)
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok
    if (!t.ar || !anyIn(t, PERSON_TITLES)) continue
    // skip the title's complements: modifiers, nationality, definite words, a known place/org
    let j = i + 1
    let steps = 0
    while (j < toks.length && steps < 6) {
      const u = toks[j] as Tok
      if (!u.ar) break
      // the person this title introduces was already found (an index match)
      if (taken[j] === 2) break
      // a city spelled like a first name opens the name (وزير الدفاع سيرجي شويجو)
      if (taken[j] === 1 && cities.has(j) && nameLike(toks[j + 1], res) && !taken[j + 1]) {
        releaseCity(cities, taken, j, toks, res)
        break
      }
      if (taken[j] || (anyIn(u, FUNCTION_WORDS) && taken[j + 1] && j > i + 1)) {
        // a place or organisation already found counts as one step of the complement
        j++
        while (j < toks.length && taken[j] && taken[j - 1]) j++
        steps++
        continue
      }
      if (
        TITLE_MODIFIERS.has(stripArticle(u.w)) ||
        isNisba(u.w, res.placeStems) ||
        u.article ||
        anyIn(u, ASM) ||
        anyIn(u, ORG_HEADS)
      ) {
        j++
        steps++
        continue
      }
      break
    }
    if (j === i + 1 && !(toks[j] && res.firstNames.has(coreOf(toks[j] as Tok)))) {
      // a bare title directly before a word: only a known first name opens a name
      if (!toks[j] || !nameLike(toks[j], res) || !endsName(toks[j + 1])) continue
    }
    const a = toks[j]
    if (taken[j] === 1) releaseCity(cities, taken, j, toks, res)
    if (!nameLike(a, res) || taken[j]) continue
    let end = j + 1
    const aCore = coreOf(a as Tok)
    const known = res.firstNames.has(aCore)
    if (known && nameLike(toks[end], res) && !taken[end]) {
      end++
      if (nameLike(toks[end], res) && !taken[end] && endsName(toks[end + 1])) end++
    } else if (!known && nameLike(toks[end], res) && !taken[end] && endsName(toks[end + 1])) {
      end++
    }
    if (!endsName(toks[end])) continue
    if (!free(taken, j, end)) continue
    found.push({
      from: j,
      to: end,
      cut: cutFor(a as Tok, res.firstNames),
      type: 'PERSON',
      entity: undefined,
      confidence: known ? 0.8 : 0.7,
      source: 'rule',
    })
    mark(taken, j, end, true)
    i = end - 1
  }
}

/**
 * A one-word city match right after a title, before another name word, is a first name
 * (وزير الدفاع سيرجي شويجو): the match is dropped.
 */
function releaseCity(
  cities: ReadonlyMap<number, Found>,
  taken: Uint8Array,
  j: number,
  toks: Tok[],
  res: ArabicResources,
): void {
  const f = cities.get(j)
  if (!f || f.dropped) return
  if (!nameLike(toks[j + 1], res) || taken[j + 1]) return
  f.dropped = true
  taken[j] = 0
}

/**
 * Organisations opened by a head noun and continued by a chain of definite words, ending at the
 * first nationality adjective (kept): وزارة الدفاع الروسية، منظمة معاهدة الأمن الجماعي. A head
 * followed by a quoted name makes the quoted name an organisation (كتيبة "كراكين").
 */
function orgRule(toks: Tok[], res: ArabicResources, found: Found[], taken: Uint8Array): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok
    if (!t.ar || taken[i]) continue
    if (!anyIn(t, ORG_HEADS)) continue
    const weak = anyIn(t, WEAK_ORG_HEADS)
    const media = anyIn(t, MEDIA_CUES)
    const q = toks[i + 1]
    if (q && !q.ar && '"«“'.includes(q.w)) {
      let k = i + 2
      while (k < toks.length && k < i + 6 && (toks[k] as Tok).ar) k++
      const close = toks[k]
      if (k > i + 2 && close && '"»”'.includes(close.w) && free(taken, i + 2, k)) {
        found.push({
          from: i + 2,
          to: k,
          cut: 0,
          type: 'ORGANIZATION',
          entity: undefined,
          confidence: 0.7,
          source: 'rule',
        })
        mark(taken, i + 2, k)
        i = k
      }
      continue
    }
    if (media) continue
    let j = i + 1
    let indefinite = 0
    while (j < toks.length && j - i <= 5) {
      const u = toks[j] as Tok
      if (!u.ar || taken[j]) break
      const w = u.w
      if (FUNCTION_WORDS.has(w) || isDateWord(w)) break
      if (u.article && w.length > 3) {
        j++
        if (isNisba(w, res.placeStems) || w.endsWith('ي') || w.endsWith('يه')) {
          // an adjective closes the name, unless a definite genitive follows it
          const nx = toks[j]
          if (!nx?.ar || !nx.w.startsWith('ال') || isNisba(w, res.placeStems)) break
        }
        continue
      }
      // an indefinite genitive (معاهدة in منظمة معاهدة الأمن) only right after the head or
      // another indefinite genitive, and only when a definite word follows
      const nx = toks[j + 1]
      if (indefinite < 2 && j === i + 1 + indefinite && nx?.ar && nx.w.startsWith('ال')) {
        if (anyIn(u, PERSON_TITLES) || u.w.startsWith('و')) break
        indefinite++
        j++
        continue
      }
      break
    }
    const len = j - (i + 1)
    if (len === 0 || (weak && len < 2)) continue
    if (!free(taken, i, j)) continue
    found.push({
      from: i,
      to: j,
      cut: cutFor(t, ORG_HEADS),
      type: 'ORGANIZATION',
      entity: undefined,
      confidence: 0.7,
      source: 'rule',
    })
    mark(taken, i, j)
    i = j - 1
  }
}

/**
 * Places named after a place noun (بمدينة جوميل، مناطق كورسك، محور كراسني ليمان), and the names
 * coordinated with them by و or a comma (بمدينتي خاركوف، ونيكولاييف). A one-word name whose
 * skeleton is one known place's takes that place's id (خاركوف is خاركيف).
 */
function placeRule(toks: Tok[], res: ArabicResources, found: Found[], taken: Uint8Array): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok
    // an indefinite place noun in construct (مدينة X); الوزارة، المنطقة refer back, they name nothing
    if (!t.ar || t.article || t.w.includes('ال') || !anyIn(t, PLACE_CUES)) continue
    const plural = anyIn(t, PLURAL_PLACE_CUES)
    let j = i + 1
    let cut = 0
    while (j < toks.length) {
      const a = toks[j] as Tok
      if (taken[j] || !placeLike(a, res, cut)) break
      let end = j + 1
      const b = toks[end]
      if (
        b &&
        !b.w.startsWith('و') &&
        placeLike(b, res, 0) &&
        !taken[end] &&
        endsName(toks[end + 1])
      )
        end++
      let entity: KnownEntity | undefined
      if (end === j + 1) {
        const places = res.index.placesBySkeleton(skeleton(a.w.slice(cut)))
        if (places.length === 1) entity = places[0]
      }
      found.push({
        from: j,
        to: end,
        cut,
        type: 'LOCATION',
        entity,
        confidence: 0.7,
        source: 'rule',
      })
      mark(taken, j, end)
      // after a dual or plural place noun, a name coordinated by و (، و) is a place too
      let k = end
      if (toks[k] && !(toks[k] as Tok).ar && (toks[k] as Tok).w === ',') k++
      const nx = toks[k]
      if (!plural || !nx || !nx.ar || !nx.w.startsWith('و') || nx.w.length < 5) break
      j = k
      cut = 1
    }
    i = j
  }
}

/** A word that can be (part of) a place name after a place noun. */
function placeLike(t: Tok | undefined, res: ArabicResources, cut: number): boolean {
  if (!t || !t.ar || COMPASS.has(t.w) || COMPASS.has(t.w.slice(cut))) return false
  return cut === 0 ? nameLike(t, res) : t.w.length - cut >= 3 && !FUNCTION_WORDS.has(t.w.slice(cut))
}

/** Compass and nearness words: they describe where, they are no name (جنوب القوقاز). */
const COMPASS = new Set([
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'وسط',
  'قرب',
  'شمالي',
  'جنوبي',
  'شرقي',
  'غربي',
])

/** Place nouns in the dual or plural, which may list several names (بمدينتي خاركوف، ونيكولاييف). */
const PLURAL_PLACE_CUES = new Set(['مدينتي', 'مدن', 'مناطق', 'منطقتي'])

/** A known first name and the name-like word after it: فلاديمير ميدينسكي. */
function firstNameRule(toks: Tok[], res: ArabicResources, found: Found[], taken: Uint8Array): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok
    if (!t.ar || taken[i] || taken[i + 1]) continue
    const reading = t.readings.find((r) => res.firstNames.has(r.first))
    if (!reading || !nameLike(toks[i + 1], res)) continue
    let end = i + 2
    if (nameLike(toks[end], res) && !taken[end] && endsName(toks[end + 1])) end++
    found.push({
      from: i,
      to: end,
      cut: reading.cut,
      type: 'PERSON',
      entity: undefined,
      confidence: 0.75,
      source: 'rule',
    })
    mark(taken, i, end, true)
    i = end - 1
  }
}

/**
 * Document-level coreference for finding: the surname of a person found with a full name is a
 * mention wherever else it stands alone in the document (ميدينسكي after فلاديمير ميدينسكي).
 */
function documentSurnames(toks: Tok[], found: Found[], taken: Uint8Array): void {
  const surnames = new Map<string, Found>()
  for (const f of found) {
    if (f.type !== 'PERSON' || f.to - f.from < 2) continue
    const last = toks[f.to - 1] as Tok
    if (last.w.length >= 4) surnames.set(last.w, f)
  }
  if (surnames.size === 0) return
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue
    const t = toks[i] as Tok
    if (!t.ar) continue
    for (const r of t.readings) {
      const f = surnames.get(r.first)
      if (!f) continue
      found.push({
        from: i,
        to: i + 1,
        cut: r.cut,
        type: 'PERSON',
        entity: f.entity,
        confidence: 0.8,
        source: 'rule',
      })
      taken[i] = 1
      break
    }
  }
}

function toCandidate(
  f: Found,
  toks: Tok[],
  alignment: Alignment,
  offset: number,
  block: string,
): Candidate {
  const first = toks[f.from] as Tok
  const last = toks[f.to - 1] as Tok
  const cut = Math.min(f.cut, first.end - first.start - 1)
  const [s, e] = trim(block, ...alignment.toOriginal(first.start + cut, last.end))
  const words: string[] = []
  for (let k = f.from; k < f.to; k++) {
    const t = toks[k] as Tok
    words.push(k === f.from ? t.w.slice(cut) : t.w)
  }
  return {
    start: offset + s,
    end: offset + e,
    text: block.slice(s, e),
    type: f.type,
    confidence: f.confidence,
    lang: 'ar',
    words,
    entity: f.entity,
    source: f.source,
  }
}

/** Whitespace and punctuation a mapped span may have absorbed at its ends. */
export function trim(text: string, s: number, e: number): [number, number] {
  let a = s
  let b = e
  while (a < b && edge(text.charCodeAt(a))) a++
  while (b > a && edge(text.charCodeAt(b - 1))) b--
  return [a, b]
}

function edge(c: number): boolean {
  return (
    c <= 0x20 || c === 0xa0 || c === 0x060c || c === 0x2c || c === 0x2e || c === 0x3a || c === 0x61b
  )
}

/** The tagger's spans that no rule or index match covers, filtered for the known traps. */
function taggerCandidates(
  block: string,
  offset: number,
  res: ArabicResources,
  toks: Tok[],
  taken: Uint8Array,
  alignment: Alignment,
): Candidate[] {
  const model = res.model as TaggerModel
  const spans = tagArabic(block, model, res.lexicon ? { lexicon: res.lexicon } : undefined)
  const out: Candidate[] = []
  let k = 0
  for (const sp of spans) {
    const [ns, ne] = alignment.toNormalized(sp.start, sp.end)
    while (k < toks.length && (toks[k] as Tok).end <= ns) k++
    let m = k
    while (m < toks.length && (toks[m] as Tok).start < ne) m++
    if (m === k || !free(taken, k, m)) continue
    const inner = toks.slice(k, m)
    if (inner.length === 1) {
      const t = inner[0] as Tok
      if (isNisba(t.w, res.placeStems) || isDateWord(t.w) || FUNCTION_WORDS.has(t.w)) continue
      if (accusativeAdjective(toks, k)) continue
    }
    const words: string[] = []
    for (let q = k; q < m; q++) {
      const t = toks[q] as Tok
      words.push(q === k ? t.w.slice(Math.max(0, t.w.length - (ne - ns))) : t.w)
    }
    // the tagger may cut و and a preposition off an unknown name (وكييف → ييف): a name keeps
    // three letters at least, so then only the conjunction goes
    const first = inner[0] as Tok
    const cutNow = ns - first.start
    let start = sp.start
    if (cutNow > 1 && first.w.startsWith('و') && first.w.length - cutNow < 4) {
      start = alignment.toOriginal(first.start + 1, first.end)[0]
    }
    // the first word as the span begins: the normalized text of its first token from the cut
    words[0] = norm0(first, start === sp.start ? ns : first.start + 1)
    const [s0, e0] = trim(block, start, sp.end)
    if (e0 <= s0) continue
    out.push({
      start: offset + s0,
      end: offset + e0,
      text: block.slice(s0, e0),
      type: mediaType(sp.type, toks, k),
      confidence: sp.confidence,
      lang: 'ar',
      words,
      entity: undefined,
      source: 'tagger',
    })
    mark(taken, k, m)
  }
  return out
}

/**
 * The type of a tagger span after a media cue: a media noun within three words before it (وكالة
 * ريا نوفوستي) makes an unknown place or person an organisation; a reporting verb right before it
 * (أفادت ريا نوفوستي) makes a place one.
 */
function mediaType(type: EntityType, toks: Tok[], k: number): EntityType {
  if (type !== 'LOCATION' && type !== 'PERSON') return type
  for (let q = Math.max(0, k - 3); q < k; q++) {
    const t = toks[q] as Tok
    if (t.ar && anyIn(t, MEDIA_NOUNS)) return 'ORGANIZATION'
  }
  const prev = toks[k - 1]
  return type === 'LOCATION' && prev?.ar && REPORTING.has(prev.w) ? 'ORGANIZATION' : type
}

/** Media nouns (وكالة، قناة، صحيفة): a name after one is a media organisation. */
const MEDIA_NOUNS = new Set(['وكاله', 'قناه', 'صحيفه', 'شبكه', 'اذاعه', 'موقع', 'تلفزيون'])
/** Reporting verbs (أفادت ريا نوفوستي). */
const REPORTING = new Set([
  'افادت',
  'وافادت',
  'ذكرت',
  'وذكرت',
  'نقلت',
  'ونقلت',
  'اوردت',
  'واوردت',
  'بثت',
])

function norm0(t: Tok, ns: number): string {
  return t.w.slice(Math.max(0, ns - t.start))
}
