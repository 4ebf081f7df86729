/**
 * `@nuqta/dedup`: exact and near-duplicate detection (MinHash LSH) and repeated-line finding for
 * documents at corpus scale, in Node and browsers.
 * @module @nuqta/dedup
 */
export { Deduplicator } from './dedup'
export { DedupOptionsError, DuplicateIdError, IndexFormatError } from './errors'
export {
  type LineFlag,
  type RepeatedLine,
  RepeatedLines,
  type RepeatedLinesOptions,
  type StripResult,
} from './lines'
export {
  bandKeys,
  type LshErrorAreas,
  type LshParams,
  type LshWeights,
  lshErrorAreas,
  optimalParams,
} from './lsh'
export {
  contentHash,
  type DocumentSketch,
  defaultNormalize,
  estimateJaccard,
  exactJaccard,
  MinHasher,
  type MinHashOptions,
  type NormalizeFn,
} from './minhash'
export type { ShingleOptions } from './shingle'
export type {
  Cluster,
  ClusterMember,
  DedupOptions,
  DocumentInput,
  LoadOptions,
  Match,
  RepresentativeRule,
} from './types'
export {
  type SketchWorker,
  serveSketches,
  sketchWithWorkers,
  type WorkerScope,
} from './workers'
