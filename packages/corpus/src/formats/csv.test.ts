import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readDocuments } from '../read'
import type { Document } from '../types'
import { CsvParser, detectCsvDelimiter } from './csv'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

async function read(input: Parameters<typeof readDocuments>[0], options = {}): Promise<Document[]> {
  const out: Document[] = []
  for await (const d of readDocuments(input, { clean: false, ...options })) out.push(d)
  return out
}

/** Every record of `text` fed to one parser in pieces cut at `cuts`. */
function parseInPieces(text: string, cuts: number[]): string[][] {
  const p = new CsvParser(0x2c)
  const out: string[][] = []
  let at = 0
  for (const c of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b)) {
    for (const r of p.feed(text.slice(at, c))) out.push(r.fields)
    at = c
  }
  for (const r of p.feed(text.slice(at))) out.push(r.fields)
  const last = p.end()
  if (last) out.push(last.fields)
  return out
}

describe('CsvParser', () => {
  it('reads a field of tens of MB delivered in small chunks, with newlines and doubled quotes', async () => {
    // about 32 MB of text; before the parser kept its state across chunks, each 8 KiB chunk made
    // it parse the open record again from its start (quadratic: this test did not finish)
    const unit = 'قال "المتحدث" إن المحادثات ستستأنف.\nTalks "resume" today; "quote"\r\n'
    const value = unit.repeat(Math.ceil((32 << 20) / enc(unit).length / 1.3))
    const csv = `id,text\r\n1,"${value.replaceAll('"', '""')}"\r\n2,after\r\n`
    const bytes = enc(csv)
    const docs = await read(chunksOf(bytes, 8192), { format: 'csv' })
    expect(docs).toHaveLength(2)
    const first = docs[0] as Document
    expect(first.id).toBe('1')
    expect(first.warnings).toEqual([])
    expect(first.text.length).toBeGreaterThan(0)
    expect(docs[1]?.text).toBe('after')
    expect(docs[1]?.source.byteOffset).toBe(bytes.length - enc('2,after\r\n').length)
    expect(docs[1]?.source.line).toBe(3 + value.split('\n').length - 1)
    // the exact value, parsed from 8 KiB pieces of text
    const p = new CsvParser(0x2c)
    const records = []
    for (let i = 0; i < csv.length; i += 8192) records.push(...p.feed(csv.slice(i, i + 8192)))
    expect(p.end()).toBeUndefined()
    expect(records.map((r) => r.fields.length)).toEqual([2, 2, 2])
    expect(records[1]?.fields[1] === value).toBe(true)
    expect(records[2]?.fields).toEqual(['2', 'after'])
  })

  it('stays correct on many quote near-matches split across chunks', () => {
    // doubled quotes, a quote before the delimiter, quotes that only start a field, an unclosed one
    const tricky = '"""",""""""""' + ',"a""b"" c"",d","x" y,z\n"x" y,"q"\r\n"open ""'
    const many = '"'.repeat(20001)
    const text = `${tricky}${many}`
    const whole = parseInPieces(text, [])
    expect(whole[0]).toEqual(['"', '"""', 'a"b" c",d', '"x" y', 'z'])
    expect(whole[1]).toEqual(['"x" y', 'q'])
    expect(whole[2]).toHaveLength(1)
    expect(whole[2]?.[0]).toBe(`open "${'"'.repeat(10000)}`)
    // one character at a time, and at every cut of the tricky part
    expect(
      parseInPieces(
        text,
        Array.from({ length: text.length }, (_, i) => i),
      ),
    ).toEqual(whole)
    for (let c = 1; c < tricky.length; c++) expect(parseInPieces(text, [c])).toEqual(whole)
  })

  it('gives the same records however the input is cut (property)', () => {
    const alphabet = fc.constantFrom('"', ',', '\n', '\r', 'a', ' ')
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        fc.array(fc.nat(60), { maxLength: 8 }),
        (text, cuts) => {
          expect(parseInPieces(text, cuts)).toEqual(parseInPieces(text, []))
        },
      ),
    )
  })

  it('reports record spans in characters and the line feeds they hold', () => {
    const p = new CsvParser(0x2c)
    const recs = [...p.feed('a,"b\nc"\r\nd,'), ...p.feed('e\n')]
    expect(recs.map((r) => [r.start, r.end, r.newlines])).toEqual([
      [0, 9, 2],
      [9, 13, 1],
    ])
  })
})

describe('detectCsvDelimiter', () => {
  it('finds the delimiter of a header and a matching row', () => {
    expect(detectCsvDelimiter('id;text\n1;"a;b"\n')).toBe(';')
    expect(detectCsvDelimiter('id\ttext\n1\tx\n')).toBe('\t')
    expect(detectCsvDelimiter('just a line of prose, with a comma\nand another\n')).toBeUndefined()
  })
})
