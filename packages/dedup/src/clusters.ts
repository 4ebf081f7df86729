/**
 * Clusters of a {@link Deduplicator}: documents with the same content hash form one group
 * without any edge; a near match is one edge between two slots (one per pair of distinct
 * contents); union–find over the groups and edges gives the clusters, and the representative rule
 * picks the document to keep in each. An edge whose document was removed is carried by another
 * live document with the same content, if any.
 * @module
 */
import { DedupOptionsError } from './errors'
import type { SketchStore } from './store'
import type { Cluster, ClusterMember, RepresentativeRule } from './types'

/** Throws unless `rule` is a representative rule. */
export function checkRule(rule: RepresentativeRule): void {
  if (rule !== 'longest' && rule !== 'earliest' && typeof rule !== 'function') {
    throw new DedupOptionsError({
      option: 'representative',
      message: "must be 'longest', 'earliest' or a function",
    })
  }
}

/**
 * The match edges between slots. Internal to the package.
 * @internal
 */
export class MatchGraph {
  edges = new Int32Array(1024)
  edgeCount = 0

  /** Records a match between slots `a` and `b`. */
  push(a: number, b: number): void {
    if (2 * this.edgeCount + 2 > this.edges.length) {
      const next = new Int32Array(this.edges.length * 2)
      next.set(this.edges)
      this.edges = next
    }
    this.edges[2 * this.edgeCount] = a
    this.edges[2 * this.edgeCount + 1] = b
    this.edgeCount++
  }

  /** Clusters of two or more present documents, in order of their first member. */
  clusters(store: SketchStore, rule: RepresentativeRule): Cluster[] {
    const parent = new Int32Array(store.count)
    for (let i = 0; i < store.count; i++) parent[i] = i
    const find = (x: number): number => {
      let r = x
      while (parent[r] !== r) r = parent[r] as number
      while (parent[x] !== r) {
        const n = parent[x] as number
        parent[x] = r
        x = n
      }
      return r
    }
    const union = (a: number, b: number) => {
      const ra = find(a)
      const rb = find(b)
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb)
    }
    const live = this.liveEdges(store)
    for (let e = 0; e < live.length; e += 2) union(live[e] as number, live[e + 1] as number)
    for (const slots of contentGroups(store).values()) {
      for (let i = 1; i < slots.length; i++) union(slots[0] as number, slots[i] as number)
    }
    const groups = new Map<number, number[]>()
    for (let s = 0; s < store.count; s++) {
      if (!store.alive[s]) continue
      const r = find(s)
      const g = groups.get(r)
      if (g) g.push(s)
      else groups.set(r, [s])
    }
    const out: Cluster[] = []
    for (const slots of groups.values()) {
      if (slots.length < 2) continue
      const members = slots.map((s) => store.ids[s] as string)
      out.push({ representative: pick(store, slots, rule), members })
    }
    return out
  }

  /**
   * The edges between present documents as a flat list of slot pairs: an end whose document was
   * removed is replaced by the first present document with the same content hash (identical
   * text, so the match holds for it), or the edge is dropped when there is none.
   */
  liveEdges(store: SketchStore): number[] {
    let firstOf: Map<string, number> | undefined
    const stand = (s: number): number => {
      if (store.alive[s]) return s
      firstOf ??= firstLiveByContent(store)
      return firstOf.get(store.hash(s)) ?? -1
    }
    const out: number[] = []
    for (let e = 0; e < this.edgeCount; e++) {
      const a = stand(this.edges[2 * e] as number)
      const b = stand(this.edges[2 * e + 1] as number)
      if (a >= 0 && b >= 0 && a !== b) out.push(a, b)
    }
    return out
  }

  /** Bytes held by the edge list. */
  get byteLength(): number {
    return this.edges.byteLength
  }
}

/** Present slots grouped by content hash (in insertion order), for groups of two or more. */
function contentGroups(store: SketchStore): Map<string, number[]> {
  const byHash = new Map<string, number[]>()
  for (let s = 0; s < store.count; s++) {
    if (!store.alive[s]) continue
    const key = store.hash(s)
    const g = byHash.get(key)
    if (g) g.push(s)
    else byHash.set(key, [s])
  }
  return byHash
}

/** The first present slot of each content hash. */
function firstLiveByContent(store: SketchStore): Map<string, number> {
  const first = new Map<string, number>()
  for (let s = 0; s < store.count; s++) {
    if (!store.alive[s]) continue
    const key = store.hash(s)
    if (!first.has(key)) first.set(key, s)
  }
  return first
}

/** The id to keep among `slots` (in insertion order) by `rule`. */
function pick(store: SketchStore, slots: number[], rule: RepresentativeRule): string {
  if (rule === 'earliest') return store.ids[slots[0] as number] as string
  if (rule === 'longest') {
    let best = slots[0] as number
    for (const s of slots)
      if ((store.lengths[s] as number) > (store.lengths[best] as number)) best = s
    return store.ids[best] as string
  }
  const members: ClusterMember[] = slots.map((s) => ({
    id: store.ids[s] as string,
    length: store.lengths[s] as number,
    order: s,
  }))
  const chosen = rule(members)
  if (!members.some((m) => m.id === chosen)) {
    throw new DedupOptionsError({
      option: 'representative',
      message: `returned ${chosen}, not a cluster member`,
    })
  }
  return chosen
}
