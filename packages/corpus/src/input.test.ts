import { gzipSync } from 'node:zlib'
import type { Message as Warning } from '@nuqta/core'
import { describe, expect, it } from 'vitest'
import { CorpusParseError } from './errors'
import { readDocuments } from './read'
import type { Document } from './types'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
const gz = (s: string): Uint8Array => new Uint8Array(gzipSync(enc(s)))
const cat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts))
const jsonl = (from: number, to: number): string =>
  Array.from(
    { length: to - from },
    (_, i) => `{"id":"d${from + i}","text":"record ${from + i}"}\n`,
  ).join('')

async function read(
  input: Uint8Array,
  options: { strict?: boolean; maxDecompressedBytes?: number } = {},
): Promise<{ docs: Document[]; warnings: Warning[]; error?: unknown }> {
  const docs: Document[] = []
  const warnings: Warning[] = []
  try {
    for await (const d of readDocuments(input, {
      clean: false,
      onWarning: (w) => warnings.push(w),
      ...options,
    }))
      docs.push(d)
  } catch (error) {
    return { docs, warnings, error }
  }
  return { docs, warnings }
}

describe('gunzip', () => {
  it('reads every document of a .gz followed by junk, and warns at the junk', async () => {
    // before: the platform gunzip threw on the junk and the tail of the documents was lost
    const file = gz(jsonl(0, 3000))
    const { docs, warnings, error } = await read(cat(file, Uint8Array.of(1, 2, 3, 4, 5)))
    expect(error).toBeUndefined()
    expect(docs).toHaveLength(3000)
    expect(docs.at(-1)?.id).toBe('d2999')
    expect(warnings.map((w) => [w.ruleId, w.byteOffset, w.severity])).toEqual([
      ['corpus/gzip-trailing-junk', file.length, 'warning'],
    ])
    // the warning travels with a document (the next one read after it was raised)
    expect(docs.flatMap((d) => d.warnings.map((w) => w.ruleId))).toEqual([
      'corpus/gzip-trailing-junk',
    ])
  })

  it('reads every member of a multi-member gzip', async () => {
    const { docs, warnings } = await read(
      cat(gz(jsonl(0, 10)), gz(jsonl(10, 20)), gz(jsonl(20, 30))),
    )
    expect(docs.map((d) => d.id)).toEqual(Array.from({ length: 30 }, (_, i) => `d${i}`))
    expect(warnings).toEqual([])
  })

  it('turns a truncated .gz into a typed problem with its offset, after the documents before it', async () => {
    // before: a raw zlib Error with no type and no offset
    const file = gz(jsonl(0, 3000))
    const cut = file.subarray(0, file.length - 200)
    const { docs, warnings, error } = await read(cut)
    expect(error).toBeUndefined()
    expect(docs.length).toBeGreaterThan(2900)
    expect(docs.slice(0, 2900).every((d, i) => d.id === `d${i}`)).toBe(true)
    const w = warnings.find((x) => x.ruleId === 'corpus/gzip-truncated')
    expect(w?.byteOffset).toBe(cut.length)
    expect(w?.severity).toBe('error')
    const strict = await read(cut, { strict: true })
    expect(CorpusParseError.isInstance(strict.error)).toBe(true)
    expect((strict.error as CorpusParseError).ruleId).toBe('corpus/gzip-truncated')
    expect(strict.docs.length).toBeGreaterThan(2900)
  })

  it('loses only the damaged member of a multi-member gzip, and names its offset', async () => {
    const a = gz(jsonl(0, 5))
    const b = gz(jsonl(5, 10))
    const c = gz(jsonl(10, 15))
    const broken = b.slice()
    broken.fill(0xff, 10, broken.length - 8) // its deflate data: an invalid block
    const { docs, warnings } = await read(cat(a, broken, c))
    const ids = docs.filter((d) => d.id.startsWith('d')).map((d) => d.id)
    expect(ids).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd10', 'd11', 'd12', 'd13', 'd14'])
    const w = warnings.find((x) => x.ruleId === 'corpus/gzip-corrupt')
    expect(w?.byteOffset).toBe(a.length)
  })

  it('reports altered gzip data that still inflates, by its CRC-32', async () => {
    const file = gz(jsonl(0, 50))
    const bad = file.slice()
    bad[bad.length - 6] = (bad[bad.length - 6] as number) ^ 1 // the stored CRC
    const { docs, warnings } = await read(bad)
    expect(docs).toHaveLength(50)
    expect(warnings.map((w) => w.ruleId)).toEqual(['corpus/gzip-corrupt'])
  })

  it('stops a gzip bomb at maxDecompressedBytes with a typed error, after the documents before it', async () => {
    // before: no limit; a small file inflating to gigabytes exhausted the heap
    const bomb = cat(gz(jsonl(0, 100)), gz(' '.repeat(4 << 20)))
    const { docs, error } = await read(bomb, { maxDecompressedBytes: 1 << 20 })
    expect(CorpusParseError.isInstance(error)).toBe(true)
    expect((error as CorpusParseError).ruleId).toBe('corpus/gzip-too-large')
    expect(docs.map((d) => d.id)).toEqual(Array.from({ length: 100 }, (_, i) => `d${i}`))
  })
})
