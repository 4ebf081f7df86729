import type { Message as Warning } from '@nuqta/core'
import { parquetMetadata } from 'hyparquet'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { describe, expect, it } from 'vitest'
import { CorpusParseError } from '../errors'
import { readDocuments } from '../read'
import type { Document } from '../types'
import { checkColumnChunk, crc32, ParquetDefect } from './parquet-guard'

const TEXTS = [
  'Talks resumed in Istanbul on Tuesday.',
  'قال المتحدث إن المحادثات ستستأنف غدا.',
  'The ministry denied the report.',
  'وصل الوفد إلى العاصمة مساء أمس.',
  'Markets closed higher after the vote.',
]

/** Five rows, one per row group, so a corrupt row group holds one record. */
function fiveRowGroups(): Uint8Array {
  return new Uint8Array(
    parquetWriteBuffer({
      columnData: [
        { name: 'id', data: TEXTS.map((_, i) => `r${i}`), type: 'STRING' },
        { name: 'text', data: TEXTS, type: 'STRING' },
      ],
      rowGroupSize: 1,
    }),
  )
}

/** Byte ranges of every column chunk: [row group, start, end]. */
function chunkRanges(bytes: Uint8Array): Array<[number, number, number]> {
  const md = parquetMetadata(bytes.slice().buffer)
  return md.row_groups.flatMap((g, i) =>
    g.columns.map((c) => {
      const m = c.meta_data as NonNullable<typeof c.meta_data>
      const start = Number(m.dictionary_page_offset || m.data_page_offset)
      return [i, start, start + Number(m.total_compressed_size)] as [number, number, number]
    }),
  )
}

async function read(
  input: Uint8Array | Blob,
  options: { strict?: boolean } = {},
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

describe('parseParquet', () => {
  it('reads a well-formed file with no warning', async () => {
    const { docs, warnings, error } = await read(fiveRowGroups())
    expect(error).toBeUndefined()
    expect(warnings).toEqual([])
    expect(docs.map((d) => d.text)).toEqual(TEXTS)
  })

  it('never hangs, aborts or throws an untyped error on a one-byte change in any page header', async () => {
    // before: some changes made hyparquet loop for minutes over a run of two billion values or an
    // array grown without end (the test timed out)
    const bytes = fiveRowGroups()
    let flagged = 0
    for (const [, start] of chunkRanges(bytes)) {
      for (let at = start; at < start + 24; at++) {
        for (const mask of [0xff, 0x80, 0x01]) {
          const b = bytes.slice()
          b[at] = (b[at] as number) ^ mask
          const { error, warnings } = await read(b)
          if (error !== undefined) expect(CorpusParseError.isInstance(error)).toBe(true)
          flagged += warnings.length
        }
      }
    }
    expect(flagged).toBeGreaterThan(0)
  })

  it('never slices a Blob at NaN on a corrupt footer (Node 20 aborts on it)', async () => {
    // before: a column chunk whose offsets were lost made hyparquet call Blob.slice(NaN, NaN),
    // a native assertion that kills the process past any try/catch
    const bytes = fiveRowGroups()
    const footerLength = new DataView(bytes.buffer).getUint32(bytes.length - 8, true)
    for (let at = bytes.length - 8 - footerLength; at < bytes.length - 8; at++) {
      const b = bytes.slice()
      b[at] = (b[at] as number) ^ 0xff
      const { error } = await read(new Blob([b]))
      if (error !== undefined) expect(CorpusParseError.isInstance(error)).toBe(true)
    }
  })

  it('loses only the corrupt row group in the middle, and names it', async () => {
    const bytes = fiveRowGroups()
    const [, start, end] = chunkRanges(bytes).filter(([g]) => g === 2)[1] as [
      number,
      number,
      number,
    ]
    const b = bytes.slice()
    b.fill(0xff, start, end)
    const { docs, warnings, error } = await read(b)
    expect(error).toBeUndefined()
    expect(docs.map((d) => d.text)).toEqual([TEXTS[0], TEXTS[1], TEXTS[3], TEXTS[4]])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.ruleId).toBe('corpus/parquet-corrupt-row-group')
    expect(warnings[0]?.reason).toContain('row group 2')
    expect(warnings[0]?.byteOffset).toBeGreaterThan(0)
    // the warning also travels with the next document, so it is never lost
    expect(docs[2]?.warnings.map((w) => w.ruleId)).toEqual(['corpus/parquet-corrupt-row-group'])
    const strict = await read(b, { strict: true })
    expect(strict.docs).toHaveLength(2)
    expect(CorpusParseError.isInstance(strict.error)).toBe(true)
  })
})

describe('checkColumnChunk', () => {
  const shape = {
    name: 'text',
    codec: 'UNCOMPRESSED',
    maxDefinitionLevel: 1,
    maxRepetitionLevel: 0,
    decompress: (b: Uint8Array) => b,
  }

  it('refuses a run of values longer than the page, without decoding it', () => {
    // a v2 data page header: type 3, sizes 8/8, v2 header with 2 values, 0 nulls, 2 rows,
    // PLAIN, def levels 6 bytes; the def levels hold one RLE run of 2^31 values
    const run = [0x80, 0x80, 0x80, 0x80, 0x10, 0x01] // varint 2^32 (count 2^31), value 1
    const header = [
      0x15, 0x06, 0x15, 0x10, 0x15, 0x10, 0x5c, 0x15, 0x04, 0x15, 0x00, 0x15, 0x04, 0x15, 0x00,
      0x15, 0x0c, 0x15, 0x00, 0x00, 0x00,
    ]
    const chunk = Uint8Array.from([...header, ...run, 0, 0])
    expect(() => checkColumnChunk(chunk, 100, 2, 2, shape, 1 << 20)).toThrow(ParquetDefect)
    expect(() => checkColumnChunk(chunk, 100, 2, 2, shape, 1 << 20)).toThrow(/run of/)
  })

  it('computes the CRC-32 page checksums are compared with', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })
})
