import { describe, expect, it } from 'vitest'
import { normalize } from './index'
import { profiles } from './profiles'

/** Best of three wall times of `f`, in ms (a ratio of two of these is checked, never a time). */
function best(f: () => void): number {
  let min = Number.POSITIVE_INFINITY
  for (let r = 0; r < 3; r++) {
    const t = performance.now()
    f()
    min = Math.min(min, performance.now() - t)
  }
  return min
}

const markRun = (n: number) => `ب${'َُِّْ'.repeat(n / 5)}`

describe('normalize (hostile input)', () => {
  it('is linear on one huge combining sequence in every profile (4× input, well under 16× time)', () => {
    for (const p of Object.keys(profiles) as (keyof typeof profiles)[]) {
      normalize(markRun(1 << 14), p)
      const small = best(() => normalize(markRun(1 << 18), p))
      const large = best(() => normalize(markRun(1 << 20), p))
      expect(large / Math.max(small, 1), p).toBeLessThan(10)
    }
  })
  it('keeps ordinary combining sequences exactly NFKC (runs up to 30 marks)', () => {
    const s = `e${'\u0301\u0323'.repeat(15)} ﬀ`
    expect(normalize(s, 'camel')).toBe(normalize(s.normalize('NFKC'), 'camel'))
  })
})
