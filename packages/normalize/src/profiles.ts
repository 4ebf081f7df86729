import { describeType, NormalizeTypeError } from './errors'
import type { DiacriticsOptions, Lexicon, NormalizeOptions, ProfileName } from './types'

const NO_DIACRITICS: Required<DiacriticsOptions> = {
  harakat: false,
  tanween: false,
  shadda: false,
  sukun: false,
  daggerAlef: false,
  quranic: false,
}

const base = {
  unicode: 'none',
  presentationForms: false,
  compose: false,
  invisible: false,
  controls: false,
  spaces: false,
  collapseSpaces: false,
  punctuationSpacing: false,
  tatweel: 'keep',
  diacritics: false,
  alef: 'keep',
  alefMaksura: false,
  tehMarbuta: false,
  hamzaSeats: false,
  persian: false,
  digits: 'keep',
  punctuation: 'keep',
  tanweenOrder: 'keep',
  maxRepeat: false,
  finalYa: false,
  runOn: false,
} as const satisfies NormalizeOptions

const freeze = <T extends object>(o: T): Readonly<T> => Object.freeze(o)

/**
 * The built-in profiles, as full option objects (every rule spelled out).
 *
 * - `display` (default): repairs safe to show a reader: invisible controls, spaces, punctuation
 *   spacing, presentation forms, composition, a standalone tatweel as a dash, and with a lexicon
 *   the final ى repair and run-on split. Newlines kept; no unknown character deleted.
 * - `search`: aggressive folding for matching (everything Lucene does, plus the rest).
 * - `camel`: CAMeL Tools' `normalize_unicode` + `dediac_ar` + `normalize_alef_ar` +
 *   `normalize_alef_maksura_ar` + `normalize_teh_marbuta_ar`.
 * - `lucene`: Lucene's `ArabicNormalizer`.
 *
 * @example
 * ```ts
 * profiles.search.alef // 'all'
 * normalize('أحمد', { ...profiles.search, alef: 'keep' }) // 'أحمد'
 * ```
 */
export const profiles: Readonly<Record<ProfileName, Readonly<NormalizeOptions>>> = freeze({
  display: freeze({
    ...base,
    profile: 'display',
    presentationForms: true,
    compose: true,
    invisible: true,
    spaces: true,
    collapseSpaces: true,
    punctuationSpacing: true,
    tatweel: 'dash',
    finalYa: true,
    runOn: true,
  }),
  search: freeze({
    ...base,
    profile: 'search',
    presentationForms: true,
    compose: true,
    invisible: true,
    controls: true,
    spaces: true,
    collapseSpaces: true,
    punctuationSpacing: true,
    tatweel: 'remove',
    diacritics: true,
    alef: 'all',
    alefMaksura: true,
    tehMarbuta: true,
    hamzaSeats: true,
    persian: true,
    digits: 'ascii',
    punctuation: 'ascii',
    maxRepeat: 2,
    runOn: true,
  }),
  camel: freeze({
    ...base,
    profile: 'camel',
    unicode: 'nfkc',
    diacritics: freeze({
      ...NO_DIACRITICS,
      harakat: true,
      tanween: true,
      shadda: true,
      sukun: true,
      daggerAlef: true,
    }),
    alef: 'camel',
    alefMaksura: true,
    tehMarbuta: true,
  }),
  lucene: freeze({
    ...base,
    profile: 'lucene',
    tatweel: 'remove-all',
    diacritics: freeze({
      ...NO_DIACRITICS,
      harakat: true,
      tanween: true,
      shadda: true,
      sukun: true,
    }),
    alef: 'lucene',
    alefMaksura: true,
    tehMarbuta: true,
  }),
})

/** Options with every field filled in. */
export interface ResolvedOptions {
  profile: ProfileName
  unicode: 'none' | 'nfkc'
  presentationForms: boolean
  compose: boolean
  invisible: boolean
  controls: boolean
  spaces: boolean
  collapseSpaces: boolean
  punctuationSpacing: boolean
  tatweel: 'keep' | 'dash' | 'remove' | 'remove-all'
  diacritics: Required<DiacriticsOptions>
  alef: 'keep' | 'lucene' | 'camel' | 'all'
  alefMaksura: boolean
  tehMarbuta: boolean
  hamzaSeats: boolean
  persian: boolean
  digits: 'keep' | 'ascii' | 'arabic'
  punctuation: 'keep' | 'ascii' | 'arabic'
  tanweenOrder: 'keep' | 'fathatan-alef' | 'alef-fathatan'
  maxRepeat: number
  finalYa: boolean
  runOn: boolean
  lexicon: Lexicon | undefined
}

const ENUMS: Record<string, readonly string[]> = {
  unicode: ['none', 'nfkc'],
  tatweel: ['keep', 'dash', 'remove', 'remove-all'],
  alef: ['keep', 'lucene', 'camel', 'all'],
  digits: ['keep', 'ascii', 'arabic'],
  punctuation: ['keep', 'ascii', 'arabic'],
  tanweenOrder: ['keep', 'fathatan-alef', 'alef-fathatan'],
}
const BOOLS = [
  'presentationForms',
  'compose',
  'invisible',
  'controls',
  'spaces',
  'collapseSpaces',
  'punctuationSpacing',
  'alefMaksura',
  'tehMarbuta',
  'hamzaSeats',
  'persian',
  'finalYa',
  'runOn',
] as const

function resolveDiacritics(v: unknown): Required<DiacriticsOptions> {
  if (v === true || v === false) {
    return {
      harakat: v,
      tanween: v,
      shadda: v,
      sukun: v,
      daggerAlef: v,
      quranic: v,
    }
  }
  if (typeof v !== 'object' || v === null) {
    throw new NormalizeTypeError({
      argument: 'options.diacritics',
      message: `expected a boolean or an object, got ${describeType(v)}`,
    })
  }
  const d = v as DiacriticsOptions
  const out = { ...NO_DIACRITICS }
  for (const k of ['harakat', 'tanween', 'shadda', 'sukun', 'quranic'] as const) {
    const x = d[k]
    if (x === undefined) continue
    if (typeof x !== 'boolean') {
      throw new NormalizeTypeError({
        argument: `options.diacritics.${k}`,
        message: `expected a boolean, got ${describeType(x)}`,
      })
    }
    out[k] = x
  }
  const da = d.daggerAlef
  if (da !== undefined) {
    if (da !== true && da !== false && da !== 'alef') {
      throw new NormalizeTypeError({
        argument: 'options.diacritics.daggerAlef',
        message: `expected a boolean or 'alef', got ${String(da)}`,
      })
    }
    out.daggerAlef = da
  }
  return out
}

/** Fills every option from the profile, validating types. */
export function resolveOptions(
  options: NormalizeOptions | ProfileName | undefined,
): ResolvedOptions {
  let opts: NormalizeOptions
  if (options === undefined) opts = {}
  else if (typeof options === 'string') opts = { profile: options }
  else if (typeof options === 'object' && options !== null && !Array.isArray(options))
    opts = options
  else {
    throw new NormalizeTypeError({
      argument: 'options',
      message: `expected a profile name or an options object, got ${describeType(options)}`,
    })
  }
  const name = opts.profile ?? 'display'
  if (typeof name !== 'string' || !Object.hasOwn(profiles, name)) {
    throw new NormalizeTypeError({
      argument: 'options.profile',
      message: `expected one of display, search, camel, lucene, got ${typeof name === 'string' ? JSON.stringify(name) : describeType(name)}`,
    })
  }
  const p = profiles[name as ProfileName] as NormalizeOptions
  const get = <K extends keyof NormalizeOptions>(k: K): NormalizeOptions[K] =>
    opts[k] !== undefined ? opts[k] : p[k]
  const r = { profile: name } as ResolvedOptions
  const rr = r as unknown as Record<string, unknown>
  for (const k of BOOLS) {
    const v = get(k)
    if (typeof v !== 'boolean')
      throw new NormalizeTypeError({
        argument: `options.${k}`,
        message: `expected a boolean, got ${describeType(v)}`,
      })
    rr[k] = v
  }
  for (const [k, allowed] of Object.entries(ENUMS)) {
    const v = get(k as keyof NormalizeOptions)
    if (typeof v !== 'string' || !allowed.includes(v)) {
      throw new NormalizeTypeError({
        argument: `options.${k}`,
        message: `expected one of ${allowed.join(', ')}, got ${String(v)}`,
      })
    }
    rr[k] = v
  }
  r.diacritics = resolveDiacritics(get('diacritics'))
  const mr = get('maxRepeat')
  if (mr === false || mr === undefined || mr === 0) r.maxRepeat = 0
  else if (typeof mr === 'number' && Number.isInteger(mr) && mr > 0) r.maxRepeat = mr
  else
    throw new NormalizeTypeError({
      argument: 'options.maxRepeat',
      message: `expected a positive integer or false, got ${String(mr)}`,
    })
  const lex = opts.lexicon
  if (lex !== undefined) {
    if (
      typeof lex !== 'object' ||
      lex === null ||
      typeof lex.fixFinalYa !== 'function' ||
      typeof lex.splitRunOn !== 'function'
    ) {
      throw new NormalizeTypeError({
        argument: 'options.lexicon',
        message: 'expected an object with fixFinalYa and splitRunOn methods',
      })
    }
  }
  r.lexicon = lex
  return r
}
