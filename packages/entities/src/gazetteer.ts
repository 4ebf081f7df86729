/**
 * The name index the extractor matches text against: every spelling of every known entity
 * (curated aliases, countries, cities, seats of government), as token sequences in the
 * search-normalized Arabic spelling and in lower-case English, with the entity each one names.
 * A person's surname alone is indexed too, and by its consonant skeleton, so that a bare surname
 * and its transliteration variants (زلينسكي beside زيلينسكي) find the entity.
 * @module
 */

import { normalize } from '@nuqta/normalize'
import { skeleton } from './skeleton'
import type { EntityType } from './tagger'

/**
 * A known entity: its id, type and canonical names.
 *
 * @example
 * ```ts
 * const e: KnownEntity = { id: 'Q7747', type: 'PERSON', ar: 'فلاديمير بوتين', en: 'Vladimir Putin' }
 * ```
 */
export interface KnownEntity {
  /** Stable id: a Wikidata id (`Q7747`), `iso:XX` for a country, `geo:…` for a city. */
  readonly id: string
  /** What it is. */
  readonly type: EntityType
  /** Canonical Arabic name ('' when none is known). */
  readonly ar: string
  /** Canonical English name ('' when none is known). */
  readonly en: string
  /** Its spellings are ordinary words too (روسيا اليوم): a match needs a media cue nearby. */
  readonly ambiguous?: boolean
}

/** One source entry: an entity with all its spellings. */
export interface NameEntry extends KnownEntity {
  /** Arabic spellings, canonical first. */
  readonly arNames: readonly string[]
  /** English spellings, canonical first. */
  readonly enNames: readonly string[]
}

interface Node {
  next: Map<string, Node>
  entity: KnownEntity | undefined
  /** The entry holds only a person's surname (weaker evidence). */
  surname: boolean
}

const newNode = (): Node => ({ next: new Map(), entity: undefined, surname: false })

/** A match of the index in a token sequence. */
export interface IndexMatch {
  /** Index of the first token. */
  from: number
  /** Index past the last token. */
  to: number
  /** The entity named. */
  entity: KnownEntity
  /** Only a surname matched (or its skeleton). */
  surname: boolean
  /** Matched by consonant skeleton, not by spelling. */
  bySkeleton: boolean
}

/** Folds an Arabic name to search spelling and splits it into words. */
export function arabicWords(name: string): string[] {
  return normalize(name, { profile: 'search' })
    .split(' ')
    .filter((w) => w !== '')
}

/** A name's first word as the index keys it: the article removed (a name has no proclitics). */
export function arabicCore(word: string): string {
  return word.length > 3 && word.startsWith('ال') ? word.slice(2) : word
}

/** English words of a name, lower case, possessive and edge punctuation removed. */
export function englishKey(word: string): string {
  let w = word.toLowerCase().replaceAll('.', '')
  if (w.endsWith('’s') || w.endsWith("'s")) w = w.slice(0, -2)
  let a = 0
  let b = w.length
  while (a < b && !isWordChar(w.charCodeAt(a))) a++
  while (b > a && !isWordChar(w.charCodeAt(b - 1))) b--
  return w.slice(a, b)
}

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c >= 0xc0
}

/**
 * The index of known names. Build it once with {@link NameIndex.build} and share it.
 */
export class NameIndex {
  readonly #ar: Node = newNode()
  readonly #en: Node = newNode()
  /** Skeleton of a one-word Arabic place name → the places spelled so. */
  readonly #places = new Map<string, KnownEntity[]>()
  /** Person surname skeleton → persons with that surname. */
  readonly #surnames = new Map<string, KnownEntity[]>()
  /** Entity id → entity. */
  readonly byId = new Map<string, KnownEntity>()
  /** Person id → skeletons of the first names of its spellings. */
  readonly #firsts = new Map<string, Set<string>>()
  /** First names of the indexed persons: Arabic in search spelling, English in lower case. */
  readonly firstNames = new Set<string>()
  /** Longest Arabic entry, in tokens. */
  #arLongest = 1
  /** Longest English entry, in tokens. */
  #enLongest = 1

  /**
   * Builds the index from entries (aliases, countries, cities). Entries earlier in the list win a
   * spelling two entries share.
   */
  static build(entries: Iterable<NameEntry>): NameIndex {
    const index = new NameIndex()
    for (const e of entries) index.add(e)
    return index
  }

  /** Adds one entry with all its spellings. */
  add(e: NameEntry): void {
    const entity: KnownEntity = {
      id: e.id,
      type: e.type,
      ar: e.ar,
      en: e.en,
      ...(e.ambiguous ? { ambiguous: true } : {}),
    }
    if (!this.byId.has(e.id)) this.byId.set(e.id, entity)
    for (const name of e.arNames) {
      const words = arabicWords(name)
      if (words.length === 0) continue
      const first = arabicCore(words[0] as string)
      this.#insert(this.#ar, [first, ...words.slice(1)], entity, false)
      // a run-on spelling (الولاياتالمتحدة) is the name without its spaces
      if (words.length > 1) this.#insert(this.#ar, [first + words.slice(1).join('')], entity, false)
      this.#arLongest = Math.max(this.#arLongest, words.length)
      if (e.type === 'LOCATION' && words.length === 1) this.#addPlace(first, entity)

      if (e.type === 'PERSON' && words.length > 1) {
        const last = words[words.length - 1] as string
        if (last.length >= 4) this.#insert(this.#ar, [arabicCore(last)], entity, true)
        this.#addSurname(last, entity)
        this.#addFirst(words[0] as string, entity)
      }
    }
    for (const name of e.enNames) {
      const words = name
        .split(' ')
        .map(englishKey)
        .filter((w) => w !== '')
      if (words.length === 0) continue
      this.#insert(this.#en, words, entity, false)
      this.#enLongest = Math.max(this.#enLongest, words.length)
      if (e.type === 'PERSON' && words.length > 1) {
        const last = words[words.length - 1] as string
        if (last.length >= 4) this.#insert(this.#en, [last], entity, true)
        this.#addSurname(last, entity)
        this.#addFirst(words[0] as string, entity)
      }
    }
  }

  #addPlace(word: string, entity: KnownEntity): void {
    const sk = skeleton(word)
    if (sk.length < 3) return
    const list = this.#places.get(sk)
    if (!list) this.#places.set(sk, [entity])
    else if (!list.some((x) => x.id === entity.id)) list.push(entity)
  }

  /**
   * One-word places whose Arabic name has this consonant skeleton (خاركوف for خاركيف). For a word
   * already known to be a place: a skeleton alone is too weak to say that a word is one.
   */
  placesBySkeleton(sk: string): readonly KnownEntity[] {
    return this.#places.get(sk) ?? []
  }

  #addFirst(word: string, entity: KnownEntity): void {
    this.firstNames.add(word)
    let set = this.#firsts.get(entity.id)
    if (!set) {
      set = new Set()
      this.#firsts.set(entity.id, set)
    }
    set.add(skeleton(word))
  }

  /**
   * Whether a first name (any script) can belong to the person `id`: its skeleton is one of the
   * person's first-name skeletons (فلاديمير and Volodymyr share `fldmr`).
   */
  firstNameFits(id: string, word: string): boolean {
    const set = this.#firsts.get(id)
    return set?.has(skeleton(word)) === true
  }

  #addSurname(word: string, entity: KnownEntity): void {
    const sk = skeleton(word)
    if (sk.length < 3) return
    const list = this.#surnames.get(sk)
    if (!list) this.#surnames.set(sk, [entity])
    else if (!list.includes(entity)) list.push(entity)
  }

  #insert(root: Node, words: readonly string[], entity: KnownEntity, surname: boolean): void {
    let node = root
    for (const w of words) {
      let child = node.next.get(w)
      if (!child) {
        child = newNode()
        node.next.set(w, child)
      }
      node = child
    }
    // the first spelling wins; a full-name entry beats a surname entry
    if (!node.entity || (node.surname && !surname)) {
      node.entity = entity
      node.surname = surname
    }
  }

  /**
   * The longest Arabic match starting at token `i`: `first` is the token's name core (clitics and
   * article removed), `words` the sentence's search-normalized tokens.
   */
  matchArabic(words: readonly string[], i: number, first: string): IndexMatch | undefined {
    return longest(this.#ar, words, i, first, this.#arLongest)
  }

  /** The longest English match starting at token `i` of `keys` (see {@link englishKey}). */
  matchEnglish(keys: readonly string[], i: number): IndexMatch | undefined {
    const k = keys[i]
    if (k === undefined) return undefined
    return longest(this.#en, keys, i, k, this.#enLongest)
  }

  /**
   * Persons whose surname has this consonant skeleton (transliteration variants of a known
   * surname).
   */
  personsBySurname(sk: string): readonly KnownEntity[] {
    return this.#surnames.get(sk) ?? []
  }
}

function longest(
  root: Node,
  words: readonly string[],
  i: number,
  first: string,
  max: number,
): IndexMatch | undefined {
  let node = root.next.get(first)
  let best: IndexMatch | undefined
  let j = i + 1
  while (node) {
    if (node.entity) {
      best = { from: i, to: j, entity: node.entity, surname: node.surname, bySkeleton: false }
    }
    if (j >= words.length || j - i >= max) break
    node = node.next.get(words[j] as string)
    j++
  }
  return best
}
