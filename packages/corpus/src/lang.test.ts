import { describe, expect, it } from 'vitest'
import { detectLang } from './lang'

describe('detectLang', () => {
  it('tells Arabic, English, mixed and letterless text apart', () => {
    expect(detectLang('وقال الكرملين إن بوتين')).toBe('ar')
    expect(detectLang('Moscow dismissed a diplomatic overture')).toBe('en')
    expect(detectLang('قال Peskov إن the talks لم تحقق أي تقدم في Istanbul today')).toBe('mixed')
    expect(detectLang('2022 — 15%')).toBe('und')
  })
  it('keeps an Arabic text with a few Latin letters Arabic', () => {
    expect(detectLang('قالت وكالة رويترز للأنباء في تقرير لها اليوم إن CNN نقلت الخبر')).toBe('ar')
  })
  it('looks only at the given span', () => {
    expect(detectLang('Hello مرحبا', 6)).toBe('ar')
  })
})
