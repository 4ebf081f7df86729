#!/usr/bin/env node
// Rebuild data/ar-final-ya.json and data/ar-word-counts.json (run by hand; see data/README.md):
//   apt-get install hunspell-ar
//   node scripts/build-lexicon.mjs --hunspell /usr/share/hunspell \
//     --anercorp <path>/ANERcorp-CamelLabSplit-reconstructed.train.txt
// Only the ANERcorp TRAIN split may be given; the test split is held out for evaluation.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildLexiconData } from './lexicon-builder.mjs'

const { values } = parseArgs({
  options: {
    hunspell: { type: 'string', default: '/usr/share/hunspell' },
    anercorp: { type: 'string' },
    out: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
})
if (!values.anercorp) {
  console.error(
    'usage: build-lexicon.mjs --anercorp <ANERcorp train file> [--hunspell dir] [--out dir]',
  )
  process.exit(2)
}
if (/test/iu.test(values.anercorp)) {
  console.error('refusing to build from a test split')
  process.exit(2)
}
const here = dirname(fileURLToPath(import.meta.url))
const outDir = values.out ?? join(here, '..', 'data')
const keep = readFileSync(join(here, '..', 'data', 'maqsura-keep.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
const { data, stats } = buildLexiconData({
  hunspellDir: values.hunspell,
  anercorp: values.anercorp,
  keep,
})
// Two files, two licences: Ayaspell-derived forms (MPL 1.1) and ANERcorp counts (CC BY-SA 4.0).
const finalYa = `${JSON.stringify(data.finalYa)}\n`
const runOn = `${JSON.stringify(data.runOn)}\n`
writeFileSync(join(outDir, 'ar-final-ya.json'), finalYa)
writeFileSync(join(outDir, 'ar-word-counts.json'), runOn)
const { dropped, added, ...rest } = stats
console.log({
  ...rest,
  dropped: dropped.length,
  added: added.length,
  finalYaBytes: Buffer.byteLength(finalYa),
  runOnBytes: Buffer.byteLength(runOn),
})
if (values.verbose) console.log({ dropped, added })
