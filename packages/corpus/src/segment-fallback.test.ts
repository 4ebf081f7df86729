import { afterEach, describe, expect, it, vi } from 'vitest'

describe('segmentSentences without Intl.Segmenter', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.resetModules()
  })
  it('ends sentences at Arabic and Latin terminal punctuation followed by a space', async () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined })
    vi.resetModules()
    const { segmentSentences } = await import('./segment')
    const text = 'هل انتهت الحرب؟ لا. قال: «انتهت!» Talks resume today... 3.5 million'
    const ss = segmentSentences(text)
    expect(ss.map((s) => s.text)).toEqual([
      'هل انتهت الحرب؟',
      'لا.',
      'قال: «انتهت!»',
      'Talks resume today...',
      '3.5 million',
    ])
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text)
  })
})
