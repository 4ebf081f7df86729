import { readFileSync } from 'node:fs'
import { validateChanges } from '@nuqta/core'
import { describe, expect, it } from 'vitest'
import { cleanText } from './clean'

const corpus = (name: string) =>
  readFileSync(new URL(`../../../corpus/${name}`, import.meta.url), 'utf8')

describe('cleanText', () => {
  it('returns the body of article 003 without its four footer lines, and keeps them', () => {
    const input = corpus('003_7c0fd61f95ef5008.txt')
    const r = cleanText(input)
    const lines = input.split('\n')
    expect(r.text).toBe(lines.slice(0, -4).join('\n'))
    const lineRemovals = r.changes.filter((c) => c.ruleId.startsWith('corpus/boilerplate-'))
    expect(lineRemovals.map((x) => x.before)).toEqual(lines.slice(-4))
    expect(r.changes.every((c) => c.kind === 'removal')).toBe(true)
    expect(validateChanges(input, r.text, r.changes)).toEqual([])
  })

  it("repairs article 004's first line and leaves the rest byte-identical", () => {
    const input = corpus('004_695144b365cffb87.txt')
    const r = cleanText(input)
    const nl = input.indexOf('\n')
    expect(r.text.slice(r.text.indexOf('\n'))).toBe(input.slice(nl))
    expect(r.text.startsWith('سي إن إن — زار الرئيس الروسي')).toBe(true)
    expect(r.changes).toHaveLength(1)
    expect(input.slice(r.changes[0]?.start, r.changes[0]?.end)).toBe('â € Â Â')
    expect(r.warnings).toMatchObject([
      { ruleId: 'corpus/clean-uncertain-repair', start: 9, end: 10, severity: 'error' },
    ])
    expect(r.text.slice(9, 10)).toBe('—')
  })

  it('leaves articles 000 and 002 unchanged and 001 unchanged apart from heading splits', () => {
    for (const name of ['000_2ebe46256eaab40f.txt', '002_eeba4e392e01ed39.txt']) {
      const input = corpus(name)
      expect(cleanText(input)).toMatchObject({ text: input, changes: [], warnings: [] })
    }
    const input = corpus('001_e75b328f788e6d68.txt')
    const r = cleanText(input)
    expect(r.text.replaceAll('\n', ' ')).toBe(input)
    expect(r.changes.every((c) => c.before === ' ' && c.after === '\n')).toBe(true)
    expect(validateChanges(input, r.text, r.changes)).toEqual([])
    expect(r.paragraphs.filter((p) => p.kind === 'heading').length).toBeGreaterThanOrEqual(4)
  })

  it('gives paragraphs whose spans are exact in the cleaned text', () => {
    const r = cleanText(corpus('001_e75b328f788e6d68.txt'))
    for (const p of r.paragraphs) expect(r.text.slice(p.start, p.end)).toBe(p.text)
    // a heading is never glued to the sentence after it
    const heading = r.paragraphs.find((p) => p.kind === 'heading')
    expect(heading && r.text[heading.end]).toBe('\n')
  })

  it('maps removed spans back to the input when a repair changed the length before them', () => {
    const input = 'Ø§Ù„Ø¹Ø±Ø¨ÙŠØ© text here.\nShare on Facebook'
    const r = cleanText(input)
    expect(r.text).toBe('العربية text here.')
    const removal = r.changes.find((c) => c.ruleId === 'corpus/boilerplate-share')
    expect(removal).toMatchObject({
      start: input.indexOf('Share'),
      end: input.length,
      outputStart: r.text.length,
      outputEnd: r.text.length,
      before: 'Share on Facebook',
      after: '',
      kind: 'removal',
    })
    expect(validateChanges(input, r.text, r.changes)).toEqual([])
  })

  it('follows its options', () => {
    const input = 'Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©.\nShare on Facebook'
    expect(cleanText(input, { repair: false }).text).toBe('Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©.')
    expect(cleanText(input, { boilerplate: false }).text).toBe('العربية.\nShare on Facebook')
    const heads = cleanText('Headline here\nBody text.', { keepHeadings: false })
    expect(heads.text).toBe('Body text.')
    expect(heads.changes[0]).toMatchObject({
      ruleId: 'corpus/heading-short-line',
      kind: 'removal',
      before: 'Headline here',
    })
    const one = cleanText(corpus('001_e75b328f788e6d68.txt'), { splitInlineHeadings: false })
    expect(one.paragraphs).toHaveLength(1)
  })

  it('shows the example from its documentation', () => {
    const r = cleanText('سي إن إن â € Â Â زار بوتين كورسك.\nadmin in: Why?\nGreat article ...')
    expect(r.text).toBe('سي إن إن — زار بوتين كورسك.')
    expect(r.changes.filter((c) => c.kind === 'removal').map((c) => c.ruleId)).toEqual([
      'corpus/paragraph-break',
      'corpus/boilerplate-comment-widget',
      'corpus/paragraph-break',
      'corpus/boilerplate-comment-excerpt',
    ])
    expect(r.changes[0]?.after).toBe('—')
  })

  it('is idempotent on the corpus: cleaning cleaned text changes nothing', () => {
    for (const name of [
      '000_2ebe46256eaab40f.txt',
      '001_e75b328f788e6d68.txt',
      '002_eeba4e392e01ed39.txt',
      '003_7c0fd61f95ef5008.txt',
      '004_695144b365cffb87.txt',
    ]) {
      const once = cleanText(corpus(name))
      const twice = cleanText(once.text)
      expect(twice.text).toBe(once.text)
      expect(twice.paragraphs.map((p) => p.kind)).toEqual(once.paragraphs.map((p) => p.kind))
      expect(twice.changes).toEqual([])
    }
  })

  it('is deterministic', () => {
    const input = corpus('003_7c0fd61f95ef5008.txt')
    expect(cleanText(input)).toEqual(cleanText(input))
  })
})
