/**
 * The storage of a {@link Deduplicator}: one slot per document, in insertion order, holding its
 * id, MinHash signature (in pages, so growing never copies them), content hash, length, shingle
 * count, and (with `verify: 'exact'`) its shingle set. Removed documents keep their slot until
 * the index is saved and loaded again.
 * @module
 */

const PAGE_BITS = 10
const PAGE = 1 << PAGE_BITS
const PAGE_MASK = PAGE - 1

/** The 16 hex digits of a 64-bit hash held as two 32-bit halves. */
export function hexOf(hi: number, lo: number): string {
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0')
}

/**
 * Documents by slot, in typed arrays. Internal to the package.
 * @internal
 */
export class SketchStore {
  /** Signature length. */
  readonly k: number
  /** Slots allocated (removed ones included). */
  count = 0
  /** Documents present. */
  liveCount = 0
  capacity = 1024
  ids: (string | undefined)[] = []
  readonly slotOf = new Map<string, number>()
  /** Signatures in pages of PAGE documents: no reallocation, no copies while growing. */
  pages: Uint32Array[] = []
  hashHi = new Uint32Array(this.capacity)
  hashLo = new Uint32Array(this.capacity)
  lengths = new Uint32Array(this.capacity)
  shingleCounts = new Uint32Array(this.capacity)
  alive = new Uint8Array(this.capacity)
  sets: (Uint32Array | undefined)[] = []
  /** Slots of documents without shingles, by content hash (they match only exactly). */
  readonly emptyByHash = new Map<string, number[]>()

  constructor(k: number) {
    this.k = k
  }

  /** The page holding the signature of `slot`. */
  page(slot: number): Uint32Array {
    return this.pages[slot >>> PAGE_BITS] as Uint32Array
  }

  /** Offset of the signature of `slot` in its page. */
  off(slot: number): number {
    return (slot & PAGE_MASK) * this.k
  }

  /** The signature of `slot` (a view). */
  signature(slot: number): Uint32Array {
    const off = this.off(slot)
    return this.page(slot).subarray(off, off + this.k)
  }

  /** The content hash of `slot`. */
  hash(slot: number): string {
    return hexOf(this.hashHi[slot] as number, this.hashLo[slot] as number)
  }

  /** Makes room for `n` slots. */
  reserve(n: number): void {
    while (this.pages.length * PAGE < n) this.pages.push(new Uint32Array(PAGE * this.k))
    if (n <= this.capacity) return
    let cap = this.capacity
    while (cap < n) cap = Math.ceil(cap * 1.25)
    const grow = <T extends Uint32Array | Uint8Array>(a: T, size: number): T => {
      const next = new (a.constructor as new (n: number) => T)(size)
      next.set(a)
      return next
    }
    this.hashHi = grow(this.hashHi, cap)
    this.hashLo = grow(this.hashLo, cap)
    this.lengths = grow(this.lengths, cap)
    this.shingleCounts = grow(this.shingleCounts, cap)
    this.alive = grow(this.alive, cap)
    this.capacity = cap
  }

  /** The next free slot (its signature is written by the caller, then {@link commit}). */
  allocate(): number {
    this.reserve(this.count + 1)
    return this.count
  }

  /** Records a document in the slot {@link allocate} gave. */
  commit(slot: number, id: string, hash: string, length: number, shingles: number): void {
    this.count++
    this.liveCount++
    this.ids[slot] = id
    this.slotOf.set(id, slot)
    this.alive[slot] = 1
    this.hashHi[slot] = Number.parseInt(hash.slice(0, 8), 16)
    this.hashLo[slot] = Number.parseInt(hash.slice(8, 16), 16)
    this.lengths[slot] = length
    this.shingleCounts[slot] = shingles
    if (shingles === 0) this.addEmpty(hash, slot)
  }

  /** Files a document without shingles under its content hash. */
  addEmpty(hash: string, slot: number): void {
    const list = this.emptyByHash.get(hash)
    if (list) list.push(slot)
    else this.emptyByHash.set(hash, [slot])
  }

  /** Marks the document of `slot` removed. */
  remove(slot: number): void {
    this.slotOf.delete(this.ids[slot] as string)
    this.alive[slot] = 0
    this.liveCount--
    this.ids[slot] = undefined
    this.sets[slot] = undefined
    if (this.shingleCounts[slot] === 0) {
      const key = this.hash(slot)
      const list = this.emptyByHash.get(key)
      if (list) {
        const rest = list.filter((s) => s !== slot)
        if (rest.length) this.emptyByHash.set(key, rest)
        else this.emptyByHash.delete(key)
      }
    }
  }

  /** Slots of the documents present, in insertion order. */
  orderedSlots(): number[] {
    const out: number[] = []
    for (let s = 0; s < this.count; s++) if (this.alive[s]) out.push(s)
    return out
  }

  /** Bytes held by the typed arrays, id strings and shingle sets. */
  get byteLength(): number {
    let bytes =
      this.pages.reduce((n, p) => n + p.byteLength, 0) +
      this.hashHi.byteLength +
      this.hashLo.byteLength +
      this.lengths.byteLength +
      this.shingleCounts.byteLength +
      this.alive.byteLength
    for (const id of this.ids) if (id !== undefined) bytes += 2 * id.length
    for (const s of this.sets) if (s) bytes += s.byteLength
    return bytes
  }
}
