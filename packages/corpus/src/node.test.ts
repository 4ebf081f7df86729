import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Message } from '@nuqta/core'
import { describe, expect, it } from 'vitest'
import { UnknownFormatError } from './errors'
import * as nodeApi from './node'
import { listFiles, readCorpus } from './node'
import type { Document } from './types'

const CORPUS = join(__dirname, '..', '..', '..', 'corpus')

async function all(it: AsyncIterable<Document>): Promise<Document[]> {
  const out: Document[] = []
  for await (const d of it) out.push(d)
  return out
}

describe('readCorpus', () => {
  it('reads the corpus articles as five documents with the right ids and languages', async () => {
    const docs = await all(readCorpus(join(CORPUS, '*.txt')))
    expect(docs.map((d) => [d.id, d.lang, d.source.sequence])).toEqual([
      ['2ebe46256eaab40f', 'ar', 0],
      ['e75b328f788e6d68', 'ar', 1],
      ['eeba4e392e01ed39', 'ar', 2],
      ['7c0fd61f95ef5008', 'en', 3],
      ['695144b365cffb87', 'ar', 4],
    ])
    for (const d of docs)
      expect(d.source).toMatchObject({ format: 'text', encoding: 'utf-8', hash: d.id })
  })

  it('walks folders and skips unknown files with a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nuqta-corpus-'))
    writeFileSync(join(dir, 'a.jsonl'), '{"id":"1","text":"one"}\n{"id":"2","text":"two"}\n')
    writeFileSync(join(dir, 'b.bin'), new Uint8Array([0, 1, 2, 3, 4, 5, 0, 0, 0, 7, 8, 9]))
    const seen: Message[] = []
    const docs = await all(readCorpus(dir, { onWarning: (w) => seen.push(w) }))
    expect(docs.map((d) => d.id)).toEqual(['1', '2'])
    expect(seen[0]).toMatchObject({ ruleId: 'corpus/unknown-format', file: join(dir, 'b.bin') })
    await expect(all(readCorpus(join(dir, 'b.bin')))).rejects.toSatisfy((e: unknown) =>
      UnknownFormatError.isInstance(e),
    )
  })
})

describe('listFiles', () => {
  it('expands globs with *, ?, [..], {a,b} and **', async () => {
    const files = await listFiles(join(CORPUS, '00[0-2]_*.{txt,md}'))
    expect(files.map((f) => f.slice(-24))).toEqual([
      '000_2ebe46256eaab40f.txt',
      '001_e75b328f788e6d68.txt',
      '002_eeba4e392e01ed39.txt',
    ])
    expect(await listFiles(join(CORPUS, '..', 'corpus', '**', '00?_*.txt'))).toHaveLength(5)
  })
})

describe('@nuqta/corpus/node exports', () => {
  it('exports exactly this list', () => {
    expect(Object.keys(nodeApi).sort()).toEqual(['listFiles', 'readCorpus'])
  })
})
