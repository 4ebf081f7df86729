import { NuqtaError } from '@nuqta/core'
import { describe, expect, it } from 'vitest'
import { TaggerModelError } from './errors'

describe('TaggerModelError', () => {
  it('carries the field, a stable code and is recognised across copies', () => {
    const e = new TaggerModelError({ field: 'version', message: 'expected 1, got 2' })
    expect(e.field).toBe('version')
    expect(e.code).toBe('ERR_NUQTA_ENTITIES_MODEL')
    expect(e.message).toBe('tagger model version: expected 1, got 2')
    expect(NuqtaError.isInstance(e)).toBe(true)
    expect(TaggerModelError.isInstance(e)).toBe(true)
    expect(TaggerModelError.isInstance(new Error('x'))).toBe(false)
  })
})
