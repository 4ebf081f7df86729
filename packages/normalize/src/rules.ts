/**
 * The rules of the normalizer: their ids (`normalize/<rule>`), the index each has in the engine's
 * tables, and what a change made by each one is (its `kind` and `reason`).
 * @module
 */
import type { ChangeKind } from '@nuqta/core'
import type { RuleId } from './types'

/**
 * Every rule id the normalizer records on a change, in the order the engine numbers them.
 *
 * @example
 * ```ts
 * ruleIds.includes('normalize/alef') // true
 * ```
 */
export const ruleIds: readonly RuleId[] = Object.freeze([
  'normalize/nfkc',
  'normalize/presentation-forms',
  'normalize/compose',
  'normalize/invisible',
  'normalize/controls',
  'normalize/spaces',
  'normalize/collapse-spaces',
  'normalize/punctuation-spacing',
  'normalize/tatweel',
  'normalize/diacritics',
  'normalize/dagger-alef',
  'normalize/alef',
  'normalize/alef-maksura',
  'normalize/teh-marbuta',
  'normalize/hamza-seats',
  'normalize/persian',
  'normalize/digits',
  'normalize/punctuation',
  'normalize/tanween-order',
  'normalize/elongation',
  'normalize/final-ya',
  'normalize/run-on',
] as const)

/** Rule ids by engine index (index 0 means "no rule"). */
export const RULES: readonly (RuleId | '')[] = ['', ...ruleIds]

/** A rule's name without its `normalize/` prefix (`alef`, `final-ya`…). */
type ShortRule = RuleId extends `normalize/${infer S}` ? S : never

/** Engine index of each rule, by the rule's short name. */
export const R: Readonly<Record<ShortRule, number>> = Object.fromEntries(
  ruleIds.map((r, i) => [r.slice('normalize/'.length), i + 1]),
) as Record<ShortRule, number>

/** Rules that only ever delete input (their changes have an empty output). */
export const DELETING: ReadonlySet<number> = new Set(
  (
    [
      'invisible',
      'controls',
      'collapse-spaces',
      'punctuation-spacing',
      'diacritics',
      'elongation',
    ] as const
  ).map((r) => R[r]),
)

/** What a change that replaces text (neither a pure removal nor a pure insertion) is, per rule. */
const REPLACING_KIND: Readonly<Record<RuleId, ChangeKind>> = {
  'normalize/nfkc': 'fold',
  'normalize/presentation-forms': 'fold',
  'normalize/compose': 'fold',
  'normalize/invisible': 'removal',
  'normalize/controls': 'removal',
  'normalize/spaces': 'substitution',
  'normalize/collapse-spaces': 'substitution',
  'normalize/punctuation-spacing': 'substitution',
  'normalize/tatweel': 'substitution',
  'normalize/diacritics': 'removal',
  'normalize/dagger-alef': 'fold',
  'normalize/alef': 'fold',
  'normalize/alef-maksura': 'fold',
  'normalize/teh-marbuta': 'fold',
  'normalize/hamza-seats': 'fold',
  'normalize/persian': 'fold',
  'normalize/digits': 'fold',
  'normalize/punctuation': 'fold',
  'normalize/tanween-order': 'substitution',
  'normalize/elongation': 'removal',
  'normalize/final-ya': 'repair',
  'normalize/run-on': 'repair',
}

/** Why each rule changes text, for a person. */
const REASONS: Readonly<Record<RuleId, string>> = {
  'normalize/nfkc': 'Unicode compatibility form replaced by its NFKC normal form',
  'normalize/presentation-forms': 'Arabic presentation form replaced by its letters',
  'normalize/compose': 'letter and combining hamza or madda composed into one letter',
  'normalize/invisible': 'invisible or bidi control character removed',
  'normalize/controls': 'control character removed',
  'normalize/spaces': 'Unicode space replaced by a plain space',
  'normalize/collapse-spaces': 'run of spaces collapsed into one',
  'normalize/punctuation-spacing': 'space around punctuation fixed',
  'normalize/tatweel': 'tatweel removed or standalone tatweel written as a dash',
  'normalize/diacritics': 'diacritic removed',
  'normalize/dagger-alef': 'dagger alef written as a full alef',
  'normalize/alef': 'alef variant folded to bare alef',
  'normalize/alef-maksura': 'alef maksura folded to yeh',
  'normalize/teh-marbuta': 'teh marbuta folded to heh',
  'normalize/hamza-seats': 'hamza on a seat folded to the bare seat',
  'normalize/persian': 'Persian or Urdu letter replaced by its Arabic look-alike',
  'normalize/digits': 'digit converted to the chosen digit set',
  'normalize/punctuation': 'punctuation mark converted to the chosen script',
  'normalize/tanween-order': 'fathatan and alef put in the chosen order',
  'normalize/elongation': 'repeated letter (elongation) removed',
  'normalize/final-ya': 'word-final alef maksura that should be yeh repaired (lexicon)',
  'normalize/run-on': 'space inserted between words written together (lexicon)',
}

/** The kind of a change by `rule` from `before` to `after`. */
export function kindOf(rule: RuleId, before: string, after: string): ChangeKind {
  if (after === '') return 'removal'
  if (before === '') return 'insertion'
  return REPLACING_KIND[rule]
}

/** The reason recorded on a change by `rule`. */
export function reasonOf(rule: RuleId): string {
  return REASONS[rule]
}
