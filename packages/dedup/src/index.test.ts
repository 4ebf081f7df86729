import { describe, expect, it } from 'vitest'
import * as api from './index'

describe('public API', () => {
  it('exports exactly these names (a change here needs a changeset)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DedupOptionsError',
      'Deduplicator',
      'DuplicateIdError',
      'IndexFormatError',
      'MinHasher',
      'RepeatedLines',
      'bandKeys',
      'contentHash',
      'defaultNormalize',
      'estimateJaccard',
      'exactJaccard',
      'lshErrorAreas',
      'optimalParams',
      'serveSketches',
      'sketchWithWorkers',
    ])
  })
})
