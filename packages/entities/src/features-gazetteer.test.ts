import { describe, expect, it } from 'vitest'
import { Gazetteer } from './features-gazetteer'

describe('Gazetteer', () => {
  const g = new Gazetteer()
  g.add(['الامم', 'المتحده'], 'ORG')
  g.add(['بيروت'], 'CITY')
  g.add(['بيروت'], 'LOC')

  it('marks multi-word and one-word entries, trying the clitic-free form first token', () => {
    const words = ['في', 'وبيروت', 'قالت', 'للامم', 'المتحده']
    const firsts = ['في', 'بيروت', 'قالت', 'الامم', 'المتحده']
    expect(g.mark(words, firsts)).toEqual([
      undefined,
      ['CITY:S', 'LOC:S'],
      undefined,
      ['ORG:B'],
      ['ORG:I'],
    ])
  })

  it('knows which tokens start an entry', () => {
    expect(g.startsEntry('الامم')).toBe(true)
    expect(g.startsEntry('المتحده')).toBe(false)
  })

  it('round-trips through its serialised form', () => {
    const text = g.serialize()
    expect(text.split('\n')).toEqual(['CITY\tبيروت', 'LOC\tبيروت', 'ORG\tالامم المتحده'])
    expect(Gazetteer.parse(text).serialize()).toBe(text)
    expect(Gazetteer.parse(text).size).toBe(3)
  })
})
