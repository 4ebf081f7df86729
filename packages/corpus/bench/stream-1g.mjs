// Stream 1 GiB of JSONL, generated on the fly as a ReadableStream (never written to disk), through
// readDocuments, and report the peak resident set size.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const corpusDir = join(here, '..', '..', '..', 'corpus')
const { readDocuments } = await import(join(here, '..', 'dist', 'index.js'))
const texts = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
const enc = new TextEncoder()
const lines = texts.map((t, i) => enc.encode(`${JSON.stringify({ id: `doc-${i}`, text: t })}\n`))
const TOTAL = 2 ** 30
let produced = 0
let k = 0
const stream = new ReadableStream({
  pull(controller) {
    if (produced >= TOTAL) return controller.close()
    const parts = []
    let n = 0
    while (n < 1 << 16) {
      const l = lines[k++ % lines.length]
      parts.push(l)
      n += l.length
    }
    const chunk = new Uint8Array(n)
    let o = 0
    for (const p of parts) {
      chunk.set(p, o)
      o += p.length
    }
    produced += n
    controller.enqueue(chunk)
  },
})
let docs = 0
let peak = 0
const t0 = performance.now()
for await (const d of readDocuments(stream, { clean: false })) {
  docs++
  if ((docs & 4095) === 0) peak = Math.max(peak, process.memoryUsage().rss)
  if (d.text.length === 0) throw new Error('empty document')
}
const ms = performance.now() - t0
// The kernel's high-water mark of this process's memory (VmHWM). Not resourceUsage().maxRSS: Linux
// carries that across exec, so a child spawned by a big parent would report the parent's peak.
const hwm = /VmHWM:\s*(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024)
console.log(
  JSON.stringify({
    bytes: produced,
    docs,
    ms: Math.round(ms),
    mbPerSec: +(produced / 1048576 / (ms / 1000)).toFixed(1),
    peakRssMiB: Math.round(peak / 1048576),
  }),
)
