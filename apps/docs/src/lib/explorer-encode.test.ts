import { readDocuments } from '@nuqta/corpus'
import { describe, expect, it } from 'vitest'
import { articles } from './corpus'
import {
  type ExplorerEncoding,
  encode1256,
  encodeText,
  encodeUtf16le,
  expectedEncoding,
  unencodable1256,
} from './explorer-encode'

async function readOne(bytes: Uint8Array) {
  for await (const doc of readDocuments(bytes)) return doc
  throw new Error('no document')
}

describe('encode1256', () => {
  it('writes Arabic letters with the Windows-1256 bytes and refuses what it cannot hold', () => {
    expect([...(encode1256('قال الرئيس') ?? [])]).toEqual([
      0xde, 0xc7, 0xe1, 0x20, 0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3,
    ])
    expect(encode1256('price: 5€')).toEqual(
      new Uint8Array([...'price: 5'].map((c) => c.charCodeAt(0)).concat(0x80)),
    )
    expect(encode1256('日本')).toBeUndefined()
  })
})

describe('unencodable1256', () => {
  it('names the first character Windows-1256 has no byte for', () => {
    expect(unencodable1256('سلام')).toBeUndefined()
    expect(unencodable1256('سلام Â ok')).toBe('Â')
  })
})

describe('encodeUtf16le', () => {
  it('writes little-endian code units, surrogate pairs as two units', () => {
    expect([...encodeUtf16le('aب😀')]).toEqual([0x61, 0, 0x28, 0x06, 0x3d, 0xd8, 0x00, 0xde])
  })
})

describe('encodeText', () => {
  it('adds the byte-order marks', () => {
    expect([...(encodeText('a', 'utf-8-bom') ?? [])]).toEqual([0xef, 0xbb, 0xbf, 0x61])
    expect([...(encodeText('a', 'utf-16le') ?? [])]).toEqual([0xff, 0xfe, 0x61, 0])
    expect([...(encodeText('é', 'utf-8') ?? [])]).toEqual([0xc3, 0xa9])
  })

  it('gives bytes that @nuqta/corpus detects and reads back as the UTF-8 text (Arabic articles)', async () => {
    const arabic = articles.filter((a) => a.id !== '003')
    expect(arabic.length).toBe(4)
    for (const article of arabic) {
      const reference = await readOne(new TextEncoder().encode(article.text))
      for (const encoding of Object.keys(expectedEncoding) as ExplorerEncoding[]) {
        const bytes = encodeText(article.text, encoding)
        if (bytes === undefined) {
          expect(encoding).toBe('windows-1256')
          continue
        }
        const doc = await readOne(bytes)
        expect(doc.source.encoding, `${article.id} ${encoding}`).toBe(expectedEncoding[encoding])
        expect(doc.text).toBe(reference.text)
      }
    }
  })
})
