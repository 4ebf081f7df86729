import { describe, expect, it } from 'vitest'
import { translitScore } from './score'

describe('linking of transliteration variants on names in no table', () => {
  it('gives most Arabic spelling variants and English spellings the key of the Arabic name', () => {
    const s = translitScore()
    expect(s.variantShare).toBeGreaterThan(0.9)
    expect(s.crossScriptShare).toBeGreaterThan(0.5)
    // the key is lossy: about one place in six shares its key with another place of the set
    expect(s.collisionShare).toBeLessThan(0.2)
  })
})
