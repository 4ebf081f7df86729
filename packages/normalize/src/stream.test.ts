import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NormalizeTypeError } from './errors'
import { normalize } from './normalize'
import { normalizeChunks, normalizeStream } from './stream'
import type { NormalizeOptions, ProfileName } from './types'

const article = readFileSync(
  new URL('../../../corpus/002_eeba4e392e01ed39.txt', import.meta.url),
  'utf8',
)

function chunksOf(s: string, size: number): string[] {
  const out: string[] = []
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size))
  return out
}

describe('normalizeChunks', () => {
  it('gives exactly the whole-string result for any chunk size', async () => {
    for (const size of [1, 7, 100, 4096]) {
      for (const p of ['display', 'search', 'camel', 'lucene'] as const) {
        let out = ''
        for await (const piece of normalizeChunks(chunksOf(article, size), p)) out += piece
        expect(out).toBe(normalize(article, p))
      }
    }
  })
  it('accepts async iterables', async () => {
    async function* gen() {
      yield 'حدودها '
      yield '، بينما\n'
    }
    const pieces: string[] = []
    for await (const p of normalizeChunks(gen())) pieces.push(p)
    expect(pieces.join('')).toBe('حدودها، بينما\n')
  })
  it('cuts very long lines between words', async () => {
    const line = 'كلمة '.repeat(40000)
    const pieces: string[] = []
    for await (const p of normalizeChunks(chunksOf(line, 1000), 'search')) pieces.push(p)
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces.join('')).toBe(normalize(line, 'search'))
  })
  it('cuts long lines between words with the same result in every profile', async () => {
    const line = `${article.replaceAll('\n', ' ')} `.repeat(40)
    expect(line.length).toBeGreaterThan(70_000)
    const lexicon = (await import('./lexicon-data')).arabicLexicon
    const all: (ProfileName | NormalizeOptions)[] = [
      'display',
      'search',
      'camel',
      'lucene',
      { profile: 'display', lexicon },
    ]
    for (const p of all) {
      const pieces: string[] = []
      for await (const piece of normalizeChunks(chunksOf(line, 997), p)) pieces.push(piece)
      expect(pieces.length).toBeGreaterThan(1)
      expect(pieces.join('')).toBe(normalize(line, p))
    }
  })
  it('rejects chunks that are not strings', async () => {
    const run = async () => {
      for await (const _ of normalizeChunks([1 as unknown as string])) void _
    }
    await expect(run()).rejects.toThrow(NormalizeTypeError)
  })
})

describe('normalizeStream', () => {
  it('pipes a stream of strings to the whole-string result', async () => {
    const input = new ReadableStream<string>({
      start(c) {
        for (const ch of chunksOf(article, 33)) c.enqueue(ch)
        c.close()
      },
    })
    let out = ''
    const reader = input.pipeThrough(normalizeStream('search')).getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      out += value
    }
    expect(out).toBe(normalize(article, 'search'))
  })
})
