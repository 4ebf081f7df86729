// Benchmark and quality measures of cleaning (mojibake repair + boilerplate), on deterministic inputs
// generated from corpus/ and the evaluation sets in test/cleaning/. Writes bench/clean-results.json.
// Run: `node bench/clean.mjs` (bench/run.mjs calls it). It bundles src/clean.ts with esbuild, so it
// measures the source as it is, whatever the package's public entry re-exports.
// Optional baseline: FTFY_JS_DIR=<dir containing node_modules/ftfy-js> also measures ftfy-js 6.3.2.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const here = dirname(fileURLToPath(import.meta.url))
const pkg = join(here, '..')
const corpusDir = join(pkg, '..', '..', 'corpus')

const bundled = await build({
  entryPoints: [join(pkg, 'src', 'clean.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
})
const src = `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
const { cleanText, repairMojibake, classifyLines } = await import(src)
const { makeMojibakeCases, asCp1252 } = await import(
  pathToFileURL(join(pkg, 'test', 'cleaning', 'eval', 'mojibake-cases.mjs')).href
)

const article = Object.fromEntries(
  readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f.slice(0, 3), readFileSync(join(corpusDir, f), 'utf8')]),
)
const utf8 = (s) => new TextEncoder().encode(s)
const repeatTo = (s, chars) => s.repeat(Math.ceil(chars / s.length))

/** Best of `runs` timings (after one warm-up), in chars per second of wall and of CPU time. */
function speed(fn, input, runs = 5) {
  fn(input)
  let bestWall = Number.POSITIVE_INFINITY
  let bestCpu = Number.POSITIVE_INFINITY
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    fn(input)
    const wall = (performance.now() - t0) / 1000
    const c = process.cpuUsage(c0)
    bestWall = Math.min(bestWall, wall)
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6)
  }
  return {
    chars: input.length,
    mCharsPerSecWall: +(input.length / bestWall / 1e6).toFixed(2),
    mCharsPerCpuSec: +(input.length / bestCpu / 1e6).toFixed(2),
  }
}

// --- inputs --------------------------------------------------------------------------------
const cleanText4 = ['000', '001', '002', '003'].map((k) => article[k]).join('\n')
const cleanInput = repeatTo(cleanText4, 8_000_000)
const arabicBroken = repeatTo(
  ['000', '001', '002'].map((k) => asCp1252(utf8(article[k]))).join('\n'),
  2_000_000,
)
const englishBroken = repeatTo(asCp1252(utf8(article['003'])), 2_000_000)
// partial mojibake: every fourth word of clean text broken (the word-by-word path, no whole-line shortcut)
const partialBroken = repeatTo(
  cleanText4
    .split(' ')
    .map((w, i) => (i % 4 === 1 ? asCp1252(utf8(w)) : w))
    .join(' '),
  2_000_000,
)
const allFive = repeatTo(Object.values(article).join('\n'), 2_000_000)
const cp1252Run = /[\u0080-\u00ff]{2,}/u

const results = {
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    date: new Date().toISOString(),
    loadavg: loadavg().map((x) => +x.toFixed(2)),
  },
  speed: {
    cleanScan: speed((s) => repairMojibake(s), cleanInput, 7),
    baselineSingleRegexScan: speed((s) => cp1252Run.test(s), cleanInput, 7),
    fullRepairArabic: speed((s) => repairMojibake(s), arabicBroken, 3),
    fullRepairEnglish: speed((s) => repairMojibake(s), englishBroken, 3),
    partialRepairMixed: speed((s) => repairMojibake(s), partialBroken, 3),
    cleanTextCorpus: speed((s) => cleanText(s), allFive, 3),
  },
}

// --- quality: ftfy's public test cases ------------------------------------------------------
const ftfyDir = join(pkg, 'test', 'cleaning', 'fixtures', 'ftfy')
const ftfyFiles = ['in-the-wild', 'synthetic', 'language-names', 'negative', 'known-failures']
const ftfyCases = Object.fromEntries(
  ftfyFiles.map((f) => [f, JSON.parse(readFileSync(join(ftfyDir, `${f}.json`), 'utf8'))]),
)
const target = (c) => c['fixed-encoding'] ?? c.fixed
function ftfyScore(fix) {
  const out = {}
  for (const f of ftfyFiles) {
    const cases = ftfyCases[f]
    out[f] = `${cases.filter((c) => fix(c.original) === target(c)).length}/${cases.length}`
  }
  return out
}
results.ftfyCases = { nuqta: ftfyScore((s) => repairMojibake(s).text) }

// --- quality: mojibake evaluation set -------------------------------------------------------
const cases = makeMojibakeCases({
  arabic: [article['000'], article['001'], article['002']],
  english: [article['003']],
})
function mojibakeQuality(fix) {
  const families = {}
  let changed = 0
  let changedRight = 0
  let broken = 0
  let fixed = 0
  let cleanTotal = 0
  let cleanTouched = 0
  for (const c of cases) {
    const out = fix(c.input)
    families[c.family] ??= { cases: 0, exact: 0 }
    const f = families[c.family]
    f.cases++
    if (out === c.expected) f.exact++
    if (out !== c.input) {
      changed++
      if (out === c.expected) changedRight++
    }
    if (c.family === 'clean') {
      cleanTotal++
      if (out !== c.input) cleanTouched++
    } else {
      broken++
      if (out === c.expected) fixed++
    }
  }
  return {
    cases: cases.length,
    precision: +(changedRight / Math.max(1, changed)).toFixed(3),
    recall: +(fixed / broken).toFixed(3),
    cleanTouched: `${cleanTouched}/${cleanTotal}`,
    families,
  }
}
results.mojibakeEval = { nuqta: mojibakeQuality((s) => repairMojibake(s).text) }

// --- quality: boilerplate evaluation set ----------------------------------------------------
const readEndings = (name) =>
  JSON.parse(readFileSync(join(pkg, 'test', 'cleaning', 'eval', name), 'utf8'))
function boilerplateQuality(endings) {
  const byLang = {}
  const total = { tp: 0, fp: 0, fn: 0, lines: 0 }
  const misses = []
  for (const c of endings) {
    const spans = classifyLines(c.lines.join('\n'))
    let offset = 0
    c.lines.forEach((line, i) => {
      const end = offset + line.length
      const flagged = spans.some(
        (s) => s.label === 'boilerplate' && s.start >= offset && s.end <= end,
      )
      const gold = c.boilerplate.includes(i)
      byLang[c.lang] ??= { tp: 0, fp: 0, fn: 0, lines: 0 }
      const bucket = byLang[c.lang]
      for (const b of [bucket, total]) {
        b.lines++
        if (flagged && gold) b.tp++
        else if (flagged) b.fp++
        else if (gold) b.fn++
      }
      if (flagged !== gold) misses.push(`${c.id}#${i}: ${flagged ? 'false positive' : 'missed'}`)
      offset = end + 1
    })
  }
  const pr = (b) => ({
    ...b,
    precision: b.tp + b.fp === 0 ? null : +(b.tp / (b.tp + b.fp)).toFixed(3),
    recall: b.tp + b.fn === 0 ? null : +(b.tp / (b.tp + b.fn)).toFixed(3),
  })
  return {
    cases: endings.length,
    all: pr(total),
    byLang: Object.fromEntries(Object.entries(byLang).map(([k, v]) => [k, pr(v)])),
    misses,
  }
}
results.boilerplateEval = {
  development: boilerplateQuality(readEndings('endings.json')),
  heldOut: boilerplateQuality(readEndings('endings-heldout.json')),
}

// --- optional baseline: ftfy-js (not a dependency; see CLEANING.md) -------------------------
if (process.env.FTFY_JS_DIR) {
  const require = createRequire(join(process.env.FTFY_JS_DIR, 'index.js'))
  const ftfy = require('ftfy-js')
  results.ftfyCases['ftfy-js 6.3.2 fix_encoding'] = ftfyScore((s) => ftfy.fix_encoding(s))
  results.mojibakeEval['ftfy-js 6.3.2 fix_encoding'] = mojibakeQuality((s) => ftfy.fix_encoding(s))
  results.speed['ftfy-js fix_encoding clean'] = speed((s) => ftfy.fix_encoding(s), cleanInput, 3)
  results.speed['ftfy-js fix_encoding arabic broken'] = speed(
    (s) => ftfy.fix_encoding(s),
    arabicBroken,
    3,
  )
  const line004 = article['004'].slice(0, article['004'].indexOf('\n'))
  results.ftfyJsLeaves004Unchanged = ftfy.fix_text(line004) === line004
}

const out = join(here, 'clean-results.json')
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
// keep the committed file in the repository's format (biome formats JSON too)
try {
  execFileSync(join(pkg, '..', '..', 'node_modules', '.bin', 'biome'), ['format', '--write', out], {
    stdio: 'ignore',
  })
} catch {
  // formatting is cosmetic; the numbers are written either way
}
const s = results.speed
console.log(
  `clean: scan ${s.cleanScan.mCharsPerSecWall} M chars/s (regex baseline ${s.baselineSingleRegexScan.mCharsPerSecWall}), full repair ar ${s.fullRepairArabic.mCharsPerSecWall} / en ${s.fullRepairEnglish.mCharsPerSecWall} / partial ${s.partialRepairMixed.mCharsPerSecWall} M chars/s, cleanText ${s.cleanTextCorpus.mCharsPerSecWall} M chars/s → bench/clean-results.json`,
)
