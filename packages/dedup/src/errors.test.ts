import { describe, expect, it } from 'vitest'
import { DedupOptionsError, DuplicateIdError, IndexFormatError } from './errors.js'

/** An error as a second copy of this package would create it: same marker, different class. */
function foreignCopy(name: string): Error {
  const e = new Error('from another copy')
  Object.defineProperty(e, Symbol.for(`nuqta.error.${name}`), { value: true })
  return e
}

describe('IndexFormatError', () => {
  it('has a stable name, a byte offset, and a guard that works across package copies', () => {
    const e = new IndexFormatError('bad', 7)
    expect(e.name).toBe('IndexFormatError')
    expect(e.byteOffset).toBe(7)
    expect(IndexFormatError.isInstance(e)).toBe(true)
    expect(IndexFormatError.isInstance(foreignCopy('IndexFormatError'))).toBe(true)
    expect(IndexFormatError.isInstance(new Error('bad'))).toBe(false)
    expect(IndexFormatError.isInstance(null)).toBe(false)
  })
})

describe('DuplicateIdError', () => {
  it('names the id and is recognised by its guard only', () => {
    const e = new DuplicateIdError('doc-1')
    expect(e.name).toBe('DuplicateIdError')
    expect(e.message).toContain('"doc-1"')
    expect(DuplicateIdError.isInstance(e)).toBe(true)
    expect(DuplicateIdError.isInstance(new IndexFormatError('x', 0))).toBe(false)
  })
})

describe('DedupOptionsError', () => {
  it('is a RangeError naming the option', () => {
    const e = new DedupOptionsError('threshold', 'must be in (0, 1]')
    expect(e).toBeInstanceOf(RangeError)
    expect(e.name).toBe('DedupOptionsError')
    expect(e.option).toBe('threshold')
    expect(DedupOptionsError.isInstance(foreignCopy('DedupOptionsError'))).toBe(true)
  })
})
