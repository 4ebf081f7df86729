import { describe, expect, it } from 'vitest'
import { procliticLength, splitClitics } from './tokenize-clitics'

describe('splitClitics', () => {
  it('splits conjunctions, prepositions and the article', () => {
    expect(splitClitics('وبالعراق')).toEqual({
      prefix: 'وب',
      article: true,
      core: 'عراق',
      stem: 'العراق',
    })
    expect(splitClitics('للرييس')).toEqual({
      prefix: 'ل',
      article: true,
      core: 'رييس',
      stem: 'الرييس',
    })
    expect(splitClitics('الكرملين')).toEqual({
      prefix: '',
      article: true,
      core: 'كرملين',
      stem: 'الكرملين',
    })
  })

  it('keeps at least two letters of core', () => {
    expect(splitClitics('ول').core).toBe('ول')
    expect(splitClitics('بك')).toEqual({ prefix: '', article: false, core: 'بك', stem: 'بك' })
  })
})

describe('procliticLength', () => {
  it('counts only what precedes the article', () => {
    expect(procliticLength(splitClitics('وباوكرانيا'))).toBe(2)
    expect(procliticLength(splitClitics('والكرملين'))).toBe(1)
    expect(procliticLength(splitClitics('الكرملين'))).toBe(0)
  })
})
