import { join } from 'node:path'
import { NuqtaArgumentError, NuqtaError } from '@nuqta/core'
import { describe, expect, it } from 'vitest'
import { importSecondCopy } from '../../../scripts/test-helpers'
import { Deduplicator } from './dedup'
import { DedupOptionsError, DuplicateIdError, IndexFormatError } from './errors'

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

describe('IndexFormatError', () => {
  it('has a stable name and code and the byte offset', () => {
    const e = thrown(() =>
      Deduplicator.load(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])),
    ) as IndexFormatError
    expect(IndexFormatError.isInstance(e)).toBe(true)
    expect(NuqtaError.isInstance(e)).toBe(true)
    expect(e.name).toBe('IndexFormatError')
    expect(e.code).toBe('ERR_NUQTA_DEDUP_INDEX_FORMAT')
    expect(e.byteOffset).toBe(0)
    expect(IndexFormatError.isInstance(new Error('bad'))).toBe(false)
    expect(IndexFormatError.isInstance(null)).toBe(false)
  })
  it('keeps its cause', () => {
    const cause = new Error('inner')
    expect(new IndexFormatError({ message: 'x', byteOffset: 1, cause }).cause).toBe(cause)
  })
  it('is recognised across two copies of the package', async () => {
    const other = await secondCopy()
    const foreign = new other.IndexFormatError({ message: 'x', byteOffset: 0 })
    expect(foreign).not.toBeInstanceOf(IndexFormatError)
    expect(IndexFormatError.isInstance(foreign)).toBe(true)
    expect(DuplicateIdError.isInstance(foreign)).toBe(false)
  })
})

describe('DuplicateIdError', () => {
  it('names the id, with a stable name and code', () => {
    const d = new Deduplicator()
    d.add({ id: 'doc-1', text: 'x' })
    const e = thrown(() => d.add({ id: 'doc-1', text: 'y' })) as DuplicateIdError
    expect(DuplicateIdError.isInstance(e)).toBe(true)
    expect(e.name).toBe('DuplicateIdError')
    expect(e.code).toBe('ERR_NUQTA_DEDUP_DUPLICATE_ID')
    expect(e.id).toBe('doc-1')
    expect(e.message).toContain('"doc-1"')
  })
  it('keeps its cause', () => {
    const cause = new Error('inner')
    expect(new DuplicateIdError({ id: 'a', cause }).cause).toBe(cause)
  })
  it('is recognised across two copies of the package', async () => {
    const other = await secondCopy()
    expect(DuplicateIdError.isInstance(new other.DuplicateIdError({ id: 'a' }))).toBe(true)
  })
})

describe('DedupOptionsError', () => {
  it('is an argument error naming the option, with a stable code', () => {
    const e = thrown(() => new Deduplicator({ threshold: 2 })) as DedupOptionsError
    expect(DedupOptionsError.isInstance(e)).toBe(true)
    expect(NuqtaArgumentError.isInstance(e)).toBe(true)
    expect(e.name).toBe('DedupOptionsError')
    expect(e.code).toBe('ERR_NUQTA_INVALID_ARGUMENT')
    expect(e.option).toBe('threshold')
    expect(e.argument).toBe('threshold')
  })
  it('keeps its cause', () => {
    const cause = new Error('inner')
    expect(new DedupOptionsError({ option: 'a', message: 'b', cause }).cause).toBe(cause)
  })
  it('is recognised across two copies of the package', async () => {
    const other = await secondCopy()
    const foreign = new other.DedupOptionsError({ option: 'threshold', message: 'x' })
    expect(DedupOptionsError.isInstance(foreign)).toBe(true)
    expect(IndexFormatError.isInstance(foreign)).toBe(false)
  })
})
