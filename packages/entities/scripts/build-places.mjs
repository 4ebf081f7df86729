#!/usr/bin/env node
// Rebuild data/countries.json and data/cities.json, the places the extractor matches and links
// (run by hand after the sources change; the output is committed):
//   node scripts/build-places.mjs
// Sources: country names in Arabic and English from i18n-iso-countries (MIT); Arabic country
// names and world cities from data/gazetteer/world-cities-ar (Wikidata-derived, CC BY 4.0).
// City labels are cleaned (administrative prefixes and parentheses removed; labels with digits,
// Latin letters or more than three words dropped, such as a submarine named after a city), and a
// one-word Arabic city name that the ANERcorp train split uses mostly as an ordinary word (فرح
// "joy") or as a person's name (فلاديمير, the city Vladimir) is dropped: the train split
// decides, never the test articles.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { normalize } from '@nuqta/normalize'

const here = dirname(fileURLToPath(import.meta.url))
const data = join(here, '..', 'data')
const require = createRequire(import.meta.url)
const ar = require('i18n-iso-countries/langs/ar.json').countries
const en = require('i18n-iso-countries/langs/en.json').countries
const list = (v) => (Array.isArray(v) ? v : [v])
const fold = (s) => normalize(s, { profile: 'search' })

// ANERcorp train: how often each folded word is tagged as a place and as nothing
const tagged = new Map()
for (const line of readFileSync(
  join(data, 'anercorp', 'ANERcorp-CamelLabSplit-reconstructed.train.txt'),
  'utf8',
).split('\n')) {
  const sp = line.lastIndexOf(' ')
  if (sp < 0) continue
  const w = fold(line.slice(0, sp))
  const t = line.slice(sp + 1).trim()
  const c = tagged.get(w) ?? { loc: 0, o: 0, per: 0 }
  if (t.endsWith('LOC')) c.loc++
  else if (t.endsWith('PERS')) c.per++
  else if (t === 'O') c.o++
  tagged.set(w, c)
}
const ordinary = (name) => {
  const w = fold(name)
  if (w.includes(' ')) return false
  const c = tagged.get(w)
  // an ordinary word (فرح "joy") or a first name (فلاديمير, the city Vladimir) more often than a place
  return c !== undefined && ((c.o >= 3 && c.o > c.loc) || (c.per >= 2 && c.per > c.loc))
}

const isoByEnglish = new Map()
for (const [iso, names] of Object.entries(en)) {
  for (const n of list(names)) isoByEnglish.set(n.toLowerCase(), iso)
}

const countries = new Map()
for (const iso of Object.keys(en).sort()) {
  countries.set(iso, { iso, ar: [...list(ar[iso] ?? [])], en: [...list(en[iso])] })
}

const ADMIN = ['ولاية ', 'مقاطعة ', 'محافظة ', 'إقليم ', 'منطقة ']
function cleanArabic(label) {
  let s = label
  for (;;) {
    const open = s.indexOf('(')
    const close = s.indexOf(')', open)
    if (open < 0 || close < 0) break
    s = `${s.slice(0, open)} ${s.slice(close + 1)}`
  }
  s = s.split(' ').filter(Boolean).join(' ')
  for (const p of ADMIN) if (s.startsWith(p)) s = s.slice(p.length)
  if (s === '' || s.split(' ').length > 3) return undefined
  for (const ch of s) {
    const c = ch.charCodeAt(0)
    if (c !== 0x20 && !(c >= 0x0621 && c <= 0x064a) && !(c >= 0x064b && c <= 0x0652))
      return undefined
  }
  return s
}

const cities = []
const seen = new Set()
let dropped = 0
const rows = readFileSync(join(data, 'gazetteer', 'world-cities-ar', 'world-cities.jsonl'), 'utf8')
// largest first: where two cities share a name (Berlin in Germany and in El Salvador), the
// larger one is the first entry, which the extractor's index keeps for that spelling
const parsed = rows
  .replace(/^\uFEFF/u, '')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line))
  .sort((a, b) => (b.Population ?? 0) - (a.Population ?? 0))
for (const row of parsed) {
  const iso = isoByEnglish.get(String(row.Country).toLowerCase())
  if (iso && row.CountryAr) {
    const c = countries.get(iso)
    if (c && !c.ar.includes(row.CountryAr)) c.ar.push(row.CountryAr)
  }
  const name = row.CityNameAr ? cleanArabic(row.CityNameAr) : undefined
  if (!name || !row.CityNameEn || ordinary(name)) {
    dropped++
    continue
  }
  const key = `${iso ?? ''}\t${row.CityNameEn}`
  if (seen.has(key)) continue
  seen.add(key)
  cities.push([name, row.CityNameEn, iso ?? ''])
}

const countryList = {
  about:
    'Countries: [ISO 3166-1 alpha-2, Arabic names, English names]. i18n-iso-countries (MIT); Arabic names also from world-cities-translations (CC BY 4.0). Built by scripts/build-places.mjs.',
  countries: [...countries.values()].map((c) => [c.iso, c.ar, c.en]),
}
const cityList = {
  about:
    'World cities: [Arabic name, English name, ISO 3166-1 alpha-2 of the country]. world-cities-translations (Wikidata-derived, CC BY 4.0), cleaned by scripts/build-places.mjs.',
  cities,
}
writeFileSync(join(data, 'countries.json'), `${JSON.stringify(countryList)}\n`)
writeFileSync(join(data, 'cities.json'), `${JSON.stringify(cityList)}\n`)
console.log({ countries: countryList.countries.length, cities: cities.length, dropped })
