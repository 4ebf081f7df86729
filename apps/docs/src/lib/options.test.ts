import { describe, expect, it } from 'vitest'
import { clonePlain, getPath, setPath, valuesByPath } from './options'

const profiles = {
  display: { profile: 'display', alef: false, digits: 'keep', diacritics: { harakat: false } },
  search: { profile: 'search', alef: true, digits: 'ascii', diacritics: { harakat: true } },
}

describe('valuesByPath', () => {
  it('lists every rule path with the values the profiles give it, skipping non-rules', () => {
    expect([...valuesByPath(profiles)]).toEqual([
      ['alef', [false, true]],
      ['digits', ['keep', 'ascii']],
      ['diacritics.harakat', [false, true]],
    ])
  })
})

describe('getPath', () => {
  it('reads nested fields and gives undefined for missing ones', () => {
    expect(getPath(profiles.search, 'diacritics.harakat')).toBe(true)
    expect(getPath(profiles.search, 'digits')).toBe('ascii')
    expect(getPath(profiles.search, 'nope.deeper')).toBeUndefined()
  })
})

describe('setPath', () => {
  it('sets nested fields, creating objects on the way, without touching siblings', () => {
    const options: Record<string, unknown> = { diacritics: { harakat: true, shadda: true } }
    setPath(options, 'diacritics.harakat', false)
    setPath(options, 'spacing.collapse', true)
    setPath(options, 'alef', true)
    expect(options).toEqual({
      diacritics: { harakat: false, shadda: true },
      spacing: { collapse: true },
      alef: true,
    })
  })
})

describe('clonePlain', () => {
  it('copies nested plain objects and keeps class instances by reference', () => {
    class Lexicon {
      fixFinalYa(): undefined {
        return undefined
      }
    }
    const lexicon = new Lexicon()
    const source = Object.freeze({ a: Object.freeze({ b: true }), lexicon })
    const copy = clonePlain(source)
    expect(copy).toEqual(source)
    expect(copy.a).not.toBe(source.a)
    expect(Object.isFrozen(copy.a)).toBe(false)
    expect(copy.lexicon).toBe(lexicon)
  })
})
