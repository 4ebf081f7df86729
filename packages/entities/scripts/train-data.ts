// Reading the training inputs shipped in data/: the ANERcorp train split (search-normalized),
// the dictionary word list, world cities and country names. Shared by train.ts and eval.ts.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createNormalizer } from '@nuqta/normalize'
import { WordSet } from '../src/features-wordset'
import type { ExternalEntry } from '../src/model-train'
import { type ConllSentence, readConll } from '../src/tagger-conll'
import { tokenize } from '../src/tokenize'

export const here = dirname(fileURLToPath(import.meta.url))
export const dataDir = join(here, '..', 'data')
export const TRAIN = join(dataDir, 'anercorp', 'ANERcorp-CamelLabSplit-reconstructed.train.txt')
export const TEST = join(dataDir, 'anercorp', 'ANERcorp-CamelLabSplit-reconstructed.test.txt')
export const NEWSFANE = join(dataDir, 'newsfane', 'NewsFANE_Gold_2014_170K.txt')

const search = createNormalizer('search')

/** Search-normalize a token; a token that folds to nothing (a lone tatweel) is kept as is. */
export function fold(word: string): string {
  return search.normalize(word) || word
}

export function readCorpus(path: string, maxSentence?: number): ConllSentence[] {
  return readConll(readFileSync(path, 'utf8'), maxSentence).map((s) => ({
    words: s.words.map(fold),
    tags: s.tags,
  }))
}

export function loadDictionary(): WordSet {
  const words = readFileSync(join(dataDir, 'dictionary', 'ayaspell-words.txt'), 'utf8')
    .split('\n')
    .filter(Boolean)
  return WordSet.build(words, words.length, 10, 6)
}

const ADMIN_PREFIX = /^(?:ولاية|مقاطعة|محافظة|إقليم|منطقة)\s+/u
const PAREN = /\s*\([^)]*\)\s*/gu

function entryTokens(name: string): string[] {
  return tokenize(fold(name.replace(PAREN, ' ').replace(ADMIN_PREFIX, '').trim())).map(
    (t) => t.text,
  )
}

/** Cities (world-cities-ar, CC BY 4.0) and countries (i18n-iso-countries, MIT), Arabic names. */
export function loadExternal(): ExternalEntry[] {
  const out: ExternalEntry[] = []
  const seen = new Set<string>()
  const add = (name: string, cls: string): void => {
    const tokens = entryTokens(name)
    const key = `${cls}\t${tokens.join(' ')}`
    if (tokens.length === 0 || seen.has(key)) return
    seen.add(key)
    out.push({ tokens, cls })
  }
  const cities = readFileSync(
    join(dataDir, 'gazetteer', 'world-cities-ar', 'world-cities.jsonl'),
    'utf8',
  )
  for (const line of cities.replace(/^\uFEFF/u, '').split('\n')) {
    if (!line.trim()) continue
    const row = JSON.parse(line) as { CityNameAr?: string; CountryAr?: string }
    if (row.CityNameAr) add(row.CityNameAr, 'CITY')
    if (row.CountryAr) add(row.CountryAr, 'COUNTRY')
  }
  const require = createRequire(import.meta.url)
  const ar = require('i18n-iso-countries/langs/ar.json') as {
    countries: Record<string, string | string[]>
  }
  for (const names of Object.values(ar.countries)) {
    for (const n of Array.isArray(names) ? names : [names]) add(n, 'COUNTRY')
  }
  return out
}

export const ATTRIBUTION = [
  'Weights trained on the ANERcorp train split (Benajiba, Rosso & Benedi 2007; CAMeL Lab split,',
  'Obeid et al. 2020), CC BY-SA 4.0. Word lists: Ayaspell (MPL 1.1) as a Bloom filter;',
  'world-cities-translations (Wikidata-derived, CC BY 4.0); i18n-iso-countries (MIT);',
  'names and label counts harvested from the ANERcorp train split (CC BY-SA 4.0).',
].join(' ')
