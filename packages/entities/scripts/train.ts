// Train the Arabic tagger (pnpm --filter @nuqta/entities train):
//   tsx scripts/train.ts                   final model: all of the train split -> data/ar-tagger.json
//   tsx scripts/train.ts --dev             tuning: train on the first 90 %, score the last 10 % per epoch
//   tsx scripts/train.ts --dev --groups -ngrams,-cues   ablation of feature groups on the dev slice
// Only the ANERcorp TRAIN split is read; the test split is scored by scripts/eval.ts.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ALL_GROUPS, type FeatureGroups, sentenceFeatures } from '../src/features'
import type { TaggerModel } from '../src/model'
import { trainModel } from '../src/model-train'
import { L, marginals, viterbi } from '../src/perceptron'
import { tagWords } from '../src/tagger'
import { spanScores, spansOf } from '../src/tagger-conll'
import { ATTRIBUTION, dataDir, loadDictionary, loadExternal, readCorpus, TRAIN } from './train-data'

const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    epochs: { type: 'string', default: '8' },
    seed: { type: 'string', default: '1' },
    groups: { type: 'string', default: '' },
    prune: { type: 'string', default: '0' },
    'hide-rare': { type: 'string', default: '1' },
    temperature: { type: 'string', default: '24' },
    out: { type: 'string' },
  },
})
const groups: FeatureGroups = { ...ALL_GROUPS }
for (const g of values.groups.split(',').filter(Boolean)) {
  const name = g.replace(/^[-+]/u, '') as keyof FeatureGroups
  if (!(name in groups)) throw new Error(`unknown feature group ${name}`)
  groups[name] = !g.startsWith('-')
}
const all = readCorpus(TRAIN)
const cut = Math.floor(all.length * 0.9)
const sentences = values.dev ? all.slice(0, cut) : all
const dev = all.slice(cut)
const t0 = performance.now()

/** Brier score of span confidences (1 = exact gold span) on the dev slice, per temperature. */
function calibrate(m: TaggerModel): void {
  const rows: string[] = []
  for (const T of [1, 2, 4, 8, 16, 32, 64]) {
    let brier = 0
    let count = 0
    let conf = 0
    for (const s of dev) {
      const n = s.words.length
      const emit = m.emissions(sentenceFeatures(s.words, m.resources, m.groups))
      const path = viterbi(emit, m.trans, m.start, n)
      const mg = marginals(
        emit.map((v) => v / T),
        m.trans.map((v) => v / T),
        m.start.map((v) => v / T),
        n,
      )
      const labels = Array.from(path, (y) => m.labels[y] as string)
      const gold = new Set(spansOf(s.tags).map((x) => `${x.type}:${x.start}:${x.end}`))
      for (const x of spansOf(labels)) {
        let c = 1
        for (let k = x.start; k < x.end; k++)
          c = Math.min(c, mg[k * L + (path[k] as number)] as number)
        const ok = gold.has(`${x.type}:${x.start}:${x.end}`) ? 1 : 0
        brier += (c - ok) ** 2
        conf += c
        count++
      }
    }
    rows.push(
      `T=${T}: Brier ${(brier / count).toFixed(4)} mean confidence ${(conf / count).toFixed(3)}`,
    )
  }
  console.log(rows.join('\n'))
}
const data = trainModel({
  sentences,
  external: loadExternal(),
  dictionary: loadDictionary(),
  groups,
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  prune: Number(values.prune),
  hideRare: Number(values['hide-rare']),
  temperature: Number(values.temperature),
  attribution: ATTRIBUTION,
  onEpoch: values.dev
    ? (epoch, model) => {
        const m = model()
        const pred = dev.map((s) => tagWords(s.words, m).labels)
        const sc = spanScores(
          dev.map((s) => s.tags),
          pred,
        )
        const f = (k: string) => sc[k]?.f1.toFixed(1)
        if (epoch === Number(values.epochs)) calibrate(m)
        console.log(
          `epoch ${epoch}: dev F1 ${f('ALL')} (PLO ${f('PLO')}; PERS ${f('PERS')} LOC ${f('LOC')} ORG ${f('ORG')} MISC ${f('MISC')}) P ${sc.ALL?.precision.toFixed(1)} R ${sc.ALL?.recall.toFixed(1)}  ${((performance.now() - t0) / 1000).toFixed(0)}s`,
        )
      }
    : undefined,
})
const json = `${JSON.stringify(data)}\n`
if (!values.dev || values.out) {
  const out = values.out ?? join(dataDir, 'ar-tagger.json')
  writeFileSync(out, json)
  console.log(`wrote ${out}: ${(json.length / 1e6).toFixed(2)} MB`)
}
console.log(
  `${sentences.length} sentences, ${data.keys.length} key chars, ${((performance.now() - t0) / 1000).toFixed(1)}s`,
)
