/**
 * The explorer's dedup panel, without the DOM: index texts with `@nuqta/dedup` (character
 * 5-grams, so 10 %-edited copies are still found) and report clusters with estimated Jaccard.
 */
import { Deduplicator, estimateJaccard } from '@nuqta/dedup'
import { normalize } from '@nuqta/normalize'

/** One text to index. */
export interface DedupInput {
  /** Unique id shown on the page. */
  id: string
  /** The text. */
  text: string
}

/** A cluster member and how close it is to the cluster's representative. */
export interface DedupMember {
  /** The member's id. */
  id: string
  /** Estimated Jaccard of its signature with the representative's (1 for the representative). */
  similarity: number
  /** True when its normalized text hashes like the representative's. */
  exact: boolean
}

/** What the panel shows. */
export interface DedupReport {
  /** Clusters of two or more documents, representative first. */
  clusters: { representative: string; members: DedupMember[] }[]
  /** Ids in no cluster. */
  unique: string[]
  /** Estimated Jaccard for every pair, `matrix[i][j]` for `inputs[i]` and `inputs[j]`. */
  matrix: number[][]
  /** LSH banding used. */
  params: { bands: number; rows: number }
}

/** Settings of the panel. */
export interface DedupSettings {
  /** Jaccard threshold for near duplicates. */
  threshold: number
  /** Normalize with `@nuqta/normalize`'s `search` profile (else dedup's NFKC + lower case). */
  searchNormalizer: boolean
}

/** Indexes `inputs` in order (the earliest document of a cluster is its representative). */
export function runDedup(inputs: readonly DedupInput[], settings: DedupSettings): DedupReport {
  const dedup = new Deduplicator({
    threshold: settings.threshold,
    shingle: { unit: 'char', size: 5 },
    representative: 'earliest',
    ...(settings.searchNormalizer
      ? {
          normalize: (text: string) => normalize(text, 'search'),
          normalizeName: '@nuqta/normalize:search',
        }
      : {}),
  })
  dedup.addBatch(inputs)
  const signature = (id: string): Uint32Array => {
    const sig = dedup.signature(id)
    if (sig === undefined) throw new Error(`dedup: no signature for ${id}`)
    return sig
  }
  const textOf = new Map(inputs.map((i) => [i.id, i.text]))
  const clusters = dedup.clusters().map((cluster) => {
    const exactIds = new Set(
      dedup
        .query(textOf.get(cluster.representative) ?? '')
        .filter((m) => m.exact)
        .map((m) => m.id),
    )
    const rep = signature(cluster.representative)
    const members = [
      cluster.representative,
      ...cluster.members.filter((m) => m !== cluster.representative),
    ].map((id) => ({
      id,
      similarity: estimateJaccard(rep, signature(id)),
      exact: id === cluster.representative || exactIds.has(id),
    }))
    return { representative: cluster.representative, members }
  })
  const clustered = new Set(clusters.flatMap((c) => c.members.map((m) => m.id)))
  const matrix = inputs.map((a) =>
    inputs.map((b) => estimateJaccard(signature(a.id), signature(b.id))),
  )
  return {
    clusters,
    unique: inputs.map((i) => i.id).filter((id) => !clustered.has(id)),
    matrix,
    params: dedup.params,
  }
}
