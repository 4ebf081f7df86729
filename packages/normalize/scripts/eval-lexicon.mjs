#!/usr/bin/env node
// Measure the lexicon repairs (run by hand; numbers go into data/EVAL.md):
//   node scripts/eval-lexicon.mjs --anercorp <path>/ANERcorp-CamelLabSplit-reconstructed.train.txt
// Uses only the ANERcorp TRAIN split (tuning and held-out halves are both carved out of it) and the
// Arabic articles in ../../corpus. Compiles src/lexicon.ts with esbuild so the real code is measured.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildLexiconData, fold, readAnercorp, readings } from './lexicon-builder.mjs'
import { loadSrc } from './load-src.mjs'

const { values } = parseArgs({
  options: {
    hunspell: { type: 'string', default: '/usr/share/hunspell' },
    anercorp: { type: 'string' },
    only: { type: 'string' },
    model: { type: 'string', default: 'forms' },
    plain: { type: 'string' },
    mincount: { type: 'string' },
  },
})
if (!values.anercorp || /test/iu.test(values.anercorp)) {
  console.error('usage: eval-lexicon.mjs --anercorp <ANERcorp TRAIN file>')
  process.exit(2)
}
const here = dirname(fileURLToPath(import.meta.url))
const pkg = join(here, '..')
const keep = readFileSync(join(pkg, 'data', 'maqsura-keep.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))

const { createLexicon } = await loadSrc('lexicon')
const shipped = createLexicon({
  format: 'nuqta-lexicon',
  version: 1,
  finalYa: JSON.parse(readFileSync(join(pkg, 'data', 'ar-final-ya.json'), 'utf8')),
  runOn: JSON.parse(readFileSync(join(pkg, 'data', 'ar-word-counts.json'), 'utf8')),
})

function lexiconFrom(opts) {
  const { data } = buildLexiconData({
    hunspellDir: values.hunspell,
    anercorp: values.anercorp,
    keep,
    modelSource: values.model,
    ...opts,
  })
  return createLexicon(data)
}

const tokens = readAnercorp(values.anercorp)
const ARABIC = /^[\u0621-\u064A\u0671]+$/u
const counts = new Map()
for (const t of tokens) if (ARABIC.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1)
const c = (w) => counts.get(w) ?? 0
const toMaq = (w) => `${w.slice(0, -1)}\u0649`
const toYa = (w) => `${w.slice(0, -1)}ي`
/** Deterministic half of a word family: hash of its most-stripped folded reading. */
const half = (w) => {
  const rs = readings(fold(toMaq(w)))
  return (
    createHash('sha1')
      .update(rs[rs.length - 1])
      .digest()[0] % 2
  )
}
const families = (words) => {
  const s = new Set()
  for (const w of words) for (const r of readings(fold(toMaq(w)))) if (r.length >= 2) s.add(r)
  return s
}

// ---------------------------------------------------------------- final ى → ي
// Labels from corpus evidence only (not from the lexicon):
//  fix  = a word seen ≥ 3 times ending in ي whose ى spelling never occurs; input = the ى spelling.
//  keep = a word seen ≥ 2 times ending in ى, at least as often as its ي spelling.
const labelled = []
for (const [w, n] of counts) {
  if (w.length < 2) continue
  if (w.endsWith('ي') && n >= 3 && c(toMaq(w)) === 0) labelled.push({ input: toMaq(w), fix: true })
  if (w.endsWith('\u0649') && n >= 2 && n >= c(toYa(w))) labelled.push({ input: w, fix: false })
}
labelled.sort((a, b) => (a.input < b.input ? -1 : 1))

function score(lex, items) {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  const falseFixes = []
  const missed = []
  for (const { input, fix } of items) {
    const out = lex.fixFinalYa(input)
    if (fix && out === toYa(input)) tp++
    else if (fix) {
      fn++
      missed.push(input)
    } else if (out !== undefined) {
      fp++
      falseFixes.push(input)
    } else tn++
  }
  const precision = tp / Math.max(1, tp + fp)
  const recall = tp / Math.max(1, tp + fn)
  return { n: items.length, tp, fp, fn, tn, precision, recall, falseFixes, missed }
}
const pct = (x) => `${(100 * x).toFixed(1)}%`
const row = (name, s) =>
  `| ${name} | ${s.n} (${s.tp + s.fn} fix / ${s.fp + s.tn} keep) | ${pct(s.precision)} | ${pct(s.recall)} | ${s.fp} | ${s.fn} |`

const md = []
if (values.only !== 'runon') {
  const tune = labelled.filter((x) => half(x.input) === 0)
  const test = labelled.filter((x) => half(x.input) === 1)
  md.push('### Final ى → ي')
  md.push('')
  md.push('| setting | words | precision | recall | false fixes | missed |')
  md.push('| --- | --- | --- | --- | --- | --- |')
  md.push(row('shipped lexicon, all labelled words', score(shipped, labelled)))

  // Tune the suffix-model threshold on the tuning half with those words removed from the lexicon.
  const tuneExcl = families(tune.map((x) => x.input))
  let bestT = 0.97
  let bestM = 4
  let bestF = -1
  const tuning = []
  for (const minStem of [4, 5, 6]) {
    for (const threshold of [0.8, 0.9, 0.95, 0.98]) {
      const s = score(lexiconFrom({ exclude: tuneExcl, threshold, minStem }), tune)
      // Conservative: the highest recall among settings with precision ≥ 90%.
      const f = s.precision >= 0.9 ? s.recall : -1 + s.precision
      tuning.push(`${minStem}/${threshold}: P ${pct(s.precision)} R ${pct(s.recall)}`)
      if (f > bestF) {
        bestF = f
        bestT = threshold
        bestM = minStem
      }
    }
  }
  const testExcl = families(test.map((x) => x.input))
  const held = score(lexiconFrom({ exclude: testExcl, threshold: bestT, minStem: bestM }), test)
  md.push(
    row(
      `held-out half, its words removed from the lexicon (minStem ${bestM}, threshold ${bestT})`,
      held,
    ),
  )
  md.push('')
  md.push(
    `Tuning (minStem/threshold) on the other half, its words removed likewise: ${tuning.join('; ')}.`,
  )
  const shippedScore = score(shipped, labelled)
  md.push('')
  md.push(`False fixes (shipped): ${shippedScore.falseFixes.join(' ') || 'none'}`)
  md.push(`Missed (shipped, first 40): ${shippedScore.missed.slice(0, 40).join(' ') || 'none'}`)
  md.push(`False fixes (held-out): ${held.falseFixes.join(' ') || 'none'}`)
  md.push(`Missed (held-out, first 40): ${held.missed.slice(0, 40).join(' ') || 'none'}`)
}
if (values.only !== 'finalya') {
  // ---------------------------------------------------------------- run-on split
  // Cross-validated over 5 folds of ANERcorp train sentences: counts come from 4 folds, the 5th is
  // scanned, so no scanned word was seen by its lexicon.
  const sentences = []
  let cur = []
  for (const line of readFileSync(values.anercorp, 'utf8').split('\n')) {
    const tok = line.split(' ')[0]
    if (!tok) {
      if (cur.length) sentences.push(cur)
      cur = []
    } else cur.push(tok)
  }
  if (cur.length) sentences.push(cur)
  const splitsFound = []
  let scanned = 0
  let synthTotal = 0
  let synthRight = 0
  let synthWrong = 0
  const wrongSynth = []
  const { writeFileSync, mkdtempSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const tmp = mkdtempSync(join(tmpdir(), 'nuqta-eval-'))
  for (let k = 0; k < 5; k++) {
    const trainPath = join(tmp, `fold${k}.txt`)
    writeFileSync(
      trainPath,
      sentences
        .filter((_, i) => i % 5 !== k)
        .map((s) => s.map((t) => `${t} O`).join('\n'))
        .join('\n\n'),
    )
    const { data } = buildLexiconData({ hunspellDir: values.hunspell, anercorp: trainPath, keep })
    if (values.plain) data.runOn.plainMinCount = Number(values.plain)
    if (values.mincount) data.runOn.minCount = Number(values.mincount)
    const lex = createLexicon(data)
    for (let i = k; i < sentences.length; i += 5) {
      const s = sentences[i]
      for (let j = 0; j < s.length; j++) {
        const t = s[j]
        if (!ARABIC.test(t)) continue
        scanned++
        const sp = lex.splitRunOn(t)
        if (sp) splitsFound.push(`${t.slice(0, sp[0])}|${t.slice(sp[0])}`)
        const next = s[j + 1]
        if (next && ARABIC.test(next) && t.length + next.length >= 7 && (i / 5) % 4 === 0) {
          synthTotal++
          const got = lex.splitRunOn(t + next)
          if (got && got.length === 1 && got[0] === t.length) synthRight++
          else if (got) {
            synthWrong++
            wrongSynth.push(
              `${t}+${next}→${(t + next).slice(0, got[0])}|${(t + next).slice(got[0])}`,
            )
          }
        }
      }
    }
  }
  md.push('')
  md.push('### Run-on split')
  md.push('')
  md.push(
    `- \`الولاياتالمتحدة\` → ${JSON.stringify(shipped.splitRunOn('الولاياتالمتحدة'))} (shipped lexicon).`,
  )
  md.push(
    `- ANERcorp train, 5-fold cross-validated (counts from 4/5 of the sentences, the other 1/5 scanned): ${scanned} Arabic tokens scanned, ${splitsFound.length} split: ${splitsFound.join(' ') || 'none'}.`,
  )
  md.push(
    `- Synthetic joins (adjacent Arabic word pairs of the scanned fold, joined, ≥ 7 letters, every 4th sentence): ${synthTotal} pairs, ${synthRight} split at the right place (recall ${pct(synthRight / Math.max(1, synthTotal))}), ${synthWrong} split at a wrong place${wrongSynth.length ? `: ${wrongSynth.slice(0, 20).join(' ')}` : ''}.`,
  )
  const corpusDir = join(pkg, '..', '..', 'corpus')
  const corpusSplits = []
  let corpusTokens = 0
  const corpusFixes = []
  const corpusKept = new Set()
  for (const f of readdirSync(corpusDir).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(join(corpusDir, f), 'utf8')
    for (const t of text.split(/[^\u0621-\u064A\u0671\u064B-\u065F\u0670\u0640]+/u)) {
      if (!t) continue
      corpusTokens++
      const sp = shipped.splitRunOn(t)
      if (sp) corpusSplits.push(`${t.slice(0, sp[0])}|${t.slice(sp[0])}`)
      if (t.endsWith('\u0649')) {
        const fx = shipped.fixFinalYa(t)
        if (fx) corpusFixes.push(`${t}→${fx}`)
        else corpusKept.add(t)
      }
    }
  }
  md.push(
    `- The five corpus articles (Arabic runs only), shipped lexicon: ${corpusTokens} tokens, ${corpusSplits.length} split: ${corpusSplits.join(' ') || 'none'}.`,
  )
  md.push(`- Final-ى fixes in the corpus articles: ${corpusFixes.join(' ') || 'none'}.`)
  md.push(`- ى words kept in the corpus articles: ${[...corpusKept].join(' ') || 'none'}.`)
}
console.log(md.join('\n'))
