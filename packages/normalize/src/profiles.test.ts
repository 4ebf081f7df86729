import { describe, expect, it } from 'vitest'
import { normalize } from './normalize'
import { profiles } from './profiles'

describe('profiles', () => {
  it('lists the four profiles with every rule spelled out', () => {
    expect(Object.keys(profiles).sort()).toEqual(['camel', 'display', 'lucene', 'search'])
    for (const p of Object.values(profiles))
      expect(Object.keys(p).length).toBeGreaterThanOrEqual(22)
  })
  it('is frozen', () => {
    expect(Object.isFrozen(profiles.search)).toBe(true)
  })
  it('can be spread into custom options', () => {
    expect(normalize('أحمد', { ...profiles.search, alef: 'keep' })).toBe('أحمد')
    expect(normalize('أحمد', profiles.search)).toBe('احمد')
  })
})
