/**
 * Code point data of the rules. Each list names the exact code points a rule touches; the README's
 * rules table is written from these.
 */

/** Inclusive code point ranges. */
export type Ranges = readonly (readonly [number, number])[]

/** Short vowels: fatha, damma, kasra. */
export const HARAKAT: Ranges = [[0x064e, 0x0650]]
/** Tanween: fathatan, dammatan, kasratan (the open Quranic forms U+08F0–U+08F2 are in QURANIC). */
export const TANWEEN: Ranges = [[0x064b, 0x064d]]
/** Shadda. */
export const SHADDA = 0x0651
/** Sukun. */
export const SUKUN = 0x0652
/** Superscript (dagger) alef. */
export const DAGGER_ALEF = 0x0670
/** Quranic annotation signs and other Arabic combining marks. */
export const QURANIC: Ranges = [
  [0x0610, 0x061a],
  [0x0653, 0x065f],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
  [0x08d3, 0x08e1],
  [0x08e3, 0x08ff],
]
/** Invisible format and bidi controls removed by the `invisible` rule (ZWJ handled by context). */
export const INVISIBLE: Ranges = [
  [0x00ad, 0x00ad],
  [0x061c, 0x061c],
  [0x200b, 0x200c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2060],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
]
/** Zero width joiner (kept next to an emoji). */
export const ZWJ = 0x200d
/** C0 and C1 controls removed by the `controls` rule (tab, LF, CR kept). */
export const CONTROLS: Ranges = [
  [0x0000, 0x0008],
  [0x000b, 0x000c],
  [0x000e, 0x001f],
  [0x007f, 0x009f],
]
/** Unicode space separators other than U+0020 (general category Zs). */
export const SPACES: Ranges = [
  [0x00a0, 0x00a0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
]
/** Arabic presentation forms A and B (U+FEFF, the BOM, is left to `invisible`). */
export const PRESENTATION_FORMS: Ranges = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe],
]
/** Replacements applied before NFKC where NFKC alone gives an unwanted result (CAMeL Tools does the same). */
export const NFKC_FIXES: ReadonlyMap<number, string> = new Map([
  [0xfdfc, '\u0631\u064a\u0627\u0644'],
  [
    0xfdfd,
    '\u0628\u0633\u0645 \u0627\u0644\u0644\u0647 \u0627\u0644\u0631\u062d\u0645\u0646 \u0627\u0644\u0631\u062d\u064a\u0645',
  ],
])
/** Alef variants folded by each `alef` setting. */
export const ALEF_SETS: Readonly<Record<'keep' | 'lucene' | 'camel' | 'all', readonly number[]>> = {
  keep: [],
  lucene: [0x0622, 0x0623, 0x0625],
  camel: [0x0622, 0x0623, 0x0625, 0x0671],
  all: [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673],
}
/** Persian/Urdu look-alikes mapped without context (ی U+06CC depends on its position). */
export const PERSIAN: ReadonlyMap<number, number> = new Map([
  [0x06a9, 0x0643],
  [0x06c1, 0x0647],
  [0x06d5, 0x0647],
  [0x06be, 0x0647],
  [0x06c3, 0x0629],
])
/** Farsi yeh. */
export const FARSI_YEH = 0x06cc
/** Canonical compositions of an Arabic letter and U+0653/U+0654/U+0655 (as NFC). */
export const COMPOSITIONS: ReadonlyMap<number, number> = new Map([
  [(0x0627 << 16) | 0x0653, 0x0622],
  [(0x0627 << 16) | 0x0654, 0x0623],
  [(0x0627 << 16) | 0x0655, 0x0625],
  [(0x0648 << 16) | 0x0654, 0x0624],
  [(0x064a << 16) | 0x0654, 0x0626],
  [(0x06c1 << 16) | 0x0654, 0x06c2],
  [(0x06d2 << 16) | 0x0654, 0x06d3],
  [(0x06d5 << 16) | 0x0654, 0x06c0],
])
/** Punctuation handled by the spacing and conversion rules. */
export const PUNCT_ARABIC_TO_ASCII: ReadonlyMap<number, number> = new Map([
  [0x060c, 0x2c],
  [0x061b, 0x3b],
  [0x061f, 0x3f],
])
/** Marks that take no space before them and one after when an Arabic letter follows. */
export const SPACING_PUNCT: readonly number[] = [
  0x2c, 0x2e, 0x3a, 0x3b, 0x3f, 0x21, 0x060c, 0x061b, 0x061f,
]

/** Brackets after which spaces are removed: ( [ { « */
export const OPENING_BRACKETS: readonly number[] = [0x28, 0x5b, 0x7b, 0xab]
/** Brackets before which spaces are removed: ) ] } » */
export const CLOSING_BRACKETS: readonly number[] = [0x29, 0x5d, 0x7d, 0xbb]

/** Whether a code unit is an Arabic letter (for words, elongation and look-ahead). */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x063f) ||
    (c >= 0x0641 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff
  )
}

/** Whether a code unit is a digit in ASCII, Arabic-Indic or Persian. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)
}

/** Whether a code unit ends a line. */
export function isNewline(c: number): boolean {
  return (
    c === 0x0a ||
    c === 0x0d ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0x85 ||
    c === 0x2028 ||
    c === 0x2029
  )
}

/** Whether a code unit is any Arabic combining mark of the diacritics classes. */
export function isArabicMark(c: number): boolean {
  return (
    inRanges(c, HARAKAT) ||
    inRanges(c, TANWEEN) ||
    c === SHADDA ||
    c === SUKUN ||
    c === DAGGER_ALEF ||
    inRanges(c, QURANIC)
  )
}

/** Whether c lies in one of the ranges. */
export function inRanges(c: number, ranges: Ranges): boolean {
  for (const [a, b] of ranges) if (c >= a && c <= b) return true
  return false
}
