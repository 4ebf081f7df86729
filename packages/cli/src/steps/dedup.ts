/**
 * The dedup step: every call into `@nuqta/dedup` lives here. Signatures are computed where the
 * other CPU-bound steps run (the worker pool); the index, the repeated-line counts and the
 * clusters live on the main thread, fed in input order.
 * @module
 */
import {
  bandKeys,
  Deduplicator,
  type DocumentSketch,
  MinHasher,
  optimalParams,
  RepeatedLines,
} from '@nuqta/dedup'
import type { DedupField, RepeatedLineFlag } from '../record'

/** Dedup settings chosen on the command line. */
export interface DedupSettings {
  threshold: number
  numPerm: number
  seed: number
  shingleSize: number
  representative: 'longest' | 'earliest'
  minLineDocs: number
}

/** The defaults of `nuqta dedup` and `nuqta run`. */
export const DEDUP_DEFAULTS: DedupSettings = {
  threshold: 0.8,
  numPerm: 128,
  seed: 1,
  shingleSize: 5,
  representative: 'longest',
  minLineDocs: 3,
}

/** A sketch as plain data that crosses threads. */
export interface PlainSketch {
  signature: Uint32Array
  contentHash: string
  length: number
  shingles: number
}

/** A signature maker for the worker side. */
export function createSketcher(s: DedupSettings): (text: string) => PlainSketch {
  const hasher = new MinHasher({
    numPerm: s.numPerm,
    seed: s.seed,
    shingle: { unit: 'word', size: s.shingleSize },
  })
  return (text) => {
    const k: DocumentSketch = hasher.sketch(text)
    return {
      signature: k.signature,
      contentHash: k.contentHash,
      length: k.length,
      shingles: k.shingles,
    }
  }
}

/** The LSH banding the index uses for these settings. */
export function bandingOf(s: DedupSettings): { bands: number; rows: number } {
  return optimalParams(s.threshold, s.numPerm)
}

/** Band keys of one signature, as unsigned 32-bit numbers (the index's own keys). */
export function bandKeyNumbers(signature: Uint32Array, bands: number, rows: number): number[] {
  return bandKeys(signature, { bands, rows }).map((h) => Number.parseInt(h, 16))
}

/** The main-thread side: index, repeated lines, clusters. */
export class DedupIndex {
  private readonly index: Deduplicator
  private readonly lines: RepeatedLines
  readonly settings: DedupSettings

  constructor(s: DedupSettings) {
    this.settings = s
    this.index = new Deduplicator({
      threshold: s.threshold,
      numPerm: s.numPerm,
      seed: s.seed,
      shingle: { unit: 'word', size: s.shingleSize },
      representative: s.representative,
    })
    this.lines = new RepeatedLines({ minDocuments: s.minLineDocs })
  }

  /** Add one document (by its input position) with its sketch and line text. */
  add(seq: number, sketch: PlainSketch, text: string): void {
    this.index.addSketch(String(seq), sketch)
    this.lines.add(text)
  }

  /** Clusters of two or more documents: representative seq and member seqs. */
  clusters(): { representative: number; members: number[] }[] {
    return this.index.clusters().map((c) => ({
      representative: Number(c.representative),
      members: c.members.map(Number),
    }))
  }

  /** Repeated lines of a document's text. */
  repeatedLines(text: string): RepeatedLineFlag[] {
    return this.lines
      .flag(text)
      .filter((f) => f.repeated)
      .map((f) => ({ start: f.start, end: f.end, line: f.line, count: f.count }))
  }

  /** The most repeated lines overall. */
  topLines(limit: number): { text: string; count: number }[] {
    return this.lines.repeated(limit)
  }

  /** LSH banding in use. */
  get params(): { bands: number; rows: number } {
    return this.index.params
  }

  /** Approximate bytes held by the index. */
  get byteLength(): number {
    return this.index.byteLength
  }
}

/** The dedup field of a record. */
export function dedupField(
  hash: string,
  cluster: { representative: number; size: number; representativeId: string } | undefined,
  seq: number,
  repeatedLines: RepeatedLineFlag[],
): DedupField {
  if (!cluster)
    return {
      hash,
      cluster: null,
      clusterSeq: null,
      clusterSize: 1,
      representative: true,
      duplicate: false,
      repeatedLines,
    }
  const isRep = cluster.representative === seq
  return {
    hash,
    cluster: cluster.representativeId,
    clusterSeq: cluster.representative,
    clusterSize: cluster.size,
    representative: isRep,
    duplicate: !isRep,
    repeatedLines,
  }
}
