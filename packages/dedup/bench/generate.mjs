// Deterministic synthetic Arabic news benchmark built from the repository's corpus articles.
// Every random choice comes from one seeded PRNG, so the same seed gives byte-identical output.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
export const corpusDir = join(here, '../../../corpus')

/** mulberry32: a small deterministic 32-bit PRNG. */
export function prng(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n) => Math.floor(next() * n)
  const pick = (arr) => arr[int(arr.length)]
  const shuffle = (arr) => {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = int(i + 1)
      ;[arr[i], arr[j]] = [arr[j], arr[i]]
    }
    return arr
  }
  return { next, int, pick, shuffle }
}

/** Arabic sentences (≥ 80 % Arabic words) of the corpus articles and their vocabulary. */
export function loadCorpus() {
  const texts = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
  const sentences = []
  for (const t of texts) {
    for (const s of t.split(/[.!?؟\n]+/u)) {
      const words = s.trim().split(/\s+/u).filter(Boolean)
      const arabic = words.filter((w) => /[\u0621-\u064a]/u.test(w)).length
      if (words.length >= 4 && arabic >= 0.8 * words.length) sentences.push(words)
    }
  }
  const vocab = [...new Set(sentences.flat())].sort()
  return { sentences, vocab }
}

const HAMZA_FOLD = { أ: 'ا', إ: 'ا', آ: 'ا' }
const DIACRITICS = ['\u064e', '\u064f', '\u0650', '\u0652', '\u064b', '\u0651']

/** One Arabic spelling variant of a word (hamza forms, ة/ه, ى/ي, tatweel, diacritics). */
function spellingVariant(word, r) {
  let w = word
  const kind = r.int(5)
  if (kind === 0 && /[أإآ]/u.test(w)) w = w.replace(/[أإآ]/gu, (c) => HAMZA_FOLD[c])
  else if (kind === 0 && w.startsWith('ا')) w = `أ${w.slice(1)}`
  else if (kind === 1 && w.endsWith('ة')) w = `${w.slice(0, -1)}ه`
  else if (kind === 2 && w.endsWith('ى')) w = `${w.slice(0, -1)}ي`
  else if (kind === 2 && w.endsWith('ي')) w = `${w.slice(0, -1)}ى`
  else if (kind === 3 && w.length > 2) {
    const at = 1 + r.int(w.length - 2)
    w = `${w.slice(0, at)}\u0640${w.slice(at)}`
  } else {
    let out = ''
    for (const ch of w)
      out += /[\u0621-\u064a]/u.test(ch) && r.next() < 0.5 ? ch + r.pick(DIACRITICS) : ch
    w = out
  }
  return w
}

/** Joins words into sentences and paragraphs of roughly news-like layout. */
function layout(sentences, r) {
  const paras = []
  let cur = []
  for (const s of sentences) {
    cur.push(`${s.join(' ')}.`)
    if (cur.length >= 2 + r.int(3)) {
      paras.push(cur.join(' '))
      cur = []
    }
  }
  if (cur.length) paras.push(cur.join(' '))
  return paras.join('\n\n')
}

/**
 * Builds the benchmark: `size` documents of 2–4 KB. Base documents are sequences of corpus
 * sentences whose words are shuffled and partly replaced by random vocabulary words (so unrelated
 * documents do not share word 5-grams by accident); planted copies derive from random bases.
 * Returns docs in a shuffled order with `kind` and `family` (the base document's index).
 */
export function generate({ size = 20000, seed = 20240501 } = {}) {
  const r = prng(seed)
  const { sentences, vocab } = loadCorpus()
  const plan = [
    ['exact', 0.05],
    ['reformatted', 0.05],
    ['edit5', 0.075],
    ['edit15', 0.075],
    ['edit30', 0.05],
    ['spelling', 0.1],
  ]
  const copies = plan.reduce((n, [, f]) => n + Math.round(f * size), 0)
  const baseCount = size - copies
  const bases = []
  for (let b = 0; b < baseCount; b++) {
    const target = 2000 + r.int(2000)
    const sents = []
    let len = 0
    while (len < target) {
      const words = r
        .shuffle([...r.pick(sentences)])
        .map((w) => (r.next() < 0.3 ? r.pick(vocab) : w))
      sents.push(words)
      len += words.join(' ').length + 2
    }
    bases.push(sents)
  }
  const docs = bases.map((sents, b) => ({ kind: 'base', family: b, text: layout(sents, r) }))
  for (const [kind, frac] of plan) {
    const n = Math.round(frac * size)
    for (let i = 0; i < n; i++) {
      const family = r.int(baseCount)
      const base = docs[family].text
      let text
      if (kind === 'exact') text = base
      else if (kind === 'reformatted') {
        // same words; different whitespace and line layout
        text = base
          .split(/\s+/u)
          .map((w) => w + (r.next() < 0.08 ? '\n' : r.next() < 0.2 ? '  ' : ' '))
          .join('')
          .trim()
        text = `  ${text}\n`
      } else if (kind.startsWith('edit')) {
        const p = Number(kind.slice(4)) / 100
        const words = base.split(' ')
        const out = []
        for (const w of words) {
          if (r.next() >= p) {
            out.push(w)
            continue
          }
          const op = r.int(3)
          if (op === 0) out.push(r.pick(vocab))
          else if (op === 1) out.push(w, r.pick(vocab))
          // op 2: delete
        }
        text = out.join(' ')
      } else {
        text = base
          .split(' ')
          .map((w) => (r.next() < 0.4 ? spellingVariant(w, r) : w))
          .join(' ')
      }
      docs.push({ kind, family, text })
    }
  }
  const order = r.shuffle(docs.map((_, i) => i))
  return order.map((i, n) => ({ id: `d${String(n).padStart(5, '0')}`, ...docs[i] }))
}
