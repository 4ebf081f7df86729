/**
 * The one record shape `nuqta` writes (version 1): a `@nuqta/corpus` document plus what every later
 * step found. Documented field by field in the README ("Record format").
 * @module
 */
import type { Document } from '@nuqta/corpus'

/** Version of the record shape; bumped on any breaking change. */
export const RECORD_VERSION = 1

/** The steps a record can have been through, in pipeline order. */
export const STEPS = ['parse', 'clean', 'normalize', 'entities', 'dedup'] as const

/** One step of the pipeline. */
export type StepName = (typeof STEPS)[number]

/** One change the normalizer made, in the shape of `@nuqta/core`'s `TextChange` (from `text` to `normalized.text`). */
export interface NormalizedChange {
  start: number
  end: number
  outputStart: number
  outputEnd: number
  before: string
  after: string
  ruleId: string
}

/** What the normalize step wrote. */
export interface NormalizedField {
  /** The profile used (`search`, `display`, `camel`, `lucene`). */
  profile: string
  /** The normalized text. */
  text: string
  /** Every change from the document's `text` to the normalized text, in order (with `--normalize-changes`). */
  changes?: NormalizedChange[]
}

/** One entity mention, offsets in the document's source text. */
export interface EntityMention {
  start: number
  end: number
  text: string
  type: string
  id?: string | undefined
  confidence?: number | undefined
}

/** A line of the document's `text` that occurs in many documents (template, widget). */
export interface RepeatedLineFlag {
  start: number
  end: number
  line: number
  count: number
}

/** What the dedup step found. */
export interface DedupField {
  /** Content hash of the deduplicated text (16 hex digits). */
  hash: string
  /** Id of the cluster's representative, or `null` when the document has no duplicate. */
  cluster: string | null
  /** Input position (`seq`) of the cluster's representative, or `null`. */
  clusterSeq: number | null
  /** Number of documents in the cluster (1 when alone). */
  clusterSize: number
  /** True for the document kept from its cluster (and for documents without duplicates). */
  representative: boolean
  /** True for a document to drop: it is in a cluster and is not its representative. */
  duplicate: boolean
  /** Lines of `text` seen in at least `--min-line-docs` documents. */
  repeatedLines: RepeatedLineFlag[]
}

/** A record of `nuqta` output, version 1. */
export type NuqtaRecord = Document & {
  /** Record shape version: always 1 here. */
  v: typeof RECORD_VERSION
  /** 0-based position of the document in the whole input (all shards counted). */
  seq: number
  /** The steps this record went through, in order. */
  steps: StepName[]
  normalized?: NormalizedField
  entities?: EntityMention[]
  dedup?: DedupField
}

/** A corpus document turned into a record, or a record passed through. */
export function toRecord(doc: Document, seq: number): NuqtaRecord {
  const r = doc as Partial<NuqtaRecord>
  if (r.v === RECORD_VERSION && Array.isArray(r.steps) && typeof r.seq === 'number')
    return doc as NuqtaRecord
  return { v: RECORD_VERSION, seq, steps: ['parse'], ...doc }
}

/** Mark a step done on a record (kept in pipeline order, never twice). */
export function markStep(record: NuqtaRecord, step: StepName): void {
  if (!record.steps.includes(step)) {
    record.steps.push(step)
    record.steps.sort((a, b) => STEPS.indexOf(a) - STEPS.indexOf(b))
  }
}
