import { join } from 'node:path'
import { NuqtaArgumentError, NuqtaError } from '@nuqta/core'
import { describe, expect, it } from 'vitest'
import { importSecondCopy } from '../../../scripts/test-helpers'
import { LexiconDataError, NormalizeTypeError } from './errors'
import { createLexicon, type LexiconData } from './lexicon'
import { normalize } from './normalize'

/** A second, separately bundled copy of this package's errors (as when two versions are installed). */
const secondCopy = () => importSecondCopy<typeof import('./errors')>(join(__dirname, 'errors.ts'))

function thrown(f: () => unknown): unknown {
  try {
    f()
  } catch (e) {
    return e
  }
  throw new Error('did not throw')
}

describe('NormalizeTypeError', () => {
  it('has a stable name and code, the argument, and extends the core errors', () => {
    const e = thrown(() => normalize(42 as unknown as string))
    expect(NormalizeTypeError.isInstance(e)).toBe(true)
    expect(NuqtaArgumentError.isInstance(e)).toBe(true)
    expect(NuqtaError.isInstance(e)).toBe(true)
    const t = e as NormalizeTypeError
    expect(t.name).toBe('NormalizeTypeError')
    expect(t.code).toBe('ERR_NUQTA_INVALID_ARGUMENT')
    expect(t.argument).toBe('text')
    expect(t.message).toBe('text: expected a string, got number')
    expect(NormalizeTypeError.isInstance(new TypeError('x'))).toBe(false)
    expect(NormalizeTypeError.isInstance(null)).toBe(false)
  })
  it('keeps its cause', () => {
    const cause = new Error('inner')
    expect(new NormalizeTypeError({ argument: 'a', message: 'b', cause }).cause).toBe(cause)
  })
  it('is recognised across two copies of the package', async () => {
    const other = await secondCopy()
    const foreign = new other.NormalizeTypeError({ argument: 'text', message: 'x' })
    expect(foreign).not.toBeInstanceOf(NormalizeTypeError)
    expect(NormalizeTypeError.isInstance(foreign)).toBe(true)
    expect(
      other.NormalizeTypeError.isInstance(thrown(() => normalize(1 as unknown as string))),
    ).toBe(true)
    expect(other.LexiconDataError.isInstance(foreign)).toBe(false)
  })
})

describe('LexiconDataError', () => {
  it('has a stable name and code and names the field', () => {
    const e = thrown(() => createLexicon({} as LexiconData)) as LexiconDataError
    expect(LexiconDataError.isInstance(e)).toBe(true)
    expect(NuqtaError.isInstance(e)).toBe(true)
    expect(e.name).toBe('LexiconDataError')
    expect(e.code).toBe('ERR_NUQTA_NORMALIZE_LEXICON_DATA')
    expect(e.field).toBe('format')
  })
  it('keeps its cause', () => {
    const cause = new SyntaxError('bad JSON')
    expect(new LexiconDataError({ field: 'data', message: 'x', cause }).cause).toBe(cause)
  })
  it('is recognised across two copies of the package', async () => {
    const other = await secondCopy()
    const foreign = new other.LexiconDataError({ field: 'runOn', message: 'x' })
    expect(LexiconDataError.isInstance(foreign)).toBe(true)
    expect(NormalizeTypeError.isInstance(foreign)).toBe(false)
  })
})
