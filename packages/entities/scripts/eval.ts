// Score the shipped (or a given) tagger model (pnpm --filter @nuqta/entities eval):
//   tsx scripts/eval.ts                       ANERcorp test split + NewsFANE, data/ar-tagger.json
//   tsx scripts/eval.ts --model m.json --dev  the dev slice (last 10 % of train) instead of test
// CoNLL strict span F1. The test split is scored once per final model; tuning uses --dev.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createTaggerModel } from '../src/model'
import { tagWords } from '../src/tagger'
import { type ConllSentence, type Score, spanScores } from '../src/tagger-conll'
import { dataDir, NEWSFANE, readCorpus, TEST, TRAIN } from './train-data'

const { values } = parseArgs({
  options: {
    model: { type: 'string', default: join(dataDir, 'ar-tagger.json') },
    dev: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
})
const model = createTaggerModel(JSON.parse(readFileSync(values.model, 'utf8')))

// NewsFANE fine-grained classes → this project's types (data/README.md); the rest is not an entity
const PERSON =
  'Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer Engineer Group'
const LOCATION =
  'Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent Water-Body Land-Region-Natural Celestial'
const FACILITY = 'Building-Grounds Airport Path Subarea-Facility'
const ORGANIZATION =
  'Non-Governmental Sports Media Government Commercial Educational Police Religious_ORG Entertainment Medical-Science'
function coarse(facilities: boolean): Map<string, string> {
  const m = new Map<string, string>()
  for (const c of PERSON.split(' ')) m.set(c, 'PERS')
  for (const c of LOCATION.split(' ')) m.set(c, 'LOC')
  if (facilities) for (const c of FACILITY.split(' ')) m.set(c, 'LOC')
  for (const c of ORGANIZATION.split(' ')) m.set(c, 'ORG')
  return m
}
function mapTags(sents: ConllSentence[], map: Map<string, string>): ConllSentence[] {
  return sents.map((s) => ({
    words: s.words,
    tags: s.tags.map((t) => {
      const c = t.length > 2 ? map.get(t.slice(2)) : undefined
      return c ? `${t.slice(0, 2)}${c}` : 'O'
    }),
  }))
}

function run(name: string, sents: ConllSentence[], dropMisc: boolean): Record<string, Score> {
  const t0 = performance.now()
  const pred = sents.map((s) => {
    const labels = tagWords(s.words, model).labels
    return dropMisc ? labels.map((l) => (l.endsWith('MISC') ? 'O' : l)) : labels
  })
  const ms = performance.now() - t0
  const tokens = sents.reduce((n, s) => n + s.words.length, 0)
  const sc = spanScores(
    sents.map((s) => s.tags),
    pred,
  )
  const f = (k: string) =>
    `${k} ${sc[k]?.f1.toFixed(1)} (P ${sc[k]?.precision.toFixed(1)} R ${sc[k]?.recall.toFixed(1)})`
  console.log(`${name}: ${['ALL', 'PLO', 'PERS', 'LOC', 'ORG', 'MISC'].map(f).join(' | ')}`)
  console.log(
    `  ${tokens} tokens in ${ms.toFixed(0)} ms (${((tokens / ms) * 1000).toFixed(0)} tokens/s)`,
  )
  return sc
}

const results: Record<string, Record<string, Score>> = {}
if (values.dev) {
  const all = readCorpus(TRAIN)
  results.dev = run(
    'dev slice (last 10 % of train)',
    all.slice(Math.floor(all.length * 0.9)),
    false,
  )
} else {
  results.anercorpTest = run('ANERcorp test', readCorpus(TEST), false)
  const fane = readCorpus(NEWSFANE, 200)
  results.newsfane = run('NewsFANE (no facilities)', mapTags(fane, coarse(false)), true)
  results.newsfaneFacilities = run(
    'NewsFANE (facilities as LOC)',
    mapTags(fane, coarse(true)),
    true,
  )
}
if (values.out) writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`)
