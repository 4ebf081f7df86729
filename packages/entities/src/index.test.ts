import { describe, expect, it } from 'vitest'
import * as api from './index'

describe('public exports', () => {
  it('are exactly these (a change here needs a changeset)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'createExtractor',
      'createTaggerModel',
      'entityTable',
      'extract',
      'extractDocument',
      'tagArabic',
    ])
  })
})
