import { describe, expect, it } from 'vitest'
import { NormalizeTypeError } from './errors'
import { normalize } from './normalize'

describe('NormalizeTypeError', () => {
  it('has a stable name, the argument and an isInstance guard', () => {
    let caught: unknown
    try {
      normalize(42 as unknown as string)
    } catch (e) {
      caught = e
    }
    expect(NormalizeTypeError.isInstance(caught)).toBe(true)
    expect(caught).toBeInstanceOf(TypeError)
    expect((caught as NormalizeTypeError).name).toBe('NormalizeTypeError')
    expect((caught as NormalizeTypeError).argument).toBe('text')
    expect(NormalizeTypeError.isInstance(new TypeError('x'))).toBe(false)
    expect(NormalizeTypeError.isInstance(null)).toBe(false)
  })
  it('is recognised across copies of the package (symbol marker)', () => {
    const foreign = Object.defineProperty(
      new TypeError('x'),
      Symbol.for('nuqta.error.NormalizeTypeError'),
      {
        value: true,
      },
    )
    expect(NormalizeTypeError.isInstance(foreign)).toBe(true)
  })
})
