import { describe, expect, it } from 'vitest'
import { expand, getPath, groups, setPath, valuesByPath } from './options'

const profiles = {
  display: {
    profile: 'display',
    alef: 'keep',
    digits: 'keep',
    diacritics: false,
    maxRepeat: false,
  },
  search: { profile: 'search', alef: 'all', digits: 'ascii', diacritics: true, maxRepeat: 2 },
  camel: {
    profile: 'camel',
    alef: 'camel',
    digits: 'keep',
    diacritics: { harakat: true, quranic: false },
    maxRepeat: false,
  },
}

describe('groups', () => {
  it('finds the fields some profile sets to an object, with their keys', () => {
    expect([...groups(profiles)]).toEqual([['diacritics', ['harakat', 'quranic']]])
  })
})

describe('expand', () => {
  it('spells a grouped boolean out as an object and drops non-rule fields', () => {
    const shape = groups(profiles)
    expect(expand(profiles.search, shape)).toEqual({
      alef: 'all',
      digits: 'ascii',
      diacritics: { harakat: true, quranic: true },
      maxRepeat: 2,
    })
    const camel = expand(profiles.camel, shape)
    expect(camel.diacritics).toEqual({ harakat: true, quranic: false })
    expect(camel.diacritics).not.toBe(profiles.camel.diacritics)
  })

  it('keeps values that are not plain data (a lexicon) out of rule fields', () => {
    const lexicon = { fixFinalYa: () => undefined, splitRunOn: () => undefined }
    expect(expand({ profile: 'display', lexicon, alef: 'keep' }, new Map())).toEqual({
      alef: 'keep',
    })
  })
})

describe('valuesByPath', () => {
  it('lists every rule path with the values the profiles give it', () => {
    expect([...valuesByPath(profiles)]).toEqual([
      ['alef', ['keep', 'all', 'camel']],
      ['digits', ['keep', 'ascii']],
      ['diacritics.harakat', [false, true]],
      ['diacritics.quranic', [false, true]],
      ['maxRepeat', [false, 2]],
    ])
  })
})

describe('getPath', () => {
  it('reads nested fields and gives undefined for missing ones', () => {
    expect(getPath(profiles.camel, 'diacritics.harakat')).toBe(true)
    expect(getPath(profiles.search, 'digits')).toBe('ascii')
    expect(getPath(profiles.search, 'nope.deeper')).toBeUndefined()
  })
})

describe('setPath', () => {
  it('sets nested fields, creating objects on the way, without touching siblings', () => {
    const options: Record<string, unknown> = { diacritics: { harakat: true, shadda: true } }
    setPath(options, 'diacritics.harakat', false)
    setPath(options, 'spacing.collapse', true)
    setPath(options, 'alef', 'keep')
    expect(options).toEqual({
      diacritics: { harakat: false, shadda: true },
      spacing: { collapse: true },
      alef: 'keep',
    })
  })
})
