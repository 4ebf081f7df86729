// Streaming dedup of a JSONL corpus in a fresh process: read one document at a time, add it,
// keep nothing but the index. Prints JSON with the result and the peak RSS of this process.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs'
import { Deduplicator } from '../dist/index.js'

const [file, threshold = '0.8'] = process.argv.slice(2)
const d = new Deduplicator({ threshold: Number(threshold) })
let docs = 0
let matched = 0
let sampledPeak = 0
/** Peak RSS of this process: Linux VmHWM (reset at exec, unlike getrusage's maxRSS, which a
 * child inherits from its parent across fork + exec), else the highest sampled RSS. */
function peakRssMB() {
  try {
    const m = /VmHWM:\s+(\d+) kB/u.exec(readFileSync('/proc/self/status', 'utf8'))
    if (m) return Number(m[1]) / 1024
  } catch {}
  return sampledPeak / 1048576
}
const t0 = performance.now()
/** Lines of a UTF-8 file, read 64 KB at a time (no read-ahead beyond one chunk). */
function* lines(path) {
  const fd = openSync(path, 'r')
  const chunk = Buffer.alloc(1 << 16)
  const decoder = new TextDecoder()
  let rest = ''
  try {
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n === 0) break
      const parts = (rest + decoder.decode(chunk.subarray(0, n), { stream: true })).split('\n')
      rest = parts.pop() ?? ''
      yield* parts
    }
    rest += decoder.decode()
    if (rest) yield rest
  } finally {
    closeSync(fd)
  }
}

for (const line of lines(file)) {
  if (!line) continue
  const { id, text } = JSON.parse(line)
  if (d.add({ id, text }).length) matched++
  docs++
  if (docs % 500 === 0) sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)
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
    peakRssMB: peakRssMB(),
    sampledPeakRssMB: Math.max(sampledPeak, process.memoryUsage().rss) / 1048576,
  }),
)
