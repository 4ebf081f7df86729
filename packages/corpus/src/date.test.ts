import { describe, expect, it } from 'vitest'
import { parseDate } from './date'

describe('parseDate', () => {
  it('reads the forms news sources use', () => {
    expect(parseDate('Tue, 29 Mar 2022 14:05:00 GMT')).toBe('2022-03-29T14:05:00+00:00')
    expect(parseDate('Tue, 29 Mar 2022 14:05:00 +0300')).toBe('2022-03-29T14:05:00+03:00')
    expect(parseDate('29 Mar 2022 14:05 EST')).toBe('2022-03-29T14:05:00-05:00')
    expect(parseDate('2022-03-29T17:05:00+03:00')).toBe('2022-03-29T17:05:00+03:00')
    expect(parseDate('2022-03-29T17:05:00.123Z')).toBe('2022-03-29T17:05:00.123+00:00')
    expect(parseDate('2022-03-29 17:05')).toBe('2022-03-29T17:05:00')
    expect(parseDate('2022-03-29')).toBe('2022-03-29')
    expect(parseDate('2022/3/9')).toBe('2022-03-09')
    expect(parseDate('20220329')).toBe('2022-03-29')
    expect(parseDate('20220329140500')).toBe('2022-03-29T14:05:00+00:00')
    expect(parseDate('March 29, 2022')).toBe('2022-03-29')
    expect(parseDate('29 March 2022')).toBe('2022-03-29')
    expect(parseDate('AFP_ARB_20220329.0001')).toBe('2022-03-29')
    expect(parseDate(1648562700)).toBe('2022-03-29T14:05:00+00:00')
  })
  it('returns undefined rather than guessing', () => {
    expect(parseDate('03/04/2022')).toBeUndefined()
    expect(parseDate('2022-02-30')).toBeUndefined()
    expect(parseDate('yesterday')).toBeUndefined()
    expect(parseDate(undefined)).toBeUndefined()
  })
})
