import { describe, expect, it } from 'vitest'
import { normalizeDetailed } from './normalize'
import { ruleIds } from './rules'

describe('ruleIds', () => {
  it('are namespaced normalize/<kebab-case rule>, each once', () => {
    for (const id of ruleIds) expect(id).toMatch(/^normalize\/[a-z]+(?:-[a-z]+)*$/u)
    expect(new Set(ruleIds).size).toBe(ruleIds.length)
    expect(Object.isFrozen(ruleIds)).toBe(true)
  })
  it('name every rule a change records', () => {
    const text = 'أحمد ، ﷲ\u200f كتـــاب مدرسة ٢٠٢٤ جمييييل  مسؤول کتاب كتاباً'
    const seen = new Set(normalizeDetailed(text, 'search').changes.map((c) => c.ruleId))
    expect(seen.size).toBeGreaterThan(8)
    for (const id of seen) expect(ruleIds).toContain(id)
  })
})
