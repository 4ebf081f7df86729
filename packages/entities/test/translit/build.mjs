#!/usr/bin/env node
// Builds test/translit/set.json, the linking test on names in no table: every 6th city of
// data/cities.json (from the world-cities gazetteer, never from corpus/) with its Arabic and English
// spellings and Arabic spelling variants made by the rules news spellings actually differ by:
// Egyptian final ى for ي, a hamza dropped (أ إ → ا), a long vowel ي/و dropped or added, ج/غ for g.
// Names that occur in corpus/ are left out.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const cities = JSON.parse(readFileSync(join(root, 'data', 'cities.json'), 'utf8')).cities
const corpusDir = join(root, '..', '..', 'corpus')
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
  .join('\n')

function variants(ar) {
  const out = new Set()
  if (ar.endsWith('ي')) out.add(`${ar.slice(0, -1)}ى`)
  if (/[أإ]/u.test(ar)) out.add(ar.replace(/[أإ]/gu, 'ا'))
  // drop one inner long vowel ي or و (زيلينسكي → زيلنسكي)
  for (let i = 1; i < ar.length - 1; i++) {
    if ('يو'.includes(ar[i]) && ar[i - 1] !== ' ' && ar[i + 1] !== ' ') {
      out.add(ar.slice(0, i) + ar.slice(i + 1))
      break
    }
  }
  if (ar.includes('غ')) out.add(ar.replaceAll('غ', 'ج'))
  else if (ar.includes('ج')) out.add(ar.replaceAll('ج', 'غ'))
  out.delete(ar)
  return [...out]
}

const rows = []
for (let i = 0; i < cities.length; i += 6) {
  const [ar, en, iso] = cities[i]
  if (corpus.includes(ar) || corpus.includes(en)) continue
  rows.push({ ar, en, iso, variants: variants(ar) })
}
writeFileSync(
  join(here, 'set.json'),
  `${JSON.stringify({ about: 'Transliteration linking test set built by test/translit/build.mjs from data/cities.json (world-cities-translations, CC BY 4.0).', rows }, null, 0)}\n`,
)
console.log({ rows: rows.length, variants: rows.reduce((n, r) => n + r.variants.length, 0) })
