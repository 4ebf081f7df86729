/**
 * Clusters of a {@link Deduplicator}: every match found is an edge between two slots; union–find
 * over the edges (and over documents without shingles that share a content hash) gives the
 * clusters, and the representative rule picks the document to keep in each.
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
    for (let e = 0; e < this.edgeCount; e++) {
      const a = this.edges[2 * e] as number
      const b = this.edges[2 * e + 1] as number
      if (store.alive[a] && store.alive[b]) union(a, b)
    }
    for (const list of store.emptyByHash.values()) {
      for (let i = 1; i < list.length; i++) union(list[0] as number, list[i] as number)
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

  /** Bytes held by the edge list. */
  get byteLength(): number {
    return this.edges.byteLength
  }
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
