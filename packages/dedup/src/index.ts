export {
  type Cluster,
  type ClusterMember,
  Deduplicator,
  type DedupOptions,
  type LoadOptions,
  type Match,
  type RepresentativeRule,
} from './dedup.js'
export { DedupOptionsError, DuplicateIdError, IndexFormatError } from './errors.js'
export {
  type LineFlag,
  type LineRemoval,
  type RepeatedLine,
  RepeatedLines,
  type RepeatedLinesOptions,
  type StripResult,
} from './lines.js'
export {
  bandKeys,
  type LshErrorAreas,
  type LshParams,
  type LshWeights,
  lshErrorAreas,
  optimalParams,
} from './lsh.js'
export {
  contentHash,
  type DocumentSketch,
  defaultNormalize,
  estimateJaccard,
  exactJaccard,
  MinHasher,
  type MinHashOptions,
  type Normalizer,
} from './minhash.js'
export type { ShingleOptions } from './shingle.js'
export {
  type SketchWorker,
  serveSketches,
  sketchWithWorkers,
  type WorkerScope,
} from './workers.js'
