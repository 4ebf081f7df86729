import { describe, expect, it } from 'vitest'
import { createMessage } from './message'

describe('createMessage', () => {
  it('defaults severity to warning and leaves out undefined positions', () => {
    const m = createMessage({
      ruleId: 'corpus/x',
      reason: 'r',
      source: '@nuqta/corpus',
      line: undefined,
    })
    expect(m).toEqual({
      ruleId: 'corpus/x',
      reason: 'r',
      source: '@nuqta/corpus',
      severity: 'warning',
    })
    expect('line' in m).toBe(false)
  })
  it('keeps every position given', () => {
    const m = createMessage({
      ruleId: 'corpus/x',
      reason: 'r',
      source: '@nuqta/corpus',
      severity: 'error',
      start: 1,
      end: 2,
      line: 3,
      byteOffset: 4,
      file: 'f',
    })
    expect(m).toMatchObject({
      severity: 'error',
      start: 1,
      end: 2,
      line: 3,
      byteOffset: 4,
      file: 'f',
    })
  })
})
