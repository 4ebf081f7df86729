/**
 * Document-level linking: gives every mention an entity id, the same for every spelling of one
 * entity. In order of strength: a known entity the finder matched (Wikidata id, `iso:` country,
 * `geo:` city); a name the index knows by its spelling or a surname the index knows by its
 * consonant skeleton (with a first name that fits); coreference inside the document (a bare
 * surname takes the id of the full name seen with it); and otherwise an id derived from the
 * name's consonant skeleton (`per:mdnsk`), which is the same in Arabic and in Latin letters, so
 * the same name links across documents and languages without any table.
 * @module
 */

import type { Candidate } from '../candidate'
import { englishKey, type KnownEntity, type NameIndex } from '../gazetteer'
import type { EntityType } from '../tagger'
import { bareWord, fullKey, nameWords, wordKey } from './keys'

/** A mention with its entity id. */
export interface Linked extends Candidate {
  /** The entity id. */
  id: string
}

const PREFIX: Readonly<Record<EntityType, string>> = {
  PERSON: 'per',
  LOCATION: 'loc',
  ORGANIZATION: 'org',
  MISC: 'misc',
}

/** The known entity a candidate's whole name spells, if any. */
function lookup(c: Candidate, index: NameIndex): KnownEntity | undefined {
  const words = nameWords(c.words)
  if (words.length === 0) return undefined
  if (c.lang === 'ar') {
    const m = index.matchArabic(words, 0, bareWord(words[0] as string))
    return m && m.to === words.length ? m.entity : undefined
  }
  const keys = words.map(englishKey)
  const m = index.matchEnglish(keys, 0)
  return m && m.to === keys.length ? m.entity : undefined
}

/** A known person whose surname skeleton and first name (when given) fit the candidate. */
function personBySkeleton(words: string[], index: NameIndex): KnownEntity | undefined {
  const sur = words[words.length - 1] as string
  const sk = wordKey(sur)
  if (sk.length < 3) return undefined
  const found = index
    .personsBySurname(sk)
    .filter((e) => words.length < 2 || index.firstNameFits(e.id, bareWord(words[0] as string)))
  return found.length === 1 ? found[0] : undefined
}

interface PersonSeen {
  first: string
  id: string
}

/**
 * Links the candidates of one document (in text order).
 *
 * @param cands - the document's candidates
 * @param index - the name index
 * @returns the candidates with ids; a known entity's type replaces the finder's guess
 */
export function linkDocument(cands: readonly Candidate[], index: NameIndex): Linked[] {
  const bySurname = new Map<string, PersonSeen[]>()
  const out: Linked[] = []
  const votes = typeVotes(cands)
  for (const c0 of cands) {
    const words = nameWords(c0.words)
    const voted = c0.entity ? undefined : votes.get(fullKey(words))
    const c = voted && voted !== c0.type ? { ...c0, type: voted } : c0
    let entity = c.entity ?? lookup(c, index)
    if (!entity && c.type === 'PERSON' && words.length > 0) entity = personBySkeleton(words, index)
    if (entity) {
      out.push({ ...c, type: entity.type, entity, id: entity.id })
      if (entity.type === 'PERSON' && words.length > 0) {
        remember(bySurname, words, entity.id)
      }
      continue
    }
    if (c.type === 'PERSON' && words.length > 0) {
      out.push({ ...c, id: personId(words, bySurname) })
      continue
    }
    const key = fullKey(words) || c.text.toLowerCase()
    out.push({ ...c, id: `${PREFIX[c.type]}:${key}` })
  }
  return out
}

/**
 * One type per name in a document: an unknown name the finders typed differently in different
 * places (Donbas as a place here, as MISC there) takes its most frequent type, MISC last.
 */
function typeVotes(cands: readonly Candidate[]): Map<string, EntityType> {
  const counts = new Map<string, Map<EntityType, number>>()
  for (const c of cands) {
    if (c.entity) continue
    const k = fullKey(nameWords(c.words))
    if (k === '') continue
    let m = counts.get(k)
    if (!m) {
      m = new Map()
      counts.set(k, m)
    }
    m.set(c.type, (m.get(c.type) ?? 0) + (c.type === 'MISC' ? 0.5 : 1))
  }
  const out = new Map<string, EntityType>()
  for (const [k, m] of counts) {
    let best: EntityType | undefined
    let n = -1
    for (const [t, v] of m) if (v > n) [best, n] = [t, v]
    if (best) out.set(k, best)
  }
  return out
}

function remember(map: Map<string, PersonSeen[]>, words: string[], id: string): void {
  const sk = wordKey(words[words.length - 1] as string)
  const first = words.length > 1 ? wordKey(words[0] as string) : ''
  const list = map.get(sk)
  if (!list) map.set(sk, [{ first, id }])
  else if (!list.some((p) => p.id === id && p.first === first)) list.push({ first, id })
}

/** A derived person id with document coreference on the surname. */
function personId(words: string[], map: Map<string, PersonSeen[]>): string {
  const sk = wordKey(words[words.length - 1] as string)
  const first = words.length > 1 ? wordKey(words[0] as string) : ''
  const seen = map.get(sk) ?? []
  let id: string
  if (first === '') {
    // a bare surname: the person of that surname seen last in the document
    id = seen.length > 0 ? (seen[seen.length - 1] as PersonSeen).id : `per:${sk}`
  } else {
    const same = seen.find((p) => p.first === first || p.first === '')
    const other = seen.some((p) => p.first !== '' && p.first !== first)
    if (same && same.first === first) id = same.id
    else if (other) id = `per:${first}-${sk}`
    else id = same ? same.id : `per:${sk}`
  }
  remember(map, words, id)
  return id
}
