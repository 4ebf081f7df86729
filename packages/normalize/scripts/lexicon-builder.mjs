// Builds the LexiconData object shipped in data/ar-lexicon.json from its two sources:
//   1. Ayaspell (Debian package hunspell-ar, /usr/share/hunspell/ar.{aff,dic}), used under the
//      MPL 1.1 option of its GPL 2.0 / LGPL 2.1 / MPL 1.1 tri-licence;
//   2. the ANERcorp train split (CAMeL Lab split, CC BY-SA 4.0), for word counts.
// Build-time only (Node); never shipped, never run by tests.
import { readFileSync } from 'node:fs'
import { expandDictionary, loadHunspell } from './hunspell-expand.mjs'
import { loadSrc } from './load-src.mjs'

// The lookup keys, clitic readings and suffix-model contexts are the runtime's own code
// (src/lexicon-keys.ts), so the data is built with exactly the keys it is read with.
const keys = await loadSrc('lexicon-keys')

/** A folded key is made of the Arabic letters U+0621–U+063A and U+0641–U+064A only. */
const ARABIC_WORD = /^[\u0621-\u063A\u0641-\u064A]+$/u

/**
 * The lookup key of a word, as the runtime computes it (`foldKey` without ى → ي): tashkeel and
 * tatweel dropped, أ إ آ ٱ as ا; `''` when the word holds anything but Arabic letters and marks.
 */
export function fold(word) {
  return keys.foldKey(word, false) ?? ''
}

/** Proclitic chains stripped at lookup time, longest first (data/clitics.json). */
export const CLITICS = keys.CLITICS

/** Clitic-free readings of a folded word: the word itself, then each clitic strip. */
export const readings = keys.readings

/**
 * Front-code a sorted list of words ending in ي (mirror of `parseFrontCoded` in src/lexicon.ts):
 * each line is one digit, how many leading letters it shares with the previous word (0–9), then
 * the rest of the word without its final ي.
 */
export function frontCode(words) {
  let prev = ''
  const out = []
  for (const w of words) {
    const body = w.slice(0, -1)
    let k = 0
    while (k < 9 && k < prev.length && k < body.length && prev[k] === body[k]) k++
    out.push(`${k}${body.slice(k)}`)
    prev = body
  }
  return out.join('\n')
}

/** Read the CoNLL train file into folded tokens. */
export function readAnercorp(path) {
  const tokens = []
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const tok = line.split(' ')[0]
    if (tok) tokens.push(tok)
  }
  return tokens
}

function countMap(tokens, keyFn) {
  const m = new Map()
  for (const t of tokens) {
    const k = keyFn(t)
    if (!ARABIC_WORD.test(k)) continue
    m.set(k, (m.get(k) ?? 0) + 1)
  }
  return m
}

/** Sum of counts of a clitic-free stem over every clitic form in which it occurs in the corpus. */
function stemCounts(counts) {
  const m = new Map()
  for (const [w, c] of counts) {
    for (const r of new Set(readings(w))) m.set(r, (m.get(r) ?? 0) + c)
  }
  return m
}

/** Suffix-model contexts of a clitic-free stem ending in ى/ي, most specific first. */
export const contexts = keys.contexts

/** The most-stripped clitic-free reading of a folded key. */
export function stemOf(key) {
  let best = key
  for (const r of readings(key)) if (r.length < best.length) best = r
  return best
}

/**
 * Build the data.
 * @param {{hunspellDir: string, anercorp: string, exclude?: Set<string>, minSupport?: number,
 *   threshold?: number, minRunOnCount?: number, keep?: string[]}} opts `keep`: hand-reviewed ى
 *   words that are genuinely both (سعى/سعي, نادى/نادي) and must survive the Egyptian-spelling filter. `exclude`: folded clitic-free stems (ending
 *   in ى or ي, both spellings are removed) kept out of every list, for held-out evaluation.
 */
export function buildLexiconData(opts) {
  const exclude = opts.exclude ?? new Set()
  const minSupport = opts.minSupport ?? 20
  const threshold = opts.threshold ?? 0.8
  const minStem = opts.minStem ?? 6
  const minRunOnCount = opts.minRunOnCount ?? 2
  const isExcluded = (k) =>
    exclude.has(k) || exclude.has(`${k.slice(0, -1)}\u0649`) || exclude.has(`${k.slice(0, -1)}ي`)

  // ---- Ayaspell forms ending in ى / ي (clitic-free, suffixes expanded).
  const { aff, dic } = loadHunspell(opts.hunspellDir)
  const hunMaq = new Set()
  const hunYa = new Set()
  // Dictionary entries (lemma-like: nisba adjectives, verb forms, names), apart from the forms the
  // suffix rules generate (mostly possessives such as كتابي); the suffix model learns from entries.
  const rootYa = new Set()
  const rootMaq = new Set()
  expandDictionary(dic, aff, (form, root) => {
    const k = fold(form)
    if (k.length < 2 || !ARABIC_WORD.test(k)) return
    const isRoot = form === root
    if (k.endsWith('\u0649')) {
      hunMaq.add(k)
      if (isRoot) rootMaq.add(k)
    } else if (k.endsWith('\u064A')) {
      hunYa.add(k)
      if (isRoot) rootYa.add(k)
    }
  })

  // ---- ANERcorp counts.
  const tokens = readAnercorp(opts.anercorp)
  const counts = countMap(tokens, fold)
  const stems = stemCounts(counts)
  const sc = (k) => stems.get(k) ?? 0

  // ---- ى words right as written.
  // Ayaspell lists some Egyptian spellings as roots (عراقى, تجارى, يعنى, حوالى…). Drop an entry when
  // its ي spelling is also an Ayaspell word and the corpus clearly prefers it (≥ 3 uses, > 3× as many).
  const keep = new Set(opts.keep ?? [])
  const maq = new Set()
  const dropped = []
  for (const k of hunMaq) {
    if (isExcluded(k)) continue
    const y = `${k.slice(0, -1)}ي`
    if (!keep.has(k) && hunYa.has(y) && sc(y) >= 3 && sc(y) > 3 * sc(k)) {
      dropped.push(k)
      continue
    }
    maq.add(k)
  }
  // Hand-reviewed words (data/maqsura-keep.txt) are added even where Ayaspell lacks them (يحيى).
  const added = []
  for (const k of keep) {
    if (!maq.has(k) && !isExcluded(k)) {
      maq.add(k)
      added.push(k)
    }
  }

  // ---- ي words: Ayaspell only (the corpus counts ship separately, under their own licence).
  const ya = new Set()
  for (const k of hunYa) if (!isExcluded(k)) ya.add(k)

  // ---- Suffix model: counts of ي vs ى given the 1–3 letters before the final letter.
  const ctxCounts = new Map()
  const bump = (word, isYa) => {
    for (const c of contexts(stemOf(word))) {
      let e = ctxCounts.get(c)
      if (!e) {
        e = [0, 0]
        ctxCounts.set(c, e)
      }
      e[isYa ? 0 : 1]++
    }
  }
  const modelSource = opts.modelSource ?? 'forms'
  for (const k of ya) if (modelSource === 'forms' || rootYa.has(k)) bump(k, true)
  // 'mixed': ي side from dictionary entries, ى side from every listed ى form.
  // Ayaspell roots in ى whose ي twin is also listed are mostly Egyptian spellings (عراقى): the
  // model does not learn from them (the hand-reviewed keep list excepted).
  for (const k of maq) {
    if (keep.has(k)) bump(k, false)
    else if (modelSource === 'forms' || modelSource === 'mixed') bump(k, false)
    else if (rootMaq.has(k) && !hunYa.has(`${k.slice(0, -1)}ي`)) bump(k, false)
  }
  const model = []
  const shapeMinSupport = opts.shapeMinSupport ?? 8
  for (const [c, [y, m]] of ctxCounts) {
    const isShape = c.charCodeAt(0) >= 0x30 && c.charCodeAt(0) <= 0x39
    if (y + m >= (isShape ? shapeMinSupport : minSupport)) model.push([c, y, m])
  }
  model.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const modelMap = new Map(model.map(([c, y, m]) => [c, [y, m]]))
  const modelFixes = (word) => {
    const stem = stemOf(word)
    if (stem.length < minStem) return false
    for (const c of contexts(stem)) {
      const e = modelMap.get(c)
      if (e) return e[0] / (e[0] + e[1]) >= threshold
    }
    return false
  }

  // Prune: a ي word is needed only where the model alone would not restore it.
  const yaNeeded = []
  for (const k of ya) {
    const m = `${k.slice(0, -1)}\u0649`
    if (maq.has(m)) continue
    // Safe only when no clitic can be read off k, so every word containing k has k as its stem.
    if (k.length >= 5 && stemOf(k) === k && modelFixes(m)) continue
    yaNeeded.push(k)
  }

  // ---- Run-on words: corpus frequencies (folded with ى→ي), words seen ≥ minRunOnCount times.
  // Keys keep ى apart from ي: the runtime folds them for run-on lookups and reads which spelling
  // the corpus prefers for final-ya.
  const runCounts = countMap(tokens, fold)
  const freq = [...runCounts].filter(([w, c]) => c >= minRunOnCount && !isExcluded(w))
  freq.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))

  const sorted = (s) => [...s].sort()
  return {
    data: {
      format: 'nuqta-lexicon',
      version: 1,
      finalYa: {
        threshold,
        minStem,
        maqsura: sorted(maq).join('\n'),
        ya: frontCode(sorted(yaNeeded)),
        model: model.map(([c, y, m]) => `${c}\t${y}\t${m}`).join('\n'),
      },
      runOn: {
        tokens: tokens.length,
        words: freq.map(([w, c]) => `${w}\t${c}`).join('\n'),
      },
    },
    stats: {
      hunMaq: hunMaq.size,
      hunYa: hunYa.size,
      maq: maq.size,
      dropped: dropped.sort(),
      added: added.sort(),
      ya: ya.size,
      yaNeeded: yaNeeded.length,
      model: model.length,
      runOnWords: freq.length,
    },
  }
}
