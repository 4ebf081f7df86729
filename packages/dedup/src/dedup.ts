import { DedupOptionsError, DuplicateIdError, IndexFormatError } from './errors.js'
import { FORMAT_VERSION, MAGIC, openIndex, Writer } from './format.js'
import {
  BandTable,
  bandKey,
  bandKeys as bandKeysOf,
  checkThreshold,
  type LshParams,
  type LshWeights,
  optimalParams,
} from './lsh.js'
import {
  contentHash,
  type DocumentSketch,
  exactJaccard,
  MinHasher,
  type MinHashOptions,
  type Normalizer,
} from './minhash.js'
import { CONTENT_HASH } from './patterns.js'
import type { ShingleOptions } from './shingle.js'

/**
 * A document offered to the representative rule of a cluster.
 * @example
 * ```ts
 * const m: ClusterMember = { id: 'a', length: 3100, order: 0 }
 * ```
 */
export interface ClusterMember {
  /**
   * Document id.
   * @example
   * ```ts
   * const id: ClusterMember['id'] = 'site-7/2024-03-01/12'
   * ```
   */
  id: string
  /**
   * Length of the original text (UTF-16 code units).
   * @example
   * ```ts
   * const length: ClusterMember['length'] = 2800
   * ```
   */
  length: number
  /**
   * Position in insertion order (smaller is earlier; the relative order survives save and load).
   * @example
   * ```ts
   * const order: ClusterMember['order'] = 12
   * ```
   */
  order: number
}

/**
 * How a cluster's representative (the document to keep) is chosen: `'longest'` (longest original
 * text, ties to the earliest), `'earliest'` (first added), or a function that receives the
 * members in insertion order and returns the id to keep.
 * @example
 * ```ts
 * const rule: RepresentativeRule = (members) => members[members.length - 1]!.id // latest
 * ```
 */
export type RepresentativeRule = 'longest' | 'earliest' | ((members: ClusterMember[]) => string)

/**
 * Options of a {@link Deduplicator}: the {@link MinHashOptions} plus LSH and clustering settings.
 * @example
 * ```ts
 * const options: DedupOptions = { threshold: 0.8, numPerm: 128, representative: 'longest' }
 * ```
 */
export interface DedupOptions extends MinHashOptions {
  /**
   * Jaccard threshold in (0, 1] for near duplicates (default 0.8).
   * @example
   * ```ts
   * const threshold: DedupOptions['threshold'] = 0.5
   * ```
   */
  threshold?: number
  /**
   * Explicit number of bands (give `rows` too); by default chosen by {@link optimalParams}.
   * @example
   * ```ts
   * const bands: DedupOptions['bands'] = 16
   * ```
   */
  bands?: number
  /**
   * Explicit rows per band (give `bands` too).
   * @example
   * ```ts
   * const rows: DedupOptions['rows'] = 8
   * ```
   */
  rows?: number
  /**
   * Weights for {@link optimalParams} when bands and rows are not given.
   * @example
   * ```ts
   * const weights: DedupOptions['weights'] = { falsePositive: 0.3, falseNegative: 0.7 }
   * ```
   */
  weights?: LshWeights
  /**
   * How LSH candidates are confirmed: `'estimate'` (default; signature agreement ≥ threshold),
   * `'exact'` (exact Jaccard of the shingle sets, which are then kept in memory: about
   * 4 bytes per shingle), or `'none'` (every LSH candidate is a match, as datasketch returns them).
   * @example
   * ```ts
   * const verify: DedupOptions['verify'] = 'exact'
   * ```
   */
  verify?: 'estimate' | 'exact' | 'none'
  /**
   * Representative rule of {@link Deduplicator.clusters} (default `'longest'`).
   * @example
   * ```ts
   * const representative: DedupOptions['representative'] = 'earliest'
   * ```
   */
  representative?: RepresentativeRule
  /**
   * A name for the `normalize` function, saved in the index and checked on load (default
   * `'nfkc-lower'` for the built-in normalizer, `'custom'` for any function given).
   * @example
   * ```ts
   * const normalizerName: DedupOptions['normalizerName'] = '@nuqta/normalize:search'
   * ```
   */
  normalizerName?: string
}

/**
 * An earlier document that matches a new or queried one.
 * @example
 * ```ts
 * const m: Match = { id: 'a', similarity: 0.92, exact: false }
 * ```
 */
export interface Match {
  /**
   * The matching document's id.
   * @example
   * ```ts
   * const id: Match['id'] = 'a'
   * ```
   */
  id: string
  /**
   * Jaccard similarity: estimated from signatures, or exact with `verify: 'exact'`
   * (1 for exact duplicates).
   * @example
   * ```ts
   * const similarity: Match['similarity'] = 0.875
   * ```
   */
  similarity: number
  /**
   * True when the normalized contents are identical (same {@link contentHash}).
   * @example
   * ```ts
   * const exact: Match['exact'] = true
   * ```
   */
  exact: boolean
}

/**
 * A group of duplicates found by union–find over all matches.
 * @example
 * ```ts
 * const c: Cluster = { representative: 'a', members: ['a', 'b', 'c'] }
 * ```
 */
export interface Cluster {
  /**
   * The id to keep, chosen by the representative rule.
   * @example
   * ```ts
   * const representative: Cluster['representative'] = 'a'
   * ```
   */
  representative: string
  /**
   * All member ids in insertion order, the representative included.
   * @example
   * ```ts
   * const members: Cluster['members'] = ['a', 'b']
   * ```
   */
  members: string[]
}

/**
 * Options of {@link Deduplicator.load}: what cannot be saved (functions).
 * @example
 * ```ts
 * const o: LoadOptions = { normalize: (t) => t.toLowerCase(), normalizerName: 'lower' }
 * ```
 */
export interface LoadOptions {
  /**
   * The normalizer the index was built with (required when it was not the built-in one).
   * @example
   * ```ts
   * const normalize: LoadOptions['normalize'] = (t) => t.toLowerCase()
   * ```
   */
  normalize?: Normalizer
  /**
   * Its name; must equal the saved name when given.
   * @example
   * ```ts
   * const normalizerName: LoadOptions['normalizerName'] = 'lower'
   * ```
   */
  normalizerName?: string
  /**
   * Representative rule (default: the saved `'longest'` or `'earliest'`; a function is never saved).
   * @example
   * ```ts
   * const representative: LoadOptions['representative'] = 'earliest'
   * ```
   */
  representative?: RepresentativeRule
}

const BUILTIN_NORMALIZER = 'nfkc-lower'
const PAGE_BITS = 10
const PAGE = 1 << PAGE_BITS
const PAGE_MASK = PAGE - 1
const VERIFY = ['estimate', 'exact', 'none'] as const

/**
 * Streaming exact and near-duplicate detection: MinHash signatures, banded LSH with typed-array
 * tables, verification of candidates, union–find clusters, and a compact binary save format.
 * Documents whose text yields no shingle (empty, or only whitespace and punctuation) never
 * match near duplicates; they are exact duplicates of each other when their content hashes are
 * equal. A document with fewer words (characters) than the shingle size is one shingle.
 * @example
 * ```ts
 * const dedup = new Deduplicator({ threshold: 0.8 })
 * dedup.add('a', 'the quick brown fox jumps over the lazy dog near the river bank today')
 * dedup.add('b', 'The quick brown fox jumps over the lazy dog near the river bank today!')
 * dedup.clusters() // [{ representative: 'b', members: ['a', 'b'] }]
 * ```
 */
export class Deduplicator {
  /**
   * The hasher (its options define compatibility of signatures).
   * @example
   * ```ts
   * new Deduplicator().hasher.numPerm // 128
   * ```
   */
  readonly hasher: MinHasher
  /**
   * Threshold in use.
   * @example
   * ```ts
   * new Deduplicator({ threshold: 0.5 }).threshold // 0.5
   * ```
   */
  readonly threshold: number
  /**
   * Banding in use.
   * @example
   * ```ts
   * new Deduplicator({ threshold: 0.8 }).params // { bands: 9, rows: 13 }
   * ```
   */
  readonly params: LshParams
  /**
   * Verification mode.
   * @example
   * ```ts
   * new Deduplicator().verify // 'estimate'
   * ```
   */
  readonly verify: 'estimate' | 'exact' | 'none'
  /**
   * Normalizer name saved with the index.
   * @example
   * ```ts
   * new Deduplicator().normalizerName // 'nfkc-lower'
   * ```
   */
  readonly normalizerName: string
  private representative: RepresentativeRule
  private readonly k: number
  private readonly tables: BandTable[]
  private capacity: number
  private count = 0
  private liveCount = 0
  private ids: (string | undefined)[] = []
  private readonly slotOf = new Map<string, number>()
  /** Signatures in pages of PAGE documents: no reallocation, no copies while growing. */
  private pages: Uint32Array[] = []
  private hashHi: Uint32Array
  private hashLo: Uint32Array
  private lengths: Uint32Array
  private shingleCounts: Uint32Array
  private alive: Uint8Array
  private seen: Int32Array
  private stamp = 0
  private edges: Int32Array
  private edgeCount = 0
  private sets: (Uint32Array | undefined)[] = []
  private readonly emptyByHash = new Map<string, number[]>()

  /**
   * Creates an empty index.
   * @param options - see {@link DedupOptions}
   * @throws {@link DedupOptionsError} for invalid options
   * @example
   * ```ts
   * const dedup = new Deduplicator({ threshold: 0.5, shingle: { unit: 'char', size: 7 } })
   * ```
   */
  constructor(options: DedupOptions = {}) {
    this.hasher = new MinHasher(options)
    this.k = this.hasher.numPerm
    this.threshold = options.threshold ?? 0.8
    checkThreshold(this.threshold)
    this.verify = options.verify ?? 'estimate'
    if (!VERIFY.includes(this.verify)) {
      throw new DedupOptionsError('verify', `must be one of ${VERIFY.join(', ')}`)
    }
    this.representative = options.representative ?? 'longest'
    checkRule(this.representative)
    this.normalizerName =
      options.normalizerName ?? (options.normalize ? 'custom' : BUILTIN_NORMALIZER)
    if (options.bands !== undefined || options.rows !== undefined) {
      const { bands, rows } = options
      if (
        bands === undefined ||
        rows === undefined ||
        !Number.isInteger(bands) ||
        !Number.isInteger(rows) ||
        bands < 1 ||
        rows < 1 ||
        bands * rows > this.k
      ) {
        throw new DedupOptionsError(
          'bands',
          `bands and rows must both be positive integers with bands × rows ≤ numPerm (${this.k})`,
        )
      }
      this.params = { bands, rows }
    } else {
      this.params = optimalParams(this.threshold, this.k, options.weights)
    }
    this.capacity = 1024
    this.tables = Array.from({ length: this.params.bands }, () => new BandTable(this.capacity))
    this.hashHi = new Uint32Array(this.capacity)
    this.hashLo = new Uint32Array(this.capacity)
    this.lengths = new Uint32Array(this.capacity)
    this.shingleCounts = new Uint32Array(this.capacity)
    this.alive = new Uint8Array(this.capacity)
    this.seen = new Int32Array(this.capacity)
    this.edges = new Int32Array(1024)
  }

  /**
   * Number of documents in the index.
   * @example
   * ```ts
   * new Deduplicator().size // 0
   * ```
   */
  get size(): number {
    return this.liveCount
  }

  /**
   * Whether an id is in the index.
   * @param id - document id
   * @returns true when present
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add('a', 'x'); d.has('a') // true
   * ```
   */
  has(id: string): boolean {
    return this.slotOf.has(id)
  }

  /**
   * Adds a document and returns the earlier documents it duplicates (exactly or nearly).
   * @param id - unique document id
   * @param text - the document text
   * @returns matches among documents added before it (best first)
   * @throws {@link DuplicateIdError} when the id is already present
   * @example
   * ```ts
   * const d = new Deduplicator()
   * d.add('a', 'one two three four five six')
   * d.add('b', 'one two  three four five six') // [{ id: 'a', similarity: 1, exact: true }]
   * ```
   */
  add(id: string, text: string): Match[] {
    this.checkId(id)
    const normalized = this.hasher.normalize(text)
    const slot = this.allocate()
    const shingles = this.hasher.signatureInto(normalized, this.page(slot), this.off(slot))
    if (this.verify === 'exact') this.sets[slot] = setOf(this.hasher, normalized)
    return this.commit(slot, id, contentHash(normalized), text.length, shingles)
  }

  /**
   * Adds a document from a precomputed sketch (e.g. from worker threads with `sketchParallel`
   * of `@nuqta/dedup/node`, or {@link MinHasher.sketch}).
   * @param id - unique document id
   * @param sketch - a sketch made with the same hasher options
   * @returns matches among documents added before it
   * @throws {@link DuplicateIdError} when the id is present; {@link DedupOptionsError} when the
   * signature length differs or the index verifies with exact Jaccard (which needs the text)
   * @example
   * ```ts
   * const d = new Deduplicator()
   * d.addSketch('a', d.hasher.sketch('some text here'))
   * ```
   */
  addSketch(id: string, sketch: DocumentSketch): Match[] {
    this.checkId(id)
    if (sketch.signature.length !== this.k) {
      throw new DedupOptionsError(
        'sketch',
        `signature has ${sketch.signature.length} values, the index uses ${this.k}`,
      )
    }
    if (this.verify === 'exact') {
      throw new DedupOptionsError('sketch', "verify: 'exact' needs the text; use add()")
    }
    if (!CONTENT_HASH.test(sketch.contentHash) || !Number.isInteger(sketch.shingles)) {
      throw new DedupOptionsError(
        'sketch',
        'contentHash must be 16 hex digits and shingles an integer',
      )
    }
    const slot = this.allocate()
    this.page(slot).set(sketch.signature, this.off(slot))
    return this.commit(slot, id, sketch.contentHash, sketch.length, sketch.shingles)
  }

  /**
   * Adds many documents in order; the result at index i holds the matches of document i among
   * all documents before it (earlier batches and earlier documents of this batch).
   * @param docs - documents with `id` and `text`
   * @returns one match list per document
   * @throws {@link DuplicateIdError} on a repeated id (documents before it stay added)
   * @example
   * ```ts
   * new Deduplicator().addBatch([{ id: 'a', text: 'x y' }, { id: 'b', text: 'x y' }])
   * // [[], [{ id: 'a', similarity: 1, exact: true }]]
   * ```
   */
  addBatch(docs: Iterable<{ id: string; text: string }>): Match[][] {
    const out: Match[][] = []
    for (const d of docs) out.push(this.add(d.id, d.text))
    return out
  }

  /**
   * Finds the indexed documents that duplicate a text, without adding it.
   * @param text - the text to look up
   * @returns matches (best first)
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add('a', 'one two three four five six')
   * d.query('ONE two three four five six').map((m) => m.id) // ['a']
   * ```
   */
  query(text: string): Match[] {
    const normalized = this.hasher.normalize(text)
    const sig = new Uint32Array(this.k)
    const shingles = this.hasher.signatureInto(normalized, sig, 0)
    const hash = contentHash(normalized)
    if (shingles === 0) return this.emptyMatches(hash)
    const set = this.verify === 'exact' ? setOf(this.hasher, normalized) : undefined
    return this.search(sig, 0, hash, set, -1)
  }

  /**
   * Removes a document; clusters are recomputed without it. Its slot stays allocated until the
   * index is saved and loaded again (which compacts).
   * @param id - document id
   * @returns true when it was present
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add('a', 'x'); d.remove('a') // true
   * ```
   */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id)
    if (slot === undefined) return false
    this.slotOf.delete(id)
    this.alive[slot] = 0
    this.liveCount--
    this.ids[slot] = undefined
    this.sets[slot] = undefined
    if (this.shingleCounts[slot] === 0) {
      const key = hexOf(this.hashHi[slot] as number, this.hashLo[slot] as number)
      const list = this.emptyByHash.get(key)
      if (list) {
        const rest = list.filter((s) => s !== slot)
        if (rest.length) this.emptyByHash.set(key, rest)
        else this.emptyByHash.delete(key)
      }
    } else {
      const { rows } = this.params
      this.tables.forEach((t, b) => {
        t.remove(slot, bandKey(this.page(slot), this.off(slot), b, rows))
      })
    }
    return true
  }

  /**
   * The signature of an indexed document (a copy).
   * @param id - document id
   * @returns the signature, or undefined when absent
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add('a', 'x y z'); d.signature('a')?.length // 128
   * ```
   */
  signature(id: string): Uint32Array | undefined {
    const slot = this.slotOf.get(id)
    if (slot === undefined) return undefined
    return this.page(slot).slice(this.off(slot), this.off(slot) + this.k)
  }

  /**
   * The LSH band keys of an indexed document: one 32-bit key per band (8 hex digits), the
   * values to group by when the band grouping runs elsewhere (see the README on sharding).
   * @param id - document id
   * @returns band keys, or undefined when absent
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add('a', 'x y z'); d.bandKeys('a')?.length // 9
   * ```
   */
  bandKeys(id: string): string[] | undefined {
    const slot = this.slotOf.get(id)
    if (slot === undefined) return undefined
    return bandKeysOf(
      this.page(slot).subarray(this.off(slot), this.off(slot) + this.k),
      this.params,
    )
  }

  /**
   * Exports every document as one JSON line: `{"id","hash","length","shingles","signature":[…],
   * "bands":["<band>:<key>",…]}`, in insertion order, for band grouping in another system
   * (DuckDB, Spark…; convert to Parquet there).
   * @returns a generator of JSON lines (no trailing newline)
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add('a', 'x y z')
   * JSON.parse([...d.toJsonl()][0]!).id // 'a'
   * ```
   */
  *toJsonl(): Generator<string> {
    for (let s = 0; s < this.count; s++) {
      const id = this.ids[s]
      if (id === undefined) continue
      const bands = (this.bandKeys(id) ?? []).map((k, b) => `${b}:${k}`)
      yield JSON.stringify({
        id,
        hash: hexOf(this.hashHi[s] as number, this.hashLo[s] as number),
        length: this.lengths[s],
        shingles: this.shingleCounts[s],
        signature: Array.from(this.page(s).subarray(this.off(s), this.off(s) + this.k)),
        bands,
      })
    }
  }

  /**
   * Groups all documents linked by matches (union–find, so links are transitive) into clusters
   * of two or more, each with a representative chosen by the rule.
   * @returns clusters in order of their first member
   * @example
   * ```ts
   * const d = new Deduplicator({ representative: 'earliest' })
   * d.add('a', 'one two three four five six'); d.add('b', 'one two three four five six')
   * d.clusters() // [{ representative: 'a', members: ['a', 'b'] }]
   * ```
   */
  clusters(): Cluster[] {
    const parent = new Int32Array(this.count)
    for (let i = 0; i < this.count; i++) parent[i] = i
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
      if (this.alive[a] && this.alive[b]) union(a, b)
    }
    for (const list of this.emptyByHash.values()) {
      for (let i = 1; i < list.length; i++) union(list[0] as number, list[i] as number)
    }
    const groups = new Map<number, number[]>()
    for (let s = 0; s < this.count; s++) {
      if (!this.alive[s]) continue
      const r = find(s)
      if (r === s && !groups.has(r)) groups.set(r, [s])
      else {
        const g = groups.get(r)
        if (g) g.push(s)
        else groups.set(r, [s])
      }
    }
    const out: Cluster[] = []
    for (const slots of groups.values()) {
      if (slots.length < 2) continue
      const members = slots.map((s) => this.ids[s] as string)
      out.push({ representative: this.pick(slots), members })
    }
    return out
  }

  /**
   * Ids to drop: every cluster member except its representative, in insertion order.
   * @returns ids of duplicates
   * @example
   * ```ts
   * const d = new Deduplicator({ representative: 'earliest' })
   * d.add('a', 'one two three four five six'); d.add('b', 'one two three four five six')
   * d.duplicates() // ['b']
   * ```
   */
  duplicates(): string[] {
    const drop = new Set<string>()
    for (const c of this.clusters()) {
      for (const m of c.members) if (m !== c.representative) drop.add(m)
    }
    return this.orderedIds().filter((id) => drop.has(id))
  }

  /**
   * Approximate bytes held by the index's typed arrays and id strings (excluding the JS engine's
   * per-object overhead, which the benchmark measures separately).
   * @returns bytes
   * @example
   * ```ts
   * new Deduplicator().byteLength > 0 // true
   * ```
   */
  get byteLength(): number {
    let bytes =
      this.pages.reduce((n, p) => n + p.byteLength, 0) +
      this.hashHi.byteLength +
      this.hashLo.byteLength +
      this.lengths.byteLength +
      this.shingleCounts.byteLength +
      this.alive.byteLength +
      this.seen.byteLength +
      this.edges.byteLength
    for (const t of this.tables) bytes += t.byteLength
    for (const id of this.ids) if (id !== undefined) bytes += 2 * id.length
    for (const s of this.sets) if (s) bytes += s.byteLength
    return bytes
  }

  /**
   * Serialises the index (options, ids, signatures, hashes, matches; shingle sets with
   * `verify: 'exact'`) to a versioned binary format: magic `NQDD`, format version, parameters,
   * data, CRC-32. Band tables are rebuilt on load. Removed documents are dropped.
   * @returns the bytes
   * @example
   * ```ts
   * const d = new Deduplicator(); d.add('a', 'x y z')
   * Deduplicator.load(d.save()).has('a') // true
   * ```
   */
  save(): Uint8Array {
    const w = new Writer()
    for (const m of MAGIC) w.u8(m)
    w.u16(FORMAT_VERSION)
    const sh = this.hasher.shingle
    w.u32(this.k)
    w.u32(this.hasher.seed)
    w.u8(sh.unit === 'word' ? 0 : 1)
    w.u8(sh.size)
    w.u16(this.params.bands)
    w.u16(this.params.rows)
    w.u8(VERIFY.indexOf(this.verify))
    w.u8(this.representative === 'earliest' ? 1 : 0)
    w.f64(this.threshold)
    w.string(this.normalizerName)
    const slots = this.orderedSlots()
    const remap = new Int32Array(this.count).fill(-1)
    slots.forEach((s, i) => {
      remap[s] = i
    })
    w.u32(slots.length)
    for (const s of slots) w.string(this.ids[s] as string)
    for (const s of slots) w.u32s(this.page(s), this.off(s), this.off(s) + this.k)
    for (const arr of [this.hashHi, this.hashLo, this.lengths, this.shingleCounts]) {
      for (const s of slots) w.u32(arr[s] as number)
    }
    const kept: number[] = []
    for (let e = 0; e < this.edgeCount; e++) {
      const a = remap[this.edges[2 * e] as number] as number
      const b = remap[this.edges[2 * e + 1] as number] as number
      if (a >= 0 && b >= 0) kept.push(a, b)
    }
    w.u32(kept.length / 2)
    w.u32s(kept)
    if (this.verify === 'exact') {
      for (const s of slots) {
        const set = this.sets[s] ?? new Uint32Array(0)
        w.u32(set.length)
        w.u32s(set)
      }
    }
    return w.finish()
  }

  /**
   * Loads an index saved by {@link Deduplicator.save}; queries and clusters give the same
   * results as before saving, in Node and in browsers.
   * @param bytes - the saved bytes
   * @param options - the normalizer (when not the built-in one) and representative function
   * @returns the index
   * @throws {@link IndexFormatError} for a foreign, truncated, corrupted or newer-version file;
   * {@link DedupOptionsError} when the normalizer does not match the saved name
   * @example
   * ```ts
   * const bytes = new Deduplicator().save()
   * Deduplicator.load(bytes).size // 0
   * ```
   */
  static load(bytes: Uint8Array, options: LoadOptions = {}): Deduplicator {
    const r = openIndex(bytes)
    const numPerm = r.u32()
    const seed = r.u32()
    const unitCode = r.u8()
    const size = r.u8()
    const bands = r.u16()
    const rows = r.u16()
    const verifyCode = r.u8()
    const ruleCode = r.u8()
    const threshold = r.f64()
    const normalizerName = r.string()
    const verify = VERIFY[verifyCode]
    if (unitCode > 1 || verify === undefined || ruleCode > 1) {
      throw new IndexFormatError('invalid parameters in index header', 6)
    }
    if (normalizerName !== BUILTIN_NORMALIZER && !options.normalize) {
      throw new DedupOptionsError(
        'normalize',
        `the index was built with normalizer "${normalizerName}"; pass the same function to load()`,
      )
    }
    if (options.normalizerName !== undefined && options.normalizerName !== normalizerName) {
      throw new DedupOptionsError(
        'normalizerName',
        `the index was built with "${normalizerName}", not "${options.normalizerName}"`,
      )
    }
    const shingle: ShingleOptions = { unit: unitCode === 0 ? 'word' : 'char', size }
    let d: Deduplicator
    try {
      d = new Deduplicator({
        numPerm,
        seed,
        shingle,
        bands,
        rows,
        threshold,
        verify,
        normalizerName,
        ...(options.normalize ? { normalize: options.normalize } : {}),
        representative: options.representative ?? (ruleCode === 1 ? 'earliest' : 'longest'),
      })
    } catch (e) {
      if (DedupOptionsError.isInstance(e)) {
        throw new IndexFormatError(`invalid parameters in index header: ${e.message}`, 6)
      }
      throw e
    }
    const n = r.u32()
    if (n * (numPerm * 4 + 20) > r.end - r.pos) {
      throw new IndexFormatError(`document count ${n} does not fit the file size`, r.pos - 4)
    }
    d.reserve(n)
    const ids: string[] = []
    for (let i = 0; i < n; i++) ids.push(r.string())
    for (let i = 0; i < n; i++) r.u32s(d.page(i), d.off(i), numPerm)
    const cols = [d.hashHi, d.hashLo, d.lengths, d.shingleCounts]
    for (const arr of cols) r.u32s(arr, 0, n)
    const edgeCount = r.u32()
    if (edgeCount * 8 > r.end - r.pos) {
      throw new IndexFormatError(`edge count ${edgeCount} does not fit the file size`, r.pos - 4)
    }
    const edges = new Uint32Array(edgeCount * 2)
    r.u32s(edges, 0, edgeCount * 2)
    if (verify === 'exact') {
      for (let i = 0; i < n; i++) {
        const len = r.u32()
        if (len * 4 > r.end - r.pos) throw new IndexFormatError('shingle set too long', r.pos - 4)
        const set = new Uint32Array(len)
        r.u32s(set, 0, len)
        d.sets[i] = set
      }
    }
    if (r.pos !== r.end) {
      throw new IndexFormatError(`${r.end - r.pos} unexpected bytes after the data`, r.pos)
    }
    for (let i = 0; i < n; i++) {
      const id = ids[i] as string
      if (d.slotOf.has(id)) throw new IndexFormatError(`duplicate id ${JSON.stringify(id)}`, 0)
      d.ids[i] = id
      d.slotOf.set(id, i)
      d.alive[i] = 1
      if (d.shingleCounts[i] === 0) {
        const key = hexOf(d.hashHi[i] as number, d.hashLo[i] as number)
        const list = d.emptyByHash.get(key)
        if (list) list.push(i)
        else d.emptyByHash.set(key, [i])
      } else {
        for (let b = 0; b < bands; b++)
          d.tables[b]?.insert(bandKey(d.page(i), d.off(i), b, rows), i)
      }
    }
    d.count = n
    d.liveCount = n
    for (let e = 0; e < edgeCount; e++) {
      const a = edges[2 * e] as number
      const b = edges[2 * e + 1] as number
      if (a >= n || b >= n) throw new IndexFormatError('edge refers to a missing document', 0)
      d.pushEdge(a, b)
    }
    return d
  }

  private checkId(id: string): void {
    if (typeof id !== 'string') throw new DedupOptionsError('id', 'must be a string')
    if (this.slotOf.has(id)) throw new DuplicateIdError(id)
  }

  private page(slot: number): Uint32Array {
    return this.pages[slot >>> PAGE_BITS] as Uint32Array
  }

  private off(slot: number): number {
    return (slot & PAGE_MASK) * this.k
  }

  private reserve(n: number): void {
    while (this.pages.length * PAGE < n) this.pages.push(new Uint32Array(PAGE * this.k))
    if (n <= this.capacity) return
    let cap = this.capacity
    while (cap < n) cap = Math.ceil(cap * 1.25)
    const grow = <T extends Uint32Array | Uint8Array | Int32Array>(a: T, size: number): T => {
      const next = new (a.constructor as new (n: number) => T)(size)
      next.set(a)
      return next
    }
    this.hashHi = grow(this.hashHi, cap)
    this.hashLo = grow(this.hashLo, cap)
    this.lengths = grow(this.lengths, cap)
    this.shingleCounts = grow(this.shingleCounts, cap)
    this.alive = grow(this.alive, cap)
    this.seen = grow(this.seen, cap)
    this.capacity = cap
  }

  private allocate(): number {
    this.reserve(this.count + 1)
    return this.count
  }

  private commit(
    slot: number,
    id: string,
    hash: string,
    length: number,
    shingles: number,
  ): Match[] {
    this.count++
    this.liveCount++
    this.ids[slot] = id
    this.slotOf.set(id, slot)
    this.alive[slot] = 1
    this.hashHi[slot] = Number.parseInt(hash.slice(0, 8), 16)
    this.hashLo[slot] = Number.parseInt(hash.slice(8, 16), 16)
    this.lengths[slot] = length
    this.shingleCounts[slot] = shingles
    let matches: Match[]
    if (shingles === 0) {
      matches = this.emptyMatches(hash)
      const list = this.emptyByHash.get(hash)
      if (list) list.push(slot)
      else this.emptyByHash.set(hash, [slot])
    } else {
      matches = this.search(this.page(slot), this.off(slot), hash, this.sets[slot], slot)
      const { bands, rows } = this.params
      for (let b = 0; b < bands; b++) {
        ;(this.tables[b] as BandTable).insert(
          bandKey(this.page(slot), this.off(slot), b, rows),
          slot,
        )
      }
    }
    for (const m of matches) this.pushEdge(this.slotOf.get(m.id) as number, slot)
    return matches
  }

  private emptyMatches(hash: string): Match[] {
    const list = this.emptyByHash.get(hash) ?? []
    return list.map((s) => ({ id: this.ids[s] as string, similarity: 1, exact: true }))
  }

  private search(
    sig: Uint32Array,
    offset: number,
    hash: string,
    set: Uint32Array | undefined,
    self: number,
  ): Match[] {
    const { bands, rows } = this.params
    const k = this.k
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
        if (!this.alive[c]) continue
        const exact = this.hashHi[c] === hi && this.hashLo[c] === lo
        let similarity: number
        if (exact) similarity = 1
        else if (this.verify === 'exact')
          similarity = exactJaccard(set as Uint32Array, this.sets[c] as Uint32Array)
        else {
          let same = 0
          const sigs = this.pages[c >>> PAGE_BITS] as Uint32Array
          const base = (c & PAGE_MASK) * k
          for (let i = 0; i < k; i++) if (sigs[base + i] === sig[offset + i]) same++
          similarity = same / k
        }
        if (this.verify !== 'none' && similarity < this.threshold) continue
        out.push({ id: this.ids[c] as string, similarity, exact })
      }
    }
    out.sort((x, y) => y.similarity - x.similarity)
    return out
  }

  private pushEdge(a: number, b: number): void {
    if (2 * this.edgeCount + 2 > this.edges.length) {
      const next = new Int32Array(this.edges.length * 2)
      next.set(this.edges)
      this.edges = next
    }
    this.edges[2 * this.edgeCount] = a
    this.edges[2 * this.edgeCount + 1] = b
    this.edgeCount++
  }

  private orderedSlots(): number[] {
    const out: number[] = []
    for (let s = 0; s < this.count; s++) if (this.alive[s]) out.push(s)
    return out
  }

  private orderedIds(): string[] {
    return this.orderedSlots().map((s) => this.ids[s] as string)
  }

  private pick(slots: number[]): string {
    const rule = this.representative
    if (rule === 'earliest') return this.ids[slots[0] as number] as string
    if (rule === 'longest') {
      let best = slots[0] as number
      for (const s of slots)
        if ((this.lengths[s] as number) > (this.lengths[best] as number)) best = s
      return this.ids[best] as string
    }
    const members: ClusterMember[] = slots.map((s) => ({
      id: this.ids[s] as string,
      length: this.lengths[s] as number,
      order: s,
    }))
    const chosen = rule(members)
    if (!members.some((m) => m.id === chosen)) {
      throw new DedupOptionsError('representative', `returned ${chosen}, not a cluster member`)
    }
    return chosen
  }
}

function checkRule(rule: RepresentativeRule): void {
  if (rule !== 'longest' && rule !== 'earliest' && typeof rule !== 'function') {
    throw new DedupOptionsError('representative', "must be 'longest', 'earliest' or a function")
  }
}

function setOf(hasher: MinHasher, normalized: string): Uint32Array {
  return hasher.shingleSetNormalized(normalized)
}

function hexOf(hi: number, lo: number): string {
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0')
}
