import type { Alignment, TextChange } from '@nuqta/core'

/**
 * The name of a built-in profile.
 *
 * @example
 * ```ts
 * const profile: ProfileName = 'search'
 * ```
 */
export type ProfileName = 'display' | 'search' | 'camel' | 'lucene'

/**
 * Word data used for the lexicon repairs (final ى → ي and run-on splitting).
 * `@nuqta/normalize/lexicon` ships one (`arabicLexicon`); any object with these two methods works.
 *
 * @example
 * ```ts
 * const lexicon: Lexicon = {
 *   fixFinalYa: (word) => (word === 'الرئيسى' ? 'الرئيسي' : undefined),
 *   splitRunOn: (word) => (word === 'الولاياتالمتحدة' ? [8] : undefined),
 * }
 * ```
 */
export interface Lexicon {
  /**
   * For an Arabic word ending in ى (no clitics stripped by the caller), the corrected word
   * ending in ي, or undefined to keep it (على إلى حتى أخرى مستشفى مصطفى stay).
   *
   * @example
   * ```ts
   * lexicon.fixFinalYa('الأوكرانى') // 'الأوكراني'
   * ```
   */
  fixFinalYa(word: string): string | undefined
  /**
   * For a run of Arabic letters with no space, the indices where spaces belong
   * ('الولاياتالمتحدة' → [8]), or undefined when it is not a run-on.
   *
   * @example
   * ```ts
   * lexicon.splitRunOn('الولاياتالمتحدة') // [8]
   * ```
   */
  splitRunOn(word: string): number[] | undefined
}

/**
 * Which classes of Arabic diacritics to remove. `true` removes the class.
 *
 * @example
 * ```ts
 * const only: DiacriticsOptions = { harakat: true, tanween: true, shadda: false }
 * ```
 */
export interface DiacriticsOptions {
  /**
   * Short vowels: fatha U+064E, damma U+064F, kasra U+0650.
   *
   * @example
   * ```ts
   * normalize('كَتَبَ', { diacritics: { harakat: true } }) // 'كتب'
   * ```
   */
  harakat?: boolean
  /**
   * Tanween: fathatan U+064B, dammatan U+064C, kasratan U+064D (open tanween U+08F0–U+08F2 counts as `quranic`).
   *
   * @example
   * ```ts
   * normalize('كتاباً', { diacritics: { tanween: true } }) // 'كتابا'
   * ```
   */
  tanween?: boolean
  /**
   * Shadda U+0651.
   *
   * @example
   * ```ts
   * normalize('مدّة', { diacritics: { shadda: true } }) // 'مدة'
   * ```
   */
  shadda?: boolean
  /**
   * Sukun U+0652.
   *
   * @example
   * ```ts
   * normalize('قُلْ', { diacritics: { sukun: true, harakat: true } }) // 'قل'
   * ```
   */
  sukun?: boolean
  /**
   * Dagger (superscript) alef U+0670: `true` removes it, `'alef'` turns it into ا U+0627.
   *
   * @example
   * ```ts
   * normalize('هٰذا', { diacritics: { daggerAlef: 'alef' } }) // 'هاذا'
   * ```
   */
  daggerAlef?: boolean | 'alef'
  /**
   * Quranic annotation marks and other Arabic combining marks: U+0610–U+061A, U+0653–U+065F,
   * U+06D6–U+06DC, U+06DF–U+06E4, U+06E7–U+06E8, U+06EA–U+06ED, U+08D3–U+08E1, U+08E3–U+08FF
   * (including the open tanween U+08F0–U+08F2).
   *
   * @example
   * ```ts
   * normalize('ذَٰلِكَ ٱلْكِتَٰبُ', { diacritics: { quranic: true } })
   * ```
   */
  quranic?: boolean
}

/**
 * Options for {@link normalize}. Start from a profile (default `'display'`) and switch single rules
 * on or off. Every field is optional; a missing field takes the profile's value.
 *
 * @example
 * ```ts
 * normalize('مستشفى الأطفال', { profile: 'search', tehMarbuta: false })
 * ```
 */
export interface NormalizeOptions {
  /**
   * The profile that gives the defaults for every other field.
   *
   * @example
   * ```ts
   * normalize('أحمد', { profile: 'search' }) // 'احمد'
   * ```
   */
  profile?: ProfileName
  /**
   * Word data for the lexicon repairs ({@link NormalizeOptions.finalYa}, {@link NormalizeOptions.runOn}).
   * Without a lexicon those repairs are off.
   *
   * @example
   * ```ts
   * import { arabicLexicon } from '@nuqta/normalize/lexicon'
   * normalize('الرئيس الأوكرانى', { lexicon: arabicLexicon })
   * ```
   */
  lexicon?: Lexicon
  /**
   * Unicode normalization: `'nfkc'` runs NFKC over the whole text (CAMeL Tools' `normalize_unicode`,
   * with its fixes ﷼ → ريال and ﷽ → بسم الله الرحمن الرحيم); `'none'` leaves it to the other rules.
   *
   * @example
   * ```ts
   * normalize('ﬁ', { unicode: 'nfkc' }) // 'fi'
   * ```
   */
  unicode?: 'none' | 'nfkc'
  /**
   * Arabic presentation forms U+FB50–U+FDFF and U+FE70–U+FEFE to their NFKC letters (ﻻ → لا,
   * ﻷ → لأ keeping the hamza, ﷲ → الله; ﷼ → ريال).
   *
   * @example
   * ```ts
   * normalize('ﷲ') // 'الله'
   * ```
   */
  presentationForms?: boolean
  /**
   * Canonical composition of an Arabic letter and a following combining madda U+0653, hamza above
   * U+0654 or hamza below U+0655 (ا + ٔ → أ, و + ٔ → ؤ, ي + ٔ → ئ, ه + ٔ → ۀ), as NFC does.
   *
   * @example
   * ```ts
   * normalize('\u0627\u0654') // 'أ'
   * ```
   */
  compose?: boolean
  /**
   * Remove invisible and bidi controls: ZWSP U+200B, ZWNJ U+200C, ZWJ U+200D (kept next to an
   * emoji), LRM U+200E, RLM U+200F, ALM U+061C, U+202A–U+202E, WJ U+2060, U+2066–U+2069,
   * BOM U+FEFF, soft hyphen U+00AD.
   *
   * @example
   * ```ts
   * normalize('\u200fمرحبا\u200c') // 'مرحبا'
   * ```
   */
  invisible?: boolean
  /**
   * Remove C0 and C1 control characters except tab, line feed and carriage return
   * (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+007F–U+009F).
   *
   * @example
   * ```ts
   * normalize('a\u0000b', { controls: true }) // 'ab'
   * ```
   */
  controls?: boolean
  /**
   * Every Unicode space separator (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000) to a
   * plain space U+0020.
   *
   * @example
   * ```ts
   * normalize('بين\u00a0الدول') // 'بين الدول'
   * ```
   */
  spaces?: boolean
  /**
   * Collapse a run of spaces U+0020 (after {@link NormalizeOptions.spaces}) into one. Newlines are kept.
   *
   * @example
   * ```ts
   * normalize('بين   الدول') // 'بين الدول'
   * ```
   */
  collapseSpaces?: boolean
  /**
   * No space before , . ، ؛ ؟ ? ! : ; and one space after ، ؛ ؟ , ; ! ? : . when an Arabic letter
   * follows directly (`حدودها ، بينما` → `حدودها، بينما`). A full stop before a digit is left alone.
   * No space after ( [ { « nor before ) ] } ».
   *
   * @example
   * ```ts
   * normalize('حدودها ، بينما') // 'حدودها، بينما'
   * ```
   */
  punctuationSpacing?: boolean
  /**
   * Tatweel U+0640: `'keep'`; `'dash'` turns a tatweel run standing between spaces into `-`;
   * `'remove'` also deletes tatweel inside words; `'remove-all'` deletes every tatweel (Lucene).
   *
   * @example
   * ```ts
   * normalize('الأرمينية ـ الأذربيجانية') // 'الأرمينية - الأذربيجانية'
   * ```
   */
  tatweel?: 'keep' | 'dash' | 'remove' | 'remove-all'
  /**
   * Which diacritics to remove: `true` for all classes, `false` for none, or per class.
   *
   * @example
   * ```ts
   * normalize('مُحَمَّد', { diacritics: true }) // 'محمد'
   * ```
   */
  diacritics?: boolean | DiacriticsOptions
  /**
   * Alef variants to bare alef ا U+0627: `'lucene'` folds آ U+0622, أ U+0623, إ U+0625;
   * `'camel'` adds ٱ U+0671; `'all'` adds ٲ U+0672 and ٳ U+0673; `'keep'` folds none.
   *
   * @example
   * ```ts
   * normalize('إسلام', { alef: 'all' }) // 'اسلام'
   * ```
   */
  alef?: 'keep' | 'lucene' | 'camel' | 'all'
  /**
   * Alef maksura ى U+0649 to yeh ي U+064A (everywhere; a folding for search).
   *
   * @example
   * ```ts
   * normalize('على', { alefMaksura: true }) // 'علي'
   * ```
   */
  alefMaksura?: boolean
  /**
   * Teh marbuta ة U+0629 to heh ه U+0647.
   *
   * @example
   * ```ts
   * normalize('مدينة', { tehMarbuta: true }) // 'مدينه'
   * ```
   */
  tehMarbuta?: boolean
  /**
   * Hamza on a seat to the bare seat: ؤ U+0624 → و U+0648, ئ U+0626 → ي U+064A.
   *
   * @example
   * ```ts
   * normalize('مسؤول', { hamzaSeats: true }) // 'مسوول'
   * ```
   */
  hamzaSeats?: boolean
  /**
   * Persian and Urdu look-alikes to Arabic letters: ک U+06A9 → ك U+0643; ی U+06CC → ي U+064A before
   * an Arabic letter and ى U+0649 at the end of a word; ہ U+06C1, ە U+06D5, ھ U+06BE → ه U+0647;
   * ۃ U+06C3 → ة U+0629.
   *
   * @example
   * ```ts
   * normalize('کتاب', { persian: true }) // 'كتاب'
   * ```
   */
  persian?: boolean
  /**
   * Digits: `'ascii'` turns Arabic-Indic U+0660–U+0669 and Persian U+06F0–U+06F9 digits into 0–9;
   * `'arabic'` turns ASCII and Persian digits into Arabic-Indic ones; `'keep'` leaves them.
   *
   * @example
   * ```ts
   * normalize('٢٠٢٤', { digits: 'ascii' }) // '2024'
   * ```
   */
  digits?: 'keep' | 'ascii' | 'arabic'
  /**
   * Arabic punctuation ، U+060C ؛ U+061B ؟ U+061F: `'ascii'` to , ; ? and `'arabic'` the other way
   * round; a mark standing between two digits is left alone (`1,000`). `'keep'` leaves them.
   *
   * @example
   * ```ts
   * normalize('نعم، لا؟', { punctuation: 'ascii' }) // 'نعم, لا?'
   * ```
   */
  punctuation?: 'keep' | 'ascii' | 'arabic'
  /**
   * Order of fathatan U+064B and alef U+0627 when tanween is kept: `'fathatan-alef'` writes ًا,
   * `'alef-fathatan'` writes اً, `'keep'` leaves both orders.
   *
   * @example
   * ```ts
   * normalize('كتاباً', { tanweenOrder: 'fathatan-alef' }) // 'كتابًا'
   * ```
   */
  tanweenOrder?: 'keep' | 'fathatan-alef' | 'alef-fathatan'
  /**
   * Cap a run of the same Arabic letter (elongation such as جمييييل) at this many letters;
   * `false` or `0` leaves runs alone.
   *
   * @example
   * ```ts
   * normalize('جمييييل', { maxRepeat: 2 }) // 'جمييل'
   * ```
   */
  maxRepeat?: number | false
  /**
   * With a lexicon: repair a word-final ى that should be ي (`الأوكرانى` → `الأوكراني`).
   *
   * @example
   * ```ts
   * normalize('الرئيس الأوكرانى', { lexicon: arabicLexicon, finalYa: true })
   * ```
   */
  finalYa?: boolean
  /**
   * With a lexicon: split words run together (`الولاياتالمتحدة` → `الولايات المتحدة`).
   *
   * @example
   * ```ts
   * normalize('الولاياتالمتحدة', { lexicon: arabicLexicon, runOn: true })
   * ```
   */
  runOn?: boolean
}

/**
 * The id of a normalization rule, as recorded in `TextChange.ruleId`: `normalize/<rule>` (the
 * full list is {@link ruleIds}).
 *
 * @example
 * ```ts
 * const rule: RuleId = 'normalize/alef'
 * ```
 */
export type RuleId =
  | 'normalize/nfkc'
  | 'normalize/presentation-forms'
  | 'normalize/compose'
  | 'normalize/invisible'
  | 'normalize/controls'
  | 'normalize/spaces'
  | 'normalize/collapse-spaces'
  | 'normalize/punctuation-spacing'
  | 'normalize/tatweel'
  | 'normalize/diacritics'
  | 'normalize/dagger-alef'
  | 'normalize/alef'
  | 'normalize/alef-maksura'
  | 'normalize/teh-marbuta'
  | 'normalize/hamza-seats'
  | 'normalize/persian'
  | 'normalize/digits'
  | 'normalize/punctuation'
  | 'normalize/tanween-order'
  | 'normalize/elongation'
  | 'normalize/final-ya'
  | 'normalize/run-on'

/**
 * What {@link normalizeDetailed} returns.
 *
 * @example
 * ```ts
 * const { text, alignment, changes } = normalizeDetailed('ﷲ أكبر')
 * ```
 */
export interface NormalizeResult {
  /**
   * The normalized text (the same string {@link normalize} returns).
   *
   * @example
   * ```ts
   * normalizeDetailed('ﷲ').text // 'الله'
   * ```
   */
  readonly text: string
  /**
   * Maps spans between the input and {@link NormalizeResult.text}, both ways.
   *
   * @example
   * ```ts
   * normalizeDetailed('ﷲ').alignment.toOriginal(0, 4) // [0, 1]
   * ```
   */
  readonly alignment: Alignment
  /**
   * Every change made, in order (computed on first access): a complete edit script from the input
   * to {@link NormalizeResult.text}, each change with `ruleId` `normalize/<rule>`, `source`
   * `'@nuqta/normalize'`, a `reason` and a `kind`.
   *
   * @example
   * ```ts
   * normalizeDetailed('ﷲ').changes[0].ruleId // 'normalize/presentation-forms'
   * ```
   */
  readonly changes: readonly TextChange[]
}
