import { describe, expect, it } from 'vitest'
import { nameSkeleton, skeleton } from './skeleton'

describe('skeleton', () => {
  it('gives transliteration variants of a name one key, in either script', () => {
    const keys = ['زيلينسكي', 'زيلنسكي', 'زلينسكي', 'Zelensky', 'Zelenskyy', 'Zelenskiy'].map(
      skeleton,
    )
    expect(new Set(keys)).toEqual(new Set(['zlnsk']))
    expect(skeleton('خاركيف')).toBe(skeleton('Kharkiv'))
    expect(skeleton('تشيرنيهيف')).toBe(skeleton('Chernihiv'))
    expect(skeleton('ميدينسكي')).toBe(skeleton('Medinsky'))
  })

  it('keeps different names apart', () => {
    expect(skeleton('بوتين')).not.toBe(skeleton('ميدينسكي'))
    expect(skeleton('Lavrov')).not.toBe(skeleton('Peskov'))
  })
})

describe('nameSkeleton', () => {
  it('joins the skeletons of the words of a name', () => {
    expect(nameSkeleton(['فولوديمير', 'زيلينسكي'])).toBe(nameSkeleton(['Volodymyr', 'Zelensky']))
  })
})
