#!/usr/bin/env node
// Turns the hand annotation mentions.tsv into gold.json: each mention, in text order, is the
// next whole-word occurrence of its surface after the previous mention (a word may carry the
// proclitics و ف ب ل ك before it). Fails loudly when a surface is not found.
//   node test/devset/build.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const corpus = join(here, '..', '..', '..', '..', 'corpus')
const isLetter = (c) =>
  (c >= 0x0621 && c <= 0x064a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x0671 && c <= 0x06d3)
const CLITIC = 'وفبلك'

function wholeWord(text, at, len) {
  const after = text.charCodeAt(at + len)
  if (isLetter(after)) return false
  let k = at - 1
  // up to two proclitic letters may stand before an Arabic name
  for (
    let n = 0;
    n < 2 &&
    k >= 0 &&
    CLITIC.includes(text[k]) &&
    isLetter(text.charCodeAt(at)) &&
    text.charCodeAt(at) > 0x600;
    n++
  )
    k--
  return k < 0 || !isLetter(text.charCodeAt(k))
}

const files = {}
let current
for (const line of readFileSync(join(here, 'mentions.tsv'), 'utf8').split('\n')) {
  if (line.startsWith('## ')) {
    current = line.slice(3).trim()
    files[current] = { pos: 0, text: readFileSync(join(corpus, current), 'utf8'), mentions: [] }
    continue
  }
  if (line === '' || line.startsWith('#')) continue
  const [surface, type, entity] = line.split('\t')
  const f = files[current]
  let at = f.text.indexOf(surface, f.pos)
  while (at >= 0 && !wholeWord(f.text, at, surface.length)) at = f.text.indexOf(surface, at + 1)
  if (at < 0) throw new Error(`${current}: ${surface} not found after ${f.pos}`)
  f.mentions.push({ start: at, end: at + surface.length, text: surface, type, entity })
  f.pos = at + surface.length
}
const out = Object.entries(files).map(([file, f]) => ({
  file,
  lang:
    /[a-z]/iu.test(f.text.slice(0, 200)) && !/[\u0600-\u06ff]/u.test(f.text.slice(0, 200))
      ? 'en'
      : 'ar',
  mentions: f.mentions,
}))
writeFileSync(join(here, 'gold.json'), `${JSON.stringify(out, null, 1)}\n`)
console.log(out.map((d) => `${d.file} ${d.lang} ${d.mentions.length}`).join('\n'))
