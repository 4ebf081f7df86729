/**
 * The shapes a {@link Deduplicator} takes and gives: options, documents, matches and clusters.
 * @module
 */
import type { LshWeights } from './lsh'
import type { MinHashOptions, NormalizeFn } from './minhash'

/**
 * A document offered to the representative rule of a cluster.
 * @example
 * ```ts
 * const m: ClusterMember = { id: 'a', length: 3100, order: 0 }
 * ```
 */
export interface ClusterMember {
  /**
   * Document id.
   * @example
   * ```ts
   * const id: ClusterMember['id'] = 'site-7/2024-03-01/12'
   * ```
   */
  id: string
  /**
   * Length of the original text (UTF-16 code units).
   * @example
   * ```ts
   * const length: ClusterMember['length'] = 2800
   * ```
   */
  length: number
  /**
   * Position in insertion order (smaller is earlier; the relative order survives save and load).
   * @example
   * ```ts
   * const order: ClusterMember['order'] = 12
   * ```
   */
  order: number
}

/**
 * How a cluster's representative (the document to keep) is chosen: `'longest'` (longest original
 * text, ties to the earliest), `'earliest'` (first added), or a function that receives the
 * members in insertion order and returns the id to keep.
 * @example
 * ```ts
 * const rule: RepresentativeRule = (members) => members[members.length - 1]!.id // latest
 * ```
 */
export type RepresentativeRule = 'longest' | 'earliest' | ((members: ClusterMember[]) => string)

/**
 * Options of a {@link Deduplicator}: the {@link MinHashOptions} plus LSH and clustering settings.
 * @example
 * ```ts
 * const options: DedupOptions = { threshold: 0.8, numPerm: 128, representative: 'longest' }
 * ```
 */
export interface DedupOptions extends MinHashOptions {
  /**
   * Jaccard threshold in (0, 1] for near duplicates (default 0.8).
   * @example
   * ```ts
   * const threshold: DedupOptions['threshold'] = 0.5
   * ```
   */
  threshold?: number
  /**
   * Explicit number of bands (give `rows` too); by default chosen by {@link optimalParams}.
   * @example
   * ```ts
   * const bands: DedupOptions['bands'] = 16
   * ```
   */
  bands?: number
  /**
   * Explicit rows per band (give `bands` too).
   * @example
   * ```ts
   * const rows: DedupOptions['rows'] = 8
   * ```
   */
  rows?: number
  /**
   * Weights for {@link optimalParams} when bands and rows are not given.
   * @example
   * ```ts
   * const weights: DedupOptions['weights'] = { falsePositive: 0.3, falseNegative: 0.7 }
   * ```
   */
  weights?: LshWeights
  /**
   * How LSH candidates are confirmed: `'estimate'` (default; signature agreement ≥ threshold),
   * `'exact'` (exact Jaccard of the shingle sets, which are then kept in memory: about
   * 4 bytes per shingle), or `'none'` (every LSH candidate is a match, as datasketch returns them).
   * @example
   * ```ts
   * const verify: DedupOptions['verify'] = 'exact'
   * ```
   */
  verify?: 'estimate' | 'exact' | 'none'
  /**
   * Representative rule of {@link Deduplicator.clusters} (default `'longest'`).
   * @example
   * ```ts
   * const representative: DedupOptions['representative'] = 'earliest'
   * ```
   */
  representative?: RepresentativeRule
  /**
   * The name of the `normalize` function, saved in the index and checked on load (default
   * `'nfkc-lower'` for the built-in one, `'custom'` for any function given). It is not the
   * function itself (functions cannot be saved): the name says which one to pass to `load()`.
   * @example
   * ```ts
   * const normalizeName: DedupOptions['normalizeName'] = '@nuqta/normalize:search'
   * ```
   */
  normalizeName?: string
}

/**
 * An earlier document that matches a new or queried one.
 * @example
 * ```ts
 * const m: Match = { id: 'a', similarity: 0.92, exact: false }
 * ```
 */
export interface Match {
  /**
   * The matching document's id.
   * @example
   * ```ts
   * const id: Match['id'] = 'a'
   * ```
   */
  id: string
  /**
   * Jaccard similarity: estimated from signatures, or exact with `verify: 'exact'`
   * (1 for exact duplicates).
   * @example
   * ```ts
   * const similarity: Match['similarity'] = 0.875
   * ```
   */
  similarity: number
  /**
   * True when the normalized contents are identical (same {@link contentHash}).
   * @example
   * ```ts
   * const exact: Match['exact'] = true
   * ```
   */
  exact: boolean
}

/**
 * A group of duplicates found by union–find over all matches.
 * @example
 * ```ts
 * const c: Cluster = { representative: 'a', members: ['a', 'b', 'c'] }
 * ```
 */
export interface Cluster {
  /**
   * The id to keep, chosen by the representative rule.
   * @example
   * ```ts
   * const representative: Cluster['representative'] = 'a'
   * ```
   */
  representative: string
  /**
   * All member ids in insertion order, the representative included.
   * @example
   * ```ts
   * const members: Cluster['members'] = ['a', 'b']
   * ```
   */
  members: string[]
}

/**
 * Options of {@link Deduplicator.load}: what cannot be saved (functions).
 * @example
 * ```ts
 * const o: LoadOptions = { normalize: (t) => t.toLowerCase(), normalizeName: 'lower' }
 * ```
 */
export interface LoadOptions {
  /**
   * The `normalize` function the index was built with (required when it was not the built-in one).
   * @example
   * ```ts
   * const normalize: LoadOptions['normalize'] = (t) => t.toLowerCase()
   * ```
   */
  normalize?: NormalizeFn
  /**
   * Its name; must equal the saved name when given.
   * @example
   * ```ts
   * const normalizeName: LoadOptions['normalizeName'] = 'lower'
   * ```
   */
  normalizeName?: string
  /**
   * Representative rule (default: the saved `'longest'` or `'earliest'`; a function is never saved).
   * @example
   * ```ts
   * const representative: LoadOptions['representative'] = 'earliest'
   * ```
   */
  representative?: RepresentativeRule
}

/**
 * A document to add: its unique id and its text. A `Document` from `@nuqta/corpus` fits.
 * @example
 * ```ts
 * const doc: DocumentInput = { id: 'news-1', text: 'قال الرئيس' }
 * ```
 */
export interface DocumentInput {
  /**
   * Unique document id.
   * @example
   * ```ts
   * const id: DocumentInput['id'] = 'news-1'
   * ```
   */
  readonly id: string
  /**
   * The document text.
   * @example
   * ```ts
   * const text: DocumentInput['text'] = 'قال الرئيس'
   * ```
   */
  readonly text: string
}
