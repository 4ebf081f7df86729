#!/usr/bin/env node
// Rebuild data/dictionary/ayaspell-words.txt, the ordinary-word list behind the tagger's
// dictionary feature (run by hand; the file is committed so training needs no system package):
//   apt-get install hunspell-ar
//   node scripts/build-dictionary.mjs [--hunspell /usr/share/hunspell]
// Words: the Ayaspell (hunspell-ar) dictionary stems, without affix expansion, folded with the
// @nuqta/normalize `search` profile, sorted and deduplicated. Ayaspell is GPL 2.0 / LGPL 2.1 /
// MPL 1.1; this list is used under MPL 1.1 (data/dictionary/LICENSE-MPL-1.1.txt).
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { normalize } from '@nuqta/normalize'

const { values } = parseArgs({
  options: { hunspell: { type: 'string', default: '/usr/share/hunspell' } },
})
const here = dirname(fileURLToPath(import.meta.url))
const dic = readFileSync(join(values.hunspell, 'ar.dic'), 'utf8')
const words = new Set()
for (const line of dic.split('\n').slice(1)) {
  const entry = line.split('\t')[0].trim()
  if (!entry || entry.startsWith(':')) continue
  const slash = entry.indexOf('/')
  const root = slash < 0 ? entry : entry.slice(0, slash)
  if (!/^[\u0621-\u064A]+$/u.test(root)) continue
  const folded = normalize(root, 'search')
  if (folded.length >= 2) words.add(folded)
}
const sorted = [...words].sort()
writeFileSync(
  join(here, '..', 'data', 'dictionary', 'ayaspell-words.txt'),
  `${sorted.join('\n')}\n`,
)
console.log({ words: sorted.length })
