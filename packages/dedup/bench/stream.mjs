// Streaming dedup of a JSONL corpus in a fresh process: read one document at a time, add it,
// keep nothing but the index. Prints JSON with the result and the peak RSS of this process.
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { Deduplicator } from '../dist/index.js'

const [file, threshold = '0.8'] = process.argv.slice(2)
const d = new Deduplicator({ threshold: Number(threshold) })
let docs = 0
let matched = 0
const t0 = performance.now()
for await (const line of createInterface({
  input: createReadStream(file),
  crlfDelay: Number.POSITIVE_INFINITY,
})) {
  if (!line) continue
  const { id, text } = JSON.parse(line)
  if (d.add(id, text).length) matched++
  docs++
}
const clusters = d.clusters()
const seconds = (performance.now() - t0) / 1000
process.stdout.write(
  JSON.stringify({
    docs,
    matched,
    clusters: clusters.length,
    duplicates: d.duplicates().length,
    seconds,
    docsPerSecond: docs / seconds,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
)
