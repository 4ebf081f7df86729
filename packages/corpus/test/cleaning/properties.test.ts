// Property tests (fast-check): clean text is never touched, UTF-8 read as Windows-1252 always
// round-trips, and every removed span and repair points at its exact text in the input.
import { validateChanges } from '@nuqta/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../../src/clean'
import { repairMojibake } from '../../src/mojibake'
// @ts-expect-error plain ESM helper without types
import { asCp1252 } from './eval/mojibake-cases.mjs'

const utf8 = (s: string) => new TextEncoder().encode(s)
const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة'
const chars = [
  ...ARABIC,
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...' ،؟«»“”‘’—–…€.,:;!?()-',
  '😀',
  '٣',
]
const word = fc
  .array(fc.constantFrom(...chars), { minLength: 1, maxLength: 12 })
  .map((a) => a.join(''))
const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((a) => a.join(' ').trim())

describe('repairMojibake properties', () => {
  it('never changes text made of Arabic, ASCII, curly quotes, dashes, € and emoji', () => {
    fc.assert(
      fc.property(line, (s) => {
        expect(repairMojibake(s).text).toBe(s)
      }),
      { numRuns: 500, seed: 42 },
    )
  })

  it('never changes sentences of real accented, Arabic, Cyrillic and Greek words', () => {
    const words = [
      'José',
      'Zoë',
      'François',
      'déjà',
      'Müller',
      'São',
      'Ångström',
      'naïve',
      'café',
      'Łódź',
      'İstanbul',
      'Dvořák',
      'Straße',
      '€5',
      '12 €',
      'über',
      'À',
      'où',
      'Ôôô',
      'SÃO',
      'NÃO',
      'ÉTÉ',
      'año',
      'Çà',
      'Ça',
      'élève',
      'Bogotá',
      'Genève',
      'Øresund',
      'Ærø',
      'þorn',
      'fjörður',
      'œuvre',
      'Šiauliai',
      'Tōkyō',
      'Hà Nội',
      'Việt',
      'Đà Nẵng',
      '—',
      '–',
      '“',
      '”',
      '’',
      '…',
      '«',
      '»',
      'قال',
      'الرئيس',
      '؟',
      '،',
      'Привет',
      'Γειά',
      'שלום',
      '😀',
      '©',
      '®',
      '™',
      '°',
      '±',
      '¿',
      '¡',
      '§',
      '½',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }), (ws) => {
        const s = ws.join(' ')
        expect(repairMojibake(s).text).toBe(s)
      }),
      { numRuns: 2000, seed: 11 },
    )
  })

  it('undoes UTF-8 read as Windows-1252 on any such Arabic text', () => {
    const arabicLine = fc
      .array(
        fc
          .array(fc.constantFrom(...ARABIC, '،', '؟', '٣'), { minLength: 2, maxLength: 8 })
          .map((a) => a.join('')),
        { minLength: 1, maxLength: 10 },
      )
      .map((a) => a.join(' '))
    fc.assert(
      fc.property(arabicLine, (s) => {
        expect(repairMojibake(asCp1252(utf8(s))).text).toBe(s)
      }),
      { numRuns: 300, seed: 7 },
    )
  })
})

describe('cleanText properties', () => {
  it('keeps every removed span and repair exact in the input', () => {
    const docLine = fc.oneof(
      line,
      line.map((s) => asCp1252(utf8(s)) as string),
      fc.constantFrom(
        'Share on Facebook',
        'اقرأ أيضا: خبر آخر',
        'admin in: Why?',
        'Great post ...',
      ),
    )
    fc.assert(
      fc.property(fc.array(docLine, { minLength: 1, maxLength: 8 }), (lines) => {
        const input = lines.join('\n')
        const r = cleanText(input)
        expect(validateChanges(input, r.text, r.changes)).toEqual([])
        for (const p of r.paragraphs) expect(r.text.slice(p.start, p.end)).toBe(p.text)
      }),
      { numRuns: 300, seed: 3 },
    )
  })
})
