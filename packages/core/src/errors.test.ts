import { describe, expect, it } from 'vitest'
import { describeType, hasErrorMarker, markError, NuqtaArgumentError, NuqtaError } from './errors'

describe('NuqtaError', () => {
  it('keeps its code and cause', () => {
    const cause = new Error('inner')
    const e = new NuqtaError({ message: 'outer', code: 'ERR_X', cause })
    expect(e.code).toBe('ERR_X')
    expect(e.cause).toBe(cause)
    expect(e.name).toBe('NuqtaError')
    expect(new NuqtaError({ message: 'x' }).code).toBe('ERR_NUQTA')
  })
  it('is recognised by isInstance, also for a copy made by another bundle', () => {
    expect(NuqtaError.isInstance(new NuqtaError({ message: 'x' }))).toBe(true)
    expect(NuqtaError.isInstance(new Error('x'))).toBe(false)
    expect(NuqtaError.isInstance(null)).toBe(false)
    // an object from another copy of the package carries the same Symbol.for marker
    const foreign = new Error('from another copy')
    markError(foreign, 'NuqtaError')
    expect(NuqtaError.isInstance(foreign)).toBe(true)
  })
})

describe('NuqtaArgumentError', () => {
  it('names the argument in its message and field', () => {
    const e = new NuqtaArgumentError({ argument: 'text', message: 'expected a string, got number' })
    expect(e.message).toBe('text: expected a string, got number')
    expect(e.argument).toBe('text')
    expect(e.code).toBe('ERR_NUQTA_INVALID_ARGUMENT')
    expect(NuqtaArgumentError.isInstance(e)).toBe(true)
    expect(NuqtaError.isInstance(e)).toBe(true)
    expect(NuqtaArgumentError.isInstance(new NuqtaError({ message: 'x' }))).toBe(false)
  })
})

describe('markError / hasErrorMarker', () => {
  it('marks one class name at a time', () => {
    const e = new Error('x')
    markError(e, 'A')
    expect(hasErrorMarker(e, 'A')).toBe(true)
    expect(hasErrorMarker(e, 'B')).toBe(false)
    expect(Object.keys(e)).toEqual([])
  })
})

describe('describeType', () => {
  it('names values for error messages', () => {
    expect([null, [], new Uint8Array(1), 5, 'x', undefined].map(describeType)).toEqual([
      'null',
      'array',
      'Uint8Array',
      'number',
      'string',
      'undefined',
    ])
  })
})
