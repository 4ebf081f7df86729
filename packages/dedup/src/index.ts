export { DedupOptionsError, DuplicateIdError, IndexFormatError } from './errors.js'
export {
  type Cluster,
  type ClusterMember,
  type DedupOptions,
  Deduplicator,
  type LoadOptions,
  type Match,
  type RepresentativeRule,
} from './dedup.js'
export { type LshParams, type LshWeights, lshErrorAreas, optimalParams } from './lsh.js'
export {
  type DocumentSketch,
  type MinHashOptions,
  MinHasher,
  type Normalizer,
  contentHash,
  defaultNormalize,
  estimateJaccard,
  exactJaccard,
} from './minhash.js'
export type { ShingleOptions } from './shingle.js'
export { type LineFlag, type LineRemoval, RepeatedLines, type RepeatedLinesOptions } from './lines.js'
