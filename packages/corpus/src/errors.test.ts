import { describe, expect, it } from 'vitest'
import { CorpusInputError, CorpusParseError, UnknownFormatError } from './errors'
import { readDocuments } from './read'

describe('UnknownFormatError', () => {
  it('names the formats tried and is recognised across copies by its marker', () => {
    const e = new UnknownFormatError({ tried: ['jsonl', 'text'], file: 'x.bin' })
    expect(e.name).toBe('UnknownFormatError')
    expect(e.message).toContain('tried jsonl, text')
    expect(UnknownFormatError.isInstance(e)).toBe(true)
    expect(
      UnknownFormatError.isInstance({ [Symbol.for('nuqta.error.UnknownFormatError')]: true }),
    ).toBe(true)
    expect(UnknownFormatError.isInstance(new Error('x'))).toBe(false)
  })
})

describe('CorpusParseError', () => {
  it('carries the position', () => {
    const e = new CorpusParseError({
      message: 'bad',
      ruleId: 'corpus/jsonl-malformed-line',
      line: 2,
      byteOffset: 13,
      file: 'a.jsonl',
    })
    expect(e).toMatchObject({ name: 'CorpusParseError', line: 2, byteOffset: 13, file: 'a.jsonl' })
    expect(e.message).toBe('bad (a.jsonl, line 2, byte 13)')
    expect(CorpusParseError.isInstance(e)).toBe(true)
  })
})

describe('CorpusInputError', () => {
  it('is thrown for unsupported inputs', async () => {
    await expect(readDocuments(42 as never).next()).rejects.toSatisfy((e: unknown) =>
      CorpusInputError.isInstance(e),
    )
  })
})
