// Deterministic benchmark input generated from the repository's corpus/ (never from the network):
// JSON lines of news documents made by mixing the five articles' paragraphs and words, with exact
// and near duplicates and a few site template lines, until the file reaches the wanted size.
// Usage: node bench/generate.mjs <out.jsonl> <megabytes>
import { createWriteStream, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const corpusDir = fileURLToPath(new URL('../../../corpus/', import.meta.url))

/** Mulberry32: a small seeded PRNG, so the same size gives the same bytes. */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export async function generate(out, megabytes, seed = 42) {
  const articles = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
  const paragraphs = articles.flatMap((a) => a.split('\n').filter((p) => p.trim().length > 20))
  const words = [
    ...new Set(
      articles
        .join(' ')
        .split(/\s+/u)
        .filter((w) => w.length > 1),
    ),
  ]
  const templates = [
    'تابعونا على وسائل التواصل الاجتماعي',
    'Share this article',
    'جميع الحقوق محفوظة',
  ]
  const rand = prng(seed)
  const pick = (arr) => arr[Math.floor(rand() * arr.length)]
  const mutate = (p) =>
    p
      .split(' ')
      .map((w) => (rand() < 0.08 ? pick(words) : w))
      .join(' ')
  const stream = createWriteStream(out)
  const target = megabytes * 1e6
  const recent = []
  let bytes = 0
  let n = 0
  while (bytes < target) {
    let text
    const r = rand()
    if (r < 0.05 && recent.length) text = pick(recent)
    else if (r < 0.15 && recent.length)
      text = pick(recent)
        .split('\n')
        .map((p) => (rand() < 0.3 ? mutate(p) : p))
        .join('\n')
    else {
      const k = 4 + Math.floor(rand() * 10)
      const ps = []
      for (let i = 0; i < k; i++) ps.push(mutate(pick(paragraphs)))
      if (rand() < 0.3) ps.push(pick(templates))
      text = ps.join('\n')
      if (recent.length < 200) recent.push(text)
      else recent[Math.floor(rand() * 200)] = text
    }
    const line = `${JSON.stringify({ id: `bench-${n}`, title: `Story ${n}`, date: '2022-03-30', text })}\n`
    n++
    bytes += Buffer.byteLength(line)
    if (!stream.write(line)) await new Promise((resolve) => stream.once('drain', resolve))
  }
  await new Promise((resolve) => stream.end(resolve))
  return { documents: n, bytes }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, mb] = process.argv.slice(2)
  const r = await generate(out, Number(mb ?? 500))
  console.log(`${out}: ${r.documents} documents, ${(r.bytes / 1e6).toFixed(1)} MB`)
}
