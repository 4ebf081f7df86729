/**
 * The LSH side of a {@link Deduplicator}: one band table per band over the stored signatures,
 * the candidate search through them, and the verification of each candidate (signature
 * agreement, exact Jaccard, or none).
 * @module
 */
import { BandTable, bandKey, type LshParams } from './lsh'
import { exactJaccard } from './minhash'
import type { SketchStore } from './store'
import type { Match } from './types'

/** How candidates are confirmed. */
export type Verify = 'estimate' | 'exact' | 'none'

/**
 * Band tables over a {@link SketchStore}. Internal to the package.
 * @internal
 */
export class LshIndex {
  readonly params: LshParams
  readonly tables: BandTable[]
  private seen: Int32Array
  private stamp = 0

  constructor(params: LshParams, capacity: number) {
    this.params = params
    this.tables = Array.from({ length: params.bands }, () => new BandTable(capacity))
    this.seen = new Int32Array(capacity)
  }

  /** Files the signature of `slot` under its band keys. */
  insert(store: SketchStore, slot: number): void {
    const { bands, rows } = this.params
    const page = store.page(slot)
    const off = store.off(slot)
    for (let b = 0; b < bands; b++)
      (this.tables[b] as BandTable).insert(bandKey(page, off, b, rows), slot)
  }

  /** Unlinks `slot` from every band table. */
  remove(store: SketchStore, slot: number): void {
    const { rows } = this.params
    this.tables.forEach((t, b) => {
      t.remove(slot, bandKey(store.page(slot), store.off(slot), b, rows))
    })
  }

  /**
   * The stored documents that share a band with the signature at `sig[offset…]` and pass
   * verification, best first.
   */
  search(
    store: SketchStore,
    sig: Uint32Array,
    offset: number,
    hash: string,
    set: Uint32Array | undefined,
    self: number,
    verify: Verify,
    threshold: number,
  ): Match[] {
    const { bands, rows } = this.params
    const k = store.k
    if (this.seen.length < store.capacity) {
      const next = new Int32Array(store.capacity)
      next.set(this.seen)
      this.seen = next
    }
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(0)
      this.stamp = 0
    }
    const stamp = ++this.stamp
    const hi = Number.parseInt(hash.slice(0, 8), 16)
    const lo = Number.parseInt(hash.slice(8, 16), 16)
    const out: Match[] = []
    for (let b = 0; b < bands; b++) {
      const table = this.tables[b] as BandTable
      const next = table.next
      for (let c = table.head(bandKey(sig, offset, b, rows)); c >= 0; c = next[c] as number) {
        if (this.seen[c] === stamp || c === self) continue
        this.seen[c] = stamp
        if (!store.alive[c]) continue
        const exact = store.hashHi[c] === hi && store.hashLo[c] === lo
        let similarity: number
        if (exact) similarity = 1
        else if (verify === 'exact')
          similarity = exactJaccard(set as Uint32Array, store.sets[c] as Uint32Array)
        else {
          let same = 0
          const sigs = store.page(c)
          const base = store.off(c)
          for (let i = 0; i < k; i++) if (sigs[base + i] === sig[offset + i]) same++
          similarity = same / k
        }
        if (verify !== 'none' && similarity < threshold) continue
        out.push({ id: store.ids[c] as string, similarity, exact })
      }
    }
    out.sort((x, y) => y.similarity - x.similarity)
    return out
  }

  /** Bytes held by the band tables and the visited marks. */
  get byteLength(): number {
    let bytes = this.seen.byteLength
    for (const t of this.tables) bytes += t.byteLength
    return bytes
  }
}
