/**
 * English mention finding on top of compromise: its part-of-speech tags pick out proper-noun
 * runs (capitalised words, with `of`/`and`/`the` inside organisation names), and rules of this
 * package trim titles (Mr., President, spokesman), leave possessive ’s and punctuation outside,
 * drop demonyms (Russian) and sentence-initial common words, and type each run by the name
 * index first (Kremlin, White House and Pentagon are organisations), then by head words (Ministry,
 * River) and compromise's tags.
 * @module
 */

import nlp from 'compromise/two'
import type { Candidate } from './candidate'
import { englishKey, type IndexMatch, type NameIndex } from './gazetteer'
import type { EntityType } from './tagger'

interface Term {
  text: string
  pre: string
  post: string
  tags: readonly string[]
  start: number
  end: number
}

/** Titles and roles before a name, trimmed from a run (lower case, dots removed). */
const TITLES = new Set(
  (
    'mr mrs ms dr president prime minister foreign defense defence secretary chancellor gen ' +
    'general sen senator rep gov governor king queen prince princess sheikh emir chief ' +
    'ambassador spokesman spokeswoman spokesperson leader commander vice deputy chairman ' +
    'director mayor judge lt col capt sgt adm admiral colonel captain lieutenant sir lord ' +
    'pope patriarch minister envoy negotiator premier'
  ).split(' '),
)

/** Head words that make a run an organisation. */
const ORG_WORDS = new Set(
  (
    'ministry department council agency organization organisation union party army forces ' +
    'committee commission court bank fund corporation company association university institute ' +
    'office parliament senate congress assembly brotherhood league alliance front movement ' +
    'group service guard navy treaty news times post journal press network'
  ).split(' '),
)

/** Head words that make a run a place. */
const PLACE_WORDS = new Set(
  'river sea mountains mountain island islands gulf strait bay lake valley peninsula province oblast region square street'.split(
    ' ',
  ),
)

/** Capitalised words that are not names on their own. */
const NOT_NAMES = new Set(
  (
    'western eastern northern southern the a an i we you he she they it this that these those ' +
    'there here west east north south god'
  ).split(' '),
)

/** Head words of events (MISC): World War II, the Olympics. */
const EVENT_WORDS = new Set('war summit olympics cup games conference'.split(' '))

/** Demonyms that no rule derives from a country name. */
const DEMONYMS = new Set(
  (
    'british french chechen dutch swiss greek turkish polish danish swedish finnish irish ' +
    'spanish welsh scottish english german arab arabic european western soviet kurdish'
  ).split(' '),
)

/** Prepositions of place: a bare proper noun after one is a place (in Chernihiv). */
const LOCATIVE = new Set(
  'in at near from to around across into of outside inside toward towards through'.split(' '),
)

/** Tags of words that never open a name, even capitalised at a sentence start. */
const NEVER_FIRST = [
  'Conjunction',
  'Preposition',
  'Adverb',
  'QuestionWord',
  'Determiner',
  'Negative',
  'Pronoun',
]

const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'de', 'al'])

function isCap(s: string): boolean {
  const c = s.charCodeAt(0)
  if (c >= 0x41 && c <= 0x5a) return true
  return c >= 0xc0 && c <= 0x24f && s.charAt(0) !== s.charAt(0).toLowerCase()
}

const has = (t: Term, tag: string): boolean => t.tags.includes(tag)

function titleKey(t: Term): string {
  return t.text.toLowerCase().replaceAll('.', '')
}

function possessive(t: Term): boolean {
  return t.text.endsWith('’s') || t.text.endsWith("'s") || t.text.endsWith('s’')
}

function anyChar(s: string, chars: string): boolean {
  for (const ch of s) if (chars.includes(ch)) return true
  return false
}

/** Whether term `a` opens a sentence, a quotation or a clause after a colon. */
function initial(terms: Term[], a: number): boolean {
  if (a === 0) return true
  const t = terms[a] as Term
  if (anyChar(t.pre ?? '', '"“(')) return true
  return anyChar((terms[a - 1] as Term).post, '.!?:;“"')
}

/** A term's text without a possessive ’s. */
function bare(t: Term): { text: string; end: number } {
  if (t.text.endsWith('’s') || t.text.endsWith("'s")) {
    return { text: t.text.slice(0, -2), end: t.end - 2 }
  }
  if (t.text.endsWith('’') || t.text.endsWith("'"))
    return { text: t.text.slice(0, -1), end: t.end - 1 }
  return { text: t.text, end: t.end }
}

/** Whether a term can be part of a name. */
function nameTerm(t: Term): boolean {
  if (!isCap(t.text)) return false
  if (has(t, 'Date') || has(t, 'WeekDay') || has(t, 'Month') || has(t, 'Pronoun')) return false
  return true
}

/** Punctuation after a term that ends a run (a dot of an abbreviation does not). */
function breaksAfter(t: Term): boolean {
  const p = t.post.trim()
  if (p === '') return false
  if (p === '.' && (TITLES.has(titleKey(t)) || t.text.length <= 3)) return false
  return true
}

/** Whether a word is a demonym (Russian, Ukrainian, Israeli, Chinese) of a known country. */
function isDemonym(t: Term, index: NameIndex): boolean {
  if (has(t, 'Demonym')) return true
  const k = englishKey(bare(t).text)
  if (DEMONYMS.has(k)) return true
  const tries: string[] = []
  if (k.endsWith('ian'))
    tries.push(k.slice(0, -3), `${k.slice(0, -3)}a`, `${k.slice(0, -3)}e`, `${k.slice(0, -1)}`)
  if (k.endsWith('an')) tries.push(k.slice(0, -1), k.slice(0, -2), `${k.slice(0, -2)}a`)
  if (k.endsWith('ese')) tries.push(`${k.slice(0, -3)}a`)
  if (k.endsWith('i')) tries.push(k.slice(0, -1))
  for (const c of tries) {
    const m = index.matchEnglish([c], 0)
    if (m && m.entity.type === 'LOCATION') return true
  }
  return false
}

/** A known spelling that is an acronym (WHO, US) matches only in capitals. */
function acronymFits(t: Term, m: IndexMatch): boolean {
  if (m.to - m.from !== 1) return true
  const text = bare(t).text.replaceAll('.', '')
  if (text.length > 4) return true
  const name = m.entity.en.replaceAll('.', '')
  return text === text.toUpperCase() || name.length > 4
}

/**
 * Finds the mentions of English text in `text[from, to)`.
 *
 * @param text - the text passed to `extract`
 * @param from - start of the English block
 * @param to - end of the block
 * @param index - the name index
 * @returns candidates, unlinked
 */
export function findEnglish(text: string, from: number, to: number, index: NameIndex): Candidate[] {
  const block = text.slice(from, to)
  const out: Candidate[] = []
  const doc = nlp(block).json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{
      text: string
      pre: string
      post: string
      tags: string[]
      offset: { start: number; length: number }
    }>
  }>
  for (const sentence of doc) {
    const terms: Term[] = sentence.terms
      .filter((t) => t.text !== '')
      .map((t) => ({
        text: t.text,
        pre: t.pre,
        post: t.post,
        tags: t.tags,
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
      }))
    const keys = terms.map((t) => englishKey(bare(t).text))
    let i = 0
    while (i < terms.length) {
      const t = terms[i] as Term
      if (!nameTerm(t) || NEVER_FIRST.some((g) => has(t, g))) {
        i++
        continue
      }
      // a run of name terms, connectors allowed inside before another name term
      let j = i
      while (j < terms.length) {
        const u = terms[j] as Term
        const last = j > i ? (terms[j - 1] as Term) : undefined
        if (last && (breaksAfter(last) || possessive(last))) break
        if (nameTerm(u)) {
          j++
          continue
        }
        const nx = terms[j + 1]
        if (
          j > i &&
          CONNECTORS.has(u.text.toLowerCase()) &&
          nx &&
          nameTerm(nx) &&
          !breaksAfter(u)
        ) {
          j++
          continue
        }
        break
      }
      if (j === i) j = i + 1
      for (const c of runMentions(terms, keys, i, j, index, from, block)) out.push(c)
      i = j
    }
  }
  coordinate(out, block, from)
  return out
}

/**
 * A name of no known type coordinated with a place (Kramatorsk, Slovyansk and Severodonetsk) is a
 * place too.
 */
function coordinate(cands: Candidate[], block: string, offset: number): void {
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k] as Candidate
    const prev = cands[k - 1] as Candidate
    if (c.type !== 'MISC' || c.entity || prev.type !== 'LOCATION') continue
    const between = block.slice(prev.end - offset, c.start - offset).trim()
    if (between === ',' || between === 'and' || between === ', and') c.type = 'LOCATION'
  }
}

/** Splits one run into mentions: index matches first, the rest trimmed and typed. */
function runMentions(
  terms: Term[],
  keys: string[],
  i: number,
  j: number,
  index: NameIndex,
  offset: number,
  block: string,
): Candidate[] {
  const out: Candidate[] = []
  let a = i
  let pending = i
  const flush = (to: number): void => {
    if (to <= pending) return
    const orgHead = terms.slice(pending, to).some((t) => ORG_WORDS.has(titleKey(t)))
    // connectors join the words of an organisation's name; elsewhere they separate names
    let s = pending
    for (let k = pending; k <= to; k++) {
      const t = terms[k]
      if (k === to || (!orgHead && t && CONNECTORS.has(t.text.toLowerCase()))) {
        if (k > s) {
          const c = plainMention(terms, s, k, offset, block, index)
          if (c) out.push(c)
        }
        s = k + 1
      }
    }
  }
  while (a < j) {
    const m: IndexMatch | undefined = index.matchEnglish(keys, a)
    const firstName =
      m !== undefined &&
      m.to - a === 1 &&
      m.entity.type === 'LOCATION' &&
      m.to < j &&
      !index.matchEnglish(keys, m.to) &&
      (has(terms[a] as Term, 'FirstName') || has(terms[a] as Term, 'Person'))
    if (
      m &&
      m.to <= j &&
      !firstName &&
      acronymFits(terms[a] as Term, m) &&
      !(m.to - a === 1 && NOT_NAMES.has(keys[a] as string))
    ) {
      // a known name inside a longer run: "Russian President Vladimir Putin"
      flush(a)
      const first = terms[a] as Term
      const last = terms[m.to - 1] as Term
      const end = bare(last).end
      out.push({
        start: offset + first.start,
        end: offset + end,
        text: block.slice(first.start, end),
        type: m.entity.type,
        confidence: m.surname ? 0.85 : 0.95,
        lang: 'en',
        words: terms.slice(a, m.to).map((t) => bare(t).text),
        entity: m.entity,
        source: 'english',
      })
      a = m.to
      pending = a
      continue
    }
    a++
  }
  flush(j)
  return out
}

/** A run with no index match: trim titles and demonyms, type by head words and tags. */
function plainMention(
  terms: Term[],
  from: number,
  to: number,
  offset: number,
  block: string,
  index: NameIndex,
): Candidate | undefined {
  let a = from
  let titled = false
  const orgHead = terms.slice(from, to).some((t) => ORG_WORDS.has(titleKey(t)))
  while (a < to) {
    const t = terms[a] as Term
    const k = titleKey(t)
    if (TITLES.has(k) && !orgHead) {
      titled = true
      a++
      continue
    }
    if (isDemonym(t, index) && !orgHead) {
      a++
      continue
    }
    if (k === 'the' || CONNECTORS.has(k) || NEVER_FIRST.some((g) => has(t, g))) {
      a++
      continue
    }
    break
  }
  let b = to
  while (b > a && CONNECTORS.has((terms[b - 1] as Term).text.toLowerCase())) b--
  if (b <= a) return undefined
  const span = terms.slice(a, b)
  const first = span[0] as Term
  const last = span[span.length - 1] as Term
  if (span.length === 1) {
    const k = titleKey(first)
    if (NOT_NAMES.has(k) || isDemonym(first, index)) return undefined
    // the first part of a compound with a common word (Cross-region)
    const nx = terms[a + 1]
    if (first.post === '-' && nx && !isCap(nx.text)) return undefined
    const typed =
      has(first, 'Person') ||
      has(first, 'Place') ||
      has(first, 'Organization') ||
      has(first, 'Acronym')
    // a capitalised common word opening a sentence is no name
    if (!typed && !titled && (initial(terms, a) || has(first, 'Adjective') || has(first, 'Verb'))) {
      return undefined
    }
    if (!typed && !titled && !has(first, 'ProperNoun')) return undefined
  }
  const prev = terms[a - 1]
  const locative = prev !== undefined && LOCATIVE.has(prev.text.toLowerCase())
  const type = typeOf(span, titled, locative)
  if (!type) return undefined
  const end = bare(last).end
  return {
    start: offset + first.start,
    end: offset + end,
    text: block.slice(first.start, end),
    type,
    confidence: titled ? 0.8 : 0.7,
    lang: 'en',
    words: span.map((t) => bare(t).text),
    entity: undefined,
    source: 'english',
  }
}

function typeOf(span: Term[], titled: boolean, locative: boolean): EntityType | undefined {
  const heads = span.map(titleKey)
  if (heads.some((h) => ORG_WORDS.has(h))) return 'ORGANIZATION'
  if (heads.some((h) => PLACE_WORDS.has(h))) return 'LOCATION'
  if (heads.some((h) => EVENT_WORDS.has(h))) return 'MISC'
  if (titled) return 'PERSON'
  if (span.some((t) => has(t, 'Person') || has(t, 'FirstName') || has(t, 'LastName')))
    return 'PERSON'
  if (span.some((t) => has(t, 'Organization'))) return 'ORGANIZATION'
  if (span.some((t) => has(t, 'Place') || has(t, 'Country') || has(t, 'City'))) return 'LOCATION'
  if (span.some((t) => has(t, 'Acronym'))) return 'ORGANIZATION'
  if (locative) return 'LOCATION'
  if (span.length >= 2) return 'PERSON'
  return span.some((t) => has(t, 'ProperNoun')) ? 'MISC' : undefined
}
