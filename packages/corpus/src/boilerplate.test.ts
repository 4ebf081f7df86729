import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { classifyLines } from './boilerplate'

const corpus = (name: string) =>
  readFileSync(new URL(`../../../corpus/${name}`, import.meta.url), 'utf8')
const labels = (text: string) => classifyLines(text).map((s) => [s.label, s.ruleId ?? null])

describe('classifyLines', () => {
  it("labels article 003's comment widget (four lines) and nothing else", () => {
    const text = corpus('003_7c0fd61f95ef5008.txt')
    const spans = classifyLines(text)
    const removed = spans.filter((s) => s.label === 'boilerplate')
    expect(removed.map((s) => s.ruleId)).toEqual([
      'corpus/boilerplate-comment-widget',
      'corpus/boilerplate-comment-excerpt',
      'corpus/boilerplate-spam-url',
      'corpus/boilerplate-comment-excerpt',
    ])
    expect(removed[0]?.text).toBe('admin in: How the Muslim Brotherhood betrayed Saudi Arabia?')
    // every WSJ paragraph, including those ending in ” or ?, stays body
    const body = spans.filter((s) => s.label === 'body')
    expect(body).toHaveLength(33)
    expect(body.filter((s) => s.text.endsWith('”')).length).toBeGreaterThanOrEqual(3)
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text)
  })

  it("splits article 001's run-in headlines out as headings, keeping the body around them", () => {
    const text = corpus('001_e75b328f788e6d68.txt')
    const spans = classifyLines(text)
    const headings = spans.filter((s) => s.label === 'heading').map((s) => s.text)
    expect(headings).toContain('توقعات الرئيس الأوكرانى لنتائج المفاوضات مع روسيا')
    expect(headings).toContain('روسيا لاتزال تسعى للسلام')
    expect(spans.filter((s) => s.label === 'boilerplate')).toEqual([])
    // nothing is lost: the spans cover every word of the line
    expect(spans.map((s) => s.text).join(' ')).toBe(text)
    const after = spans[spans.findIndex((s) => s.text.startsWith('توقعات')) + 1]
    expect(after?.text.startsWith('وقال الرئيس الأوكرانى')).toBe(true)
  })

  it('leaves articles 000, 002 and 004 as body', () => {
    for (const name of [
      '000_2ebe46256eaab40f.txt',
      '002_eeba4e392e01ed39.txt',
      '004_695144b365cffb87.txt',
    ]) {
      expect(classifyLines(corpus(name)).every((s) => s.label === 'body')).toBe(true)
    }
  })

  it('shows the example from its documentation', () => {
    const spans = classifyLines('Kyiv was shelled.\nadmin in: Why did it happen?\nGreat post ...')
    expect(spans.map((s) => s.label)).toEqual(['body', 'boilerplate', 'boilerplate'])
    expect(spans[1]?.ruleId).toBe('corpus/boilerplate-comment-widget')
  })

  it('never condemns a line for its punctuation alone', () => {
    const text = [
      'هل تنجح المفاوضات هذه المرة؟',
      'وقال: “نحن مستعدون”',
      'وأضاف: «لن نتخلى عن أرضنا»',
      'The statement listed three demands:',
      'a ceasefire and a withdrawal;',
      'Will the sanctions work?',
    ].join('\n')
    expect(classifyLines(text).every((s) => s.label === 'body')).toBe(true)
  })

  it('finds Arabic and English footers with their rules', () => {
    expect(labels('وأكد المتحدث أن المفاوضات ستستأنف.\nاقرأ أيضا: بوتين يلتقي أردوغان')).toEqual([
      ['body', null],
      ['boilerplate', 'corpus/boilerplate-read-also'],
    ])
    expect(labels('The talks ended.\nShare on Facebook\nFacebook Twitter WhatsApp')).toEqual([
      ['body', null],
      ['boilerplate', 'corpus/boilerplate-share'],
      ['boilerplate', 'corpus/boilerplate-share'],
    ])
    expect(labels('Prices rose.\nWe use cookies to improve your experience.')).toEqual([
      ['body', null],
      ['boilerplate', 'corpus/boilerplate-cookie-notice'],
    ])
    expect(labels('كتب: محمد عبد الله\nأعلنت الوزارة القضاء على 400 عسكري.')).toEqual([
      ['boilerplate', 'corpus/boilerplate-byline'],
      ['body', null],
    ])
    expect(labels('Residents lined up for water.\nPhoto: AFP/Getty Images')).toEqual([
      ['body', null],
      ['boilerplate', 'corpus/boilerplate-photo-credit'],
    ])
    expect(labels('The river crossing was destroyed.\nhttps://cheap-viagra.example.com/x')).toEqual(
      [
        ['body', null],
        ['boilerplate', 'corpus/boilerplate-spam-url'],
      ],
    )
  })

  it('keeps body lines that only look like boilerplate', () => {
    const text = [
      'Share prices fell 3% after the announcement.',
      'By Wednesday evening, the convoy had reached the border.',
      'Fighting in: the east continued, according to the military.',
      'شارك في الاجتماع وزراء خارجية عشر دول.',
      'كتب الرئيس رسالة إلى نظيره الروسي.',
    ].join('\n')
    expect(classifyLines(text).every((s) => s.label === 'body')).toBe(true)
  })

  it('labels a short unpunctuated line followed by text as a heading', () => {
    expect(labels('موافقة كييف على عقد المفاوضات\nواستمر القتال في عدد من المدن.')).toEqual([
      ['heading', 'corpus/heading-short-line'],
      ['body', null],
    ])
  })

  it('can leave run-in headlines and headings alone', () => {
    const text = corpus('001_e75b328f788e6d68.txt')
    expect(classifyLines(text, { splitInlineHeadings: false })).toHaveLength(1)
    expect(classifyLines('Title\nBody.', { headings: false }).map((s) => s.label)).toEqual([
      'body',
      'body',
    ])
  })

  it('is linear on 1 MB lines of repeated near-matches', () => {
    const lines = [
      'admin in: '.repeat(100_000),
      'اقرأ '.repeat(200_000),
      'وقال '.repeat(200_000),
      'a. b وقال '.repeat(100_000),
      'http://'.repeat(150_000),
      'by A '.repeat(200_000),
    ]
    for (const line of lines) expect(classifyLines(line).length).toBeGreaterThan(0)
  }, 120_000)
})
